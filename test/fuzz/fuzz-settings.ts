/** How much a fuzz run does, and with which seed; both from the environment so a run replays. */
export interface FuzzSettings {
  seed: number;
  /** Valid requests per route, and as many invalid ones. */
  runs: number;
  /** The command that replays this run on one target. */
  replay: (target: string) => string;
}

/**
 * `FUZZ_SEED` replays a run (a random seed otherwise); `FUZZ_RUNS` sets the requests per route:
 * 20 valid and 20 invalid in `npm test`, 200 and 200 under `npm run fuzz`.
 */
export function fuzzSettings(environment: NodeJS.ProcessEnv = process.env): FuzzSettings {
  const seed = environment['FUZZ_SEED'] ? Number(environment['FUZZ_SEED']) : randomSeed();
  const isFuzzScript = environment['npm_lifecycle_event'] === 'fuzz';
  const runs = Number(environment['FUZZ_RUNS'] ?? (isFuzzScript ? 200 : 20));
  if (!Number.isSafeInteger(seed) || !Number.isSafeInteger(runs) || runs < 1)
    throw new Error(`FUZZ_SEED and FUZZ_RUNS must be integers (got ${seed} and ${runs})`);
  return {
    seed,
    runs,
    replay: (target) =>
      `FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npx vitest run --project ${target} test/fuzz/contract-fuzz.test.ts`,
  };
}

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! >>> 1;
}
