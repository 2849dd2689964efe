import { afterEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../cli/command-errors.js';
import { API_COMMAND } from '../../cli/options/api-command.js';
import { MOCK_COMMAND } from '../../cli/options/mock-command.js';
import { closestName } from '../../cli/options/closest-name.js';
import { readCommandLine } from '../../cli/options/read-command-line.js';
import { usageOf } from '../../cli/options/usage.js';

/** The declared options of `studymate-api` and `studymate-mock`: flags, variables, defaults, mistakes. */

afterEach(() => vi.unstubAllEnvs());

/** Every variable of the command unset, so the machine's own PORT or SEED cannot leak in. */
function withoutVariables(command: typeof API_COMMAND | typeof MOCK_COMMAND): void {
  for (const spec of Object.values(command.options)) vi.stubEnv(spec.env, '');
}

function refusal(argv: string[]): string {
  try {
    readCommandLine(API_COMMAND, argv);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
}

describe('readCommandLine', () => {
  it('gives every option its default when neither a flag nor a variable is set', () => {
    withoutVariables(API_COMMAND);
    expect(readCommandLine(API_COMMAND, [])).toEqual({
      port: 8000,
      host: '127.0.0.1',
      'data-dir': '.data/postgres',
      memory: false,
      'staff-email': undefined,
      'staff-password': undefined,
      workers: 1,
      seed: 1,
      'log-level': 'info',
    });
    withoutVariables(MOCK_COMMAND);
    expect(readCommandLine(MOCK_COMMAND, [])).toMatchObject({ port: 9000, seed: 1 });
  });

  it('reads each option from its variable, and a flag wins over it', () => {
    withoutVariables(API_COMMAND);
    vi.stubEnv('PORT', '8100');
    vi.stubEnv('STORE', 'memory');
    vi.stubEnv('LOG_LEVEL', 'warn');
    vi.stubEnv('DATA_DIR', '/srv/data');
    expect(readCommandLine(API_COMMAND, [])).toMatchObject({
      port: 8100,
      memory: true,
      'log-level': 'warn',
      'data-dir': '/srv/data',
    });
    expect(readCommandLine(API_COMMAND, ['--port', '8200', '--log-level=debug'])).toMatchObject({
      port: 8200,
      'log-level': 'debug',
    });
  });

  it('refuses an unknown flag by name and suggests the closest known one', () => {
    expect(refusal(['--prot', '8000'])).toBe(
      'Unknown option --prot. Did you mean --port? Run studymate-api --help for the options.',
    );
    expect(refusal(['--data', 'x'])).toMatch(/^Unknown option --data\. Did you mean --data-dir\?/);
    expect(refusal(['--hlp'])).toMatch(/Did you mean --help\?/);
    expect(refusal(['--frobnicate'])).toBe(
      'Unknown option --frobnicate. Run studymate-api --help for the options.',
    );
  });

  it('refuses a malformed value, naming the flag or the variable it came from', () => {
    withoutVariables(API_COMMAND);
    expect(refusal(['--port', 'eighty'])).toBe(
      '--port must be a whole number from 0 to 65535, not "eighty".',
    );
    expect(refusal(['--workers', '0'])).toBe('--workers must be a whole number from 1 to 64, not "0".');
    expect(refusal(['--log-level', 'loud'])).toBe(
      '--log-level must be one of fatal, error, warn, info, debug, trace, silent, not "loud".',
    );
    vi.stubEnv('PORT', '70000');
    expect(refusal([])).toBe('PORT must be a whole number from 0 to 65535, not "70000".');
  });

  it('refuses a missing value, a value given to a switch, and a stray argument', () => {
    expect(refusal(['--port'])).toBe('--port needs a value: --port <port>.');
    expect(refusal(['--port', '--memory'])).toBe('--port needs a value: --port <port>.');
    expect(refusal(['--memory=yes'])).toMatch(/^--memory takes no value\./);
    expect(refusal(['8000'])).toMatch(/^Unexpected argument "8000"\./);
  });
});

describe('--help', () => {
  it.each([API_COMMAND, MOCK_COMMAND])(
    'lists every option of $name with its variable and default',
    (command) => {
      const usage = usageOf(command);
      const lines = usage.split('\n');
      for (const [name, spec] of Object.entries(command.options)) {
        const line = lines.find((candidate) => candidate.trimStart().startsWith(`--${name}`));
        expect(line, `--${name}`).toBeDefined();
        expect(line).toContain(` ${spec.env}`);
        if ('default' in spec) expect(line).toContain(`(default: ${spec.default})`);
      }
      for (const setting of command.environment)
        expect(usage).toMatch(new RegExp(`^ {2}${setting.name} `, 'm'));
      expect(usage).toMatch(new RegExp(`^Usage: ${command.name} \\[options\\]`));
    },
  );
});

describe('closestName', () => {
  it('finds a swapped, missing or extra letter and a prefix, and nothing for a stranger', () => {
    const known = ['port', 'host', 'data-dir', 'memory', 'workers'];
    expect(closestName('prot', known)).toBe('port');
    expect(closestName('hots', known)).toBe('host');
    expect(closestName('memry', known)).toBe('memory');
    expect(closestName('workerss', known)).toBe('workers');
    expect(closestName('data', known)).toBe('data-dir');
    expect(closestName('seed', known)).toBeUndefined();
  });
});
