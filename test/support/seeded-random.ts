import { randomInt } from 'node:crypto';
import { onTestFailed } from 'vitest';

/**
 * The seed a run uses when STUDYMATE_SEED is unset: every plain run (CI's among them) draws the
 * same inputs, so a new rare finding cannot block an unrelated change (as the fuzzer's FIXED_SEED).
 */
const DEFAULT_SEED = 20_251_101;

/** A deterministic generator: the same seed gives the same numbers. */
export interface SeededRandom {
  readonly seed: number;
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max). */
  int(min: number, max: number): number;
}

/** STUDYMATE_SEED: an integer replays that run, `random` draws a new seed, unset means DEFAULT_SEED. */
function seedFromEnvironment(environment: Record<string, string | undefined> = process.env): number {
  const text = environment['STUDYMATE_SEED'];
  if (text === undefined || text === '') return DEFAULT_SEED;
  if (text === 'random') return randomInt(2 ** 31);
  const seed = Number(text);
  if (!Number.isSafeInteger(seed))
    throw new Error(`STUDYMATE_SEED must be an integer or "random" (got ${text})`);
  return seed;
}

/** mulberry32: small, fast and good enough for test inputs. */
function seededRandom(seed: number): SeededRandom {
  let state = seed | 0;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return { seed, next, int: (min, max) => min + Math.floor(next() * (max - min)) };
}

/**
 * A seeded generator for the running test (call it inside the test): if the test fails, the seed
 * and the command that replays the run are printed.
 */
export function useSeededRandom(seed = seedFromEnvironment()): SeededRandom {
  onTestFailed(({ task }) => {
    const where = `--project ${task.file.projectName ?? '<project>'} ${task.file.name}`;
    console.error(`"${task.name}" drew its random inputs from seed ${seed}.`);
    console.error(`Replay: STUDYMATE_SEED=${seed} npx vitest run ${where} -t "${task.name}"`);
  });
  return seededRandom(seed);
}
