import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createOpenApiDocument } from '../../server/http/docs/openapi-document.js';
import { runScriptToEnd } from '../support/child-processes.js';

const folder = mkdtempSync(path.join(tmpdir(), 'studymate-openapi-lint-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the OpenAPI document under Redocly’s recommended rules (redocly.yaml)', () => {
  it('has no error and no warning', async () => {
    const file = path.join(folder, 'openapi.json');
    writeFileSync(file, JSON.stringify(createOpenApiDocument()));
    const { code, output } = await runScriptToEnd('node_modules/@redocly/cli/bin/cli.js', {
      args: ['lint', file, '--config', 'redocly.yaml', '--format', 'json'],
      env: { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    // The JSON report on stdout, its closing brace the first at the start of a line (stderr may follow).
    const report = /\{\n {2}"totals"[\s\S]*?\n\}/.exec(output)?.[0];
    expect(report, output).toBeDefined();
    const { totals, problems } = JSON.parse(report ?? '{}') as {
      totals: { errors: number; warnings: number };
      problems: { ruleId: string; message: string }[];
    };
    expect(problems.map((problem) => `${problem.ruleId}: ${problem.message}`)).toEqual([]);
    expect(totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(code).toBe(0);
  }, 60_000);
});
