import { describe, expect, it } from 'vitest';
import { distanceInMetres } from './great-circle.js';

describe('distanceInMetres', () => {
  it('is zero from a point to itself', () => {
    expect(distanceInMetres({ latitude: 48.85, longitude: 2.35 }, { latitude: 48.85, longitude: 2.35 })).toBe(
      0,
    );
  });

  it('measures one degree of latitude or of longitude on the equator as 111.195 km', () => {
    const origin = { latitude: 0, longitude: 0 };
    expect(distanceInMetres(origin, { latitude: 1, longitude: 0 })).toBeCloseTo(111_195.08, 1);
    expect(distanceInMetres(origin, { latitude: 0, longitude: 1 })).toBeCloseTo(111_195.08, 1);
  });

  it('shrinks a degree of longitude with the cosine of the latitude', () => {
    const at60 = distanceInMetres({ latitude: 60, longitude: 0 }, { latitude: 60, longitude: 1 });
    expect(at60).toBeCloseTo(55_597.0, 0);
  });

  it('measures Paris to London as about 343.56 km, either way', () => {
    const paris = { latitude: 48.8566, longitude: 2.3522 };
    const london = { latitude: 51.5074, longitude: -0.1278 };
    expect(distanceInMetres(paris, london) / 1000).toBeCloseTo(343.56, 1);
    expect(distanceInMetres(london, paris)).toBe(distanceInMetres(paris, london));
  });

  it('measures antipodes as half the circumference, without NaN from rounding', () => {
    expect(distanceInMetres({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(
      Math.PI * 6_371_008.8,
      3,
    );
    expect(
      distanceInMetres({ latitude: 10, longitude: 20 }, { latitude: -10, longitude: -160 }),
    ).not.toBeNaN();
  });
});
