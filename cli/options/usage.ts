import type { CommandSpec, OptionSpec } from './option-table.js';

/** `--port <port>`, `--memory`, `--log-level <level>`. */
function flagOf(name: string, spec: OptionSpec): string {
  if (spec.type === 'boolean') return `--${name}`;
  return `--${name} <${spec.value ?? (spec.type === 'choice' ? spec.choices.join('|') : 'value')}>`;
}

/** A variable as the user sets it: `PORT`, `STORE=memory`. */
function variableOf(spec: OptionSpec): string {
  return spec.type === 'boolean' ? `${spec.env}=${spec.envValue}` : spec.env;
}

function table(rows: string[][]): string[] {
  const widths =
    rows[0]?.map((_cell, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) =>
    `  ${row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ')}`.trimEnd(),
  );
}

/** `--help`: every option with its variable and default, then the settings read from the environment only. */
export function usageOf(command: CommandSpec): string {
  const options = Object.entries(command.options).map(([name, spec]) => [
    flagOf(name, spec),
    variableOf(spec),
    `${spec.description}${spec.default === undefined ? '' : ` (default: ${spec.default})`}`,
  ]);
  const environment = command.environment.map((setting) => [
    setting.name,
    `${setting.description} (default: ${setting.default})`,
  ]);
  return [
    `Usage: ${command.name} [options]${command.npmScript ? `        in this repository: ${command.npmScript} [options]` : ''}`,
    '',
    command.summary,
    '',
    'Options (each is also an environment variable; a flag wins over its variable):',
    ...table([...options, ['-h, --help', '', 'print this help and exit']]),
    ...(environment.length > 0 ? ['', 'Settings from the environment only:', ...table(environment)] : []),
    '',
  ].join('\n');
}
