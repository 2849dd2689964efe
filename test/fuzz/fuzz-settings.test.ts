import { describe, expect, it } from 'vitest';
import { FIXED_SEED, fuzzSettings } from './fuzz-settings.js';

/** Pure: each environment is passed in, whatever the run's own is. */
describe('fuzzSettings()', () => {
  it('uses the fixed seed and 20 + 20 requests under npm test and plain vitest runs', () => {
    for (const environment of [{ npm_lifecycle_event: 'test' }, {}]) {
      expect(fuzzSettings(environment)).toMatchObject({ seed: FIXED_SEED, runs: 20 });
    }
  });

  it('uses a random seed and 200 + 200 requests under npm run fuzz', () => {
    const seeds = new Set(
      Array.from({ length: 5 }, () => fuzzSettings({ npm_lifecycle_event: 'fuzz' })).map(({ seed, runs }) => {
        expect(runs).toBe(200);
        return seed;
      }),
    );
    expect(seeds.size).toBeGreaterThan(1);
    expect(seeds.has(FIXED_SEED)).toBe(false);
  });

  it('replays FUZZ_SEED and FUZZ_RUNS under either script, and prints the command', () => {
    for (const npm_lifecycle_event of ['test', 'fuzz']) {
      const settings = fuzzSettings({ npm_lifecycle_event, FUZZ_SEED: '123', FUZZ_RUNS: '7' });
      expect(settings).toMatchObject({ seed: 123, runs: 7 });
      expect(settings.replay('server-memory')).toBe(
        'FUZZ_SEED=123 FUZZ_RUNS=7 npx vitest run --project server-memory test/fuzz/contract-fuzz.test.ts',
      );
    }
  });
});
