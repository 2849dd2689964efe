import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportedFiles, staleDistReason } from './fresh-dist.js';

const exportsMap = { '.': { import: { types: './dist/index.d.ts', default: './dist/index.js' } } };

let root: string;

/** Writes `file` under the root with its modification time `secondsAgo` seconds in the past. */
function write(file: string, secondsAgo: number, text = ''): void {
  const full = path.join(root, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
  const time = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(full, time, time);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'fresh-dist-'));
  write('tsup.config.ts', 100);
  write('tsconfig.json', 100);
  write('sdk/package.json', 100, JSON.stringify({ exports: exportsMap }));
  write('sdk/index.ts', 100);
  write('sdk/index.test.ts', 1);
  write('sdk/dist/index.js', 50);
  write('sdk/dist/index.d.ts', 40);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('staleDistReason', () => {
  it('trusts a dist written after every input (a test file changed later is no input)', () => {
    expect(staleDistReason(root, ['sdk'])).toBeNull();
  });

  it('names a source changed after the build started', () => {
    write('sdk/chat/backoff.ts', 45);

    expect(staleDistReason(root, ['sdk'])).toBe('sdk/chat/backoff.ts changed after the last build');
  });

  it('names a build config changed after the build', () => {
    write('tsup.config.ts', 10);

    expect(staleDistReason(root, ['sdk'])).toBe('tsup.config.ts changed after the last build');
  });

  it('names a file of exports the dist lacks', () => {
    rmSync(path.join(root, 'sdk/dist/index.d.ts'));

    expect(staleDistReason(root, ['sdk'])).toBe('sdk/dist/index.d.ts is missing');
  });
});

describe('exportedFiles', () => {
  it('lists every file of nested conditions once', () => {
    const manifest = { exports: { ...exportsMap, './package.json': './package.json' } };

    expect(exportedFiles(manifest)).toEqual(['./dist/index.d.ts', './dist/index.js', './package.json']);
  });
});
