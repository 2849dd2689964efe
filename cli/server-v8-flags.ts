/**
 * The V8 flags the reference server runs with: `npm start` passes them (package.json, checked by
 * test/cli/server-v8-flags.test.ts), `--workers N` gives them to every worker, and the benchmarks
 * start their servers with them. A bin started without them (`npx studymate-api`) runs on V8's
 * defaults unless NODE_OPTIONS carries them (see the README's deployment notes).
 *
 * `--max-semi-space-size=64`: a young generation of 64 MB semi-spaces, where V8 grows them to 16
 * or 32. A request keeps its objects alive across its awaits (the store's round trip), so with 50
 * requests in flight a small young generation is scavenged mid-request and promotes them to the
 * old generation. Same-bytes-Express ratio of the Postgres sessions list, paired bench runs:
 * 0.24 -> 0.27-0.30 (2,571-2,579 -> 3,186-3,590 req/s); memory list p99 1.47-1.66 -> 1.31-1.34 x.
 */
export const SERVER_V8_FLAGS: readonly string[] = ['--max-semi-space-size=64'];

/** A flag's name, `_` read as `-` as V8 does (`--max_semi_space_size=16` -> `--max-semi-space-size`). */
const nameOf = (flag: string) => (flag.split('=')[0] ?? '').replaceAll('_', '-');

/**
 * `execArgv` with every server flag that neither it nor `NODE_OPTIONS` sets already: a value the
 * operator chose stays (a flag on the command line would win over `NODE_OPTIONS`).
 */
export function withServerV8Flags(execArgv: readonly string[], nodeOptions = ''): string[] {
  const chosen = new Set([...execArgv, ...nodeOptions.split(/\s+/)].map(nameOf));
  return [...execArgv, ...SERVER_V8_FLAGS.filter((flag) => !chosen.has(nameOf(flag)))];
}
