import { describe, expect, it } from 'vitest';
import { readProximity, roundKilometres } from './proximity.js';

describe('readProximity', () => {
  it('applies no proximity filter without a centre', () => {
    expect(readProximity({ radius: 5 }, 10)).toEqual({ ok: true, area: undefined });
  });

  it('reads a centre and its radius', () => {
    expect(readProximity({ lat: 0, lng: 0, radius: 5 }, 10)).toEqual({
      ok: true,
      area: { center: { latitude: 0, longitude: 0 }, radiusKm: 5 },
    });
  });

  it('uses the default radius when none is given', () => {
    expect(readProximity({ lat: 1, lng: 2 }, 10)).toEqual({
      ok: true,
      area: { center: { latitude: 1, longitude: 2 }, radiusKm: 10 },
    });
  });

  it('refuses a longitude without a latitude on lat', () => {
    expect(readProximity({ lng: 2 }, 10)).toEqual({
      ok: false,
      response: { status: 400, body: { lat: ['This field is required when lng is given.'] } },
    });
  });

  it('refuses a latitude without a longitude on lng', () => {
    expect(readProximity({ lat: 1 }, 10)).toEqual({
      ok: false,
      response: { status: 400, body: { lng: ['This field is required when lat is given.'] } },
    });
  });
});

describe('roundKilometres', () => {
  it('rounds distances to two decimals', () => {
    expect(roundKilometres(1.23456)).toBe(1.23);
    expect(roundKilometres(1.235001)).toBe(1.24);
    expect(roundKilometres(0)).toBe(0);
  });
});
