/** How much a fuzz run does, and with which seed; both from the environment so a run replays. */
export interface FuzzSettings {
  seed: number;
  /** Valid requests per route, and as many invalid ones. */
  runs: number;
  /** The command that replays this run on one target. */
  replay: (target: string) => string;
}

/**
 * The seed `npm test` (and any plain vitest run) uses, so a CI run is the same run every time and
 * a new rare finding cannot block an unrelated merge; `npm run fuzz` hunts with a random seed.
 */
export const FIXED_SEED = 20_261_224;

/**
 * `FUZZ_SEED` replays a run. Without it, `npm test` uses `FIXED_SEED` and `npm run fuzz` a random
 * seed (printed with the replay command). `FUZZ_RUNS` sets the requests per route: 20 valid and
 * 20 invalid in `npm test`, 200 and 200 under `npm run fuzz`.
 */
export function fuzzSettings(environment: NodeJS.ProcessEnv = process.env): FuzzSettings {
  const isFuzzScript = environment['npm_lifecycle_event'] === 'fuzz';
  const seedText = environment['FUZZ_SEED'];
  const seed = seedText ? Number(seedText) : isFuzzScript ? randomSeed() : FIXED_SEED;
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
