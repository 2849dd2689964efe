import { parseArgs } from 'node:util';
import { UsageError } from '../command-errors.js';
import { setting } from '../settings.js';
import { closestName } from './closest-name.js';
import type { CommandSpec, OptionSpec, OptionTable, OptionValues } from './option-table.js';
import { usageOf } from './usage.js';

/**
 * The command's options from its arguments and the environment (a flag wins over its variable,
 * either over the default). `--help` (`-h`) prints the usage and ends the process with 0. An unknown
 * flag (with the closest known one), a missing or malformed value, or a stray argument is a
 * `UsageError`: one line, exit code 2.
 */
export function readCommandLine<Options extends OptionTable>(
  command: CommandSpec<Options>,
  argv: readonly string[] = process.argv.slice(2),
): OptionValues<Options> {
  const given = flagsOf(command, argv);
  if (given.has('help')) {
    process.stdout.write(usageOf(command));
    process.exit(0);
  }
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(command.options)) {
    const flag = given.get(name);
    values[name] =
      flag !== undefined
        ? valueOf(spec, flag, `--${name}`)
        : valueOf(spec, setting(spec.env) ?? spec.default, spec.env);
  }
  return values as OptionValues<Options>;
}

/** The flags given, by name (`true` for a switch); `help` when asked for. */
function flagsOf(command: CommandSpec, argv: readonly string[]): Map<string, string | true> {
  const options = Object.fromEntries(
    Object.entries(command.options).map(([name, spec]) => [
      name,
      { type: spec.type === 'boolean' ? ('boolean' as const) : ('string' as const) },
    ]),
  );
  const { tokens } = parseArgs({
    args: [...argv],
    options: { ...options, help: { type: 'boolean', short: 'h' } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const given = new Map<string, string | true>();
  const seeHelp = `Run ${command.name} --help for the options.`;
  for (const token of tokens) {
    if (token.kind === 'positional') throw new UsageError(`Unexpected argument "${token.value}". ${seeHelp}`);
    if (token.kind !== 'option') continue;
    const spec = token.name === 'help' ? 'help' : command.options[token.name];
    if (spec === undefined) {
      const closest = closestName(token.name, [...Object.keys(command.options), 'help']);
      const hint = closest ? ` Did you mean --${closest}?` : '';
      throw new UsageError(`Unknown option ${token.rawName}.${hint} ${seeHelp}`);
    }
    if (spec === 'help' || spec.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`${token.rawName} takes no value. ${seeHelp}`);
      given.set(token.name, true);
    } else {
      // `--port --memory`: parseArgs takes the next flag as the value.
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))
        throw new UsageError(`${token.rawName} needs a value: ${token.rawName} <${spec.value ?? 'value'}>.`);
      given.set(token.name, token.value);
    }
  }
  return given;
}

/** A flag's or variable's text as the option's type; `source` names it in the error. */
function valueOf(spec: OptionSpec, text: string | true | undefined, source: string): unknown {
  if (text === undefined) return spec.type === 'boolean' ? false : undefined;
  switch (spec.type) {
    case 'boolean':
      return text === true || text === spec.envValue;
    case 'string':
      return String(text);
    case 'integer': {
      const number = Number(text);
      if (!Number.isInteger(number) || number < spec.min || number > spec.max)
        throw new UsageError(
          `${source} must be a whole number from ${spec.min} to ${spec.max}, not "${String(text)}".`,
        );
      return number;
    }
    case 'choice':
      if (!spec.choices.includes(String(text)))
        throw new UsageError(`${source} must be one of ${spec.choices.join(', ')}, not "${String(text)}".`);
      return text;
  }
}
