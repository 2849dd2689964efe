import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF } from './backoff.js';

const options = { baseMs: 100, maxMs: 1_000 };
/** The largest delay `random` can give: just under 1. */
const almostOne = () => 0.999_999;

describe('backoffDelay', () => {
  it('waits up to the base delay on the first attempt', () => {
    expect(backoffDelay(0, options, almostOne)).toBe(99);
  });

  it('doubles the ceiling with every attempt', () => {
    expect([1, 2, 3].map((attempt) => backoffDelay(attempt, options, almostOne))).toEqual([199, 399, 799]);
  });

  it('never waits longer than the largest ceiling', () => {
    expect(backoffDelay(4, options, almostOne)).toBe(999);
    expect(backoffDelay(60, options, almostOne)).toBe(999);
  });

  it('draws a uniform delay below the ceiling (full jitter), in whole milliseconds', () => {
    expect(backoffDelay(2, options, () => 0)).toBe(0);
    expect(backoffDelay(2, options, () => 0.5)).toBe(200);
    expect(backoffDelay(2, options, () => 0.123_45)).toBe(49);
  });

  it('treats a negative attempt as the first', () => {
    expect(backoffDelay(-3, options, almostOne)).toBe(99);
  });

  it('starts at 500 ms and stops growing at 30 s by default', () => {
    expect(DEFAULT_BACKOFF).toEqual({ baseMs: 500, maxMs: 30_000 });
  });
});
