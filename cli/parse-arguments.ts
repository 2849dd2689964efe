/** `--name value` and `--flag` pairs, enough for the server's two commands. */
export function parseArguments(argv: string[]): Map<string, string | true> {
  const parsed = new Map<string, string | true>();
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (!argument.startsWith('--')) continue;
    const [name, inline] = argument.slice(2).split('=', 2) as [string, string | undefined];
    const next = argv[index + 1];
    if (inline !== undefined) parsed.set(name, inline);
    else if (next !== undefined && !next.startsWith('--')) {
      parsed.set(name, next);
      index += 1;
    } else parsed.set(name, true);
  }
  return parsed;
}
