import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_V8_FLAGS, withServerV8Flags } from '../../cli/server-v8-flags.js';

const scripts = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;

describe('the V8 flags the server runs with', () => {
  it('are passed by `npm start`', () => {
    for (const flag of SERVER_V8_FLAGS) expect(scripts['start']?.split(' ')).toContain(flag);
  });

  it('are added to a worker’s execArgv when missing, and a value chosen by the operator stays', () => {
    const loader = ['--import', 'tsx'];
    expect(withServerV8Flags(loader)).toEqual([...loader, ...SERVER_V8_FLAGS]);
    expect(withServerV8Flags([...loader, ...SERVER_V8_FLAGS])).toEqual([...loader, ...SERVER_V8_FLAGS]);
    expect(withServerV8Flags(['--max-semi-space-size=8'])).toEqual(['--max-semi-space-size=8']);
    expect(withServerV8Flags(['--max_semi_space_size=8'])).toEqual(['--max_semi_space_size=8']);
    expect(withServerV8Flags(loader, '--max-semi-space-size=16 --enable-source-maps')).toEqual(loader);
  });
});
