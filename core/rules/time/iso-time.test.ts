import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoTime, isoTimeAt } from './iso-time.js';

/** Every instant a Date holds: ±8.64e15 ms around the epoch. */
const MAX_TIME = 8.64e15;
/** Years 0 to 9999, which isoTime writes itself. */
const FOUR_DIGIT_YEARS = {
  min: Date.parse('0000-01-01T00:00:00.000Z'),
  max: Date.parse('9999-12-31T23:59:59.999Z'),
};

describe('isoTime', () => {
  it('writes every date of years 0 to 9999 as toISOString does', () => {
    fc.assert(
      fc.property(fc.integer(FOUR_DIGIT_YEARS), (time) => {
        const date = new Date(time);
        expect(isoTime(date)).toBe(date.toISOString());
      }),
      { numRuns: 20_000 },
    );
  });

  it('writes any other date as toISOString does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_TIME, max: MAX_TIME }), (time) => {
        const date = new Date(time);
        expect(isoTime(date)).toBe(date.toISOString());
      }),
      { numRuns: 2_000 },
    );
  });

  it('writes the edges of the four-digit years and of each field as toISOString does', () => {
    const edges = [
      '0000-01-01T00:00:00.000Z',
      '0009-12-31T23:59:59.999Z',
      '0099-06-15T12:30:45.005Z',
      '0999-01-01T00:00:00.050Z',
      '1970-01-01T00:00:00.000Z',
      '2024-02-29T09:08:07.006Z',
      '9999-12-31T23:59:59.999Z',
      '-000001-12-31T23:59:59.999Z',
      '+010000-01-01T00:00:00.000Z',
    ];
    for (const text of edges) {
      const date = new Date(text);
      expect(isoTime(date)).toBe(date.toISOString());
    }
  });

  it('writes times of many days in any order as toISOString does (the days it remembers are renewed)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(FOUR_DIGIT_YEARS), { minLength: 1, maxLength: 3000 }), (times) => {
        for (const time of [...times, ...times.reverse()]) {
          expect(isoTimeAt(time)).toBe(new Date(time).toISOString());
        }
      }),
      { numRuns: 20 },
    );
  });

  it('refuses an invalid date as toISOString does', () => {
    expect(() => isoTimeAt(Number.NaN)).toThrow(RangeError);
    expect(() => isoTime(new Date(Number.NaN))).toThrow(RangeError);
  });
});
