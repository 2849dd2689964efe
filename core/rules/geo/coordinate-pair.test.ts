import { describe, expect, it } from 'vitest';
import type { FieldErrors } from '../../../contract/index.js';
import { readCoordinatePair } from './coordinate-pair.js';

const current = { latitude: 1, longitude: 2 };
const HALF_A_PAIR = { non_field_errors: ['Latitude and longitude must be given together.'] };

describe('readCoordinatePair', () => {
  it('keeps the current point when neither coordinate is sent', () => {
    const errors: FieldErrors = {};
    expect(readCoordinatePair({}, current, errors)).toBe(current);
    expect(errors).toEqual({});
  });

  it('sets a point from both numbers, zero included', () => {
    const errors: FieldErrors = {};
    expect(readCoordinatePair({ latitude: 0, longitude: 0 }, current, errors)).toEqual({
      latitude: 0,
      longitude: 0,
    });
    expect(errors).toEqual({});
  });

  it('clears the point when both are null', () => {
    const errors: FieldErrors = {};
    expect(readCoordinatePair({ latitude: null, longitude: null }, current, errors)).toBeNull();
    expect(errors).toEqual({});
  });

  it.each([
    { latitude: 5 },
    { longitude: 5 },
    { latitude: 5, longitude: null },
    { latitude: null },
    { latitude: null, longitude: 5 },
  ])('refuses half a pair %o and keeps the current point', (body) => {
    const errors: FieldErrors = {};
    expect(readCoordinatePair(body, current, errors)).toBe(current);
    expect(errors).toEqual(HALF_A_PAIR);
  });
});
