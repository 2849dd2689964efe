import { describe, expect, it } from 'vitest';
import type { GeoPoint, LocationHistoryRecord } from '../../ports/store/store.js';
import { decideHistory } from './history-rule.js';

const recordedAt = new Date('2026-03-01T10:00:00Z');
const origin: GeoPoint = { latitude: 0, longitude: 0 };
const last = {
  ...origin,
  id: 1,
  userId: 1,
  accuracy: null,
  recordedAt,
  createdAt: recordedAt,
} as LocationHistoryRecord;
const secondsLater = (seconds: number) => new Date(recordedAt.getTime() + seconds * 1000);
/** A point `metres` north of the origin (one degree of latitude is 111,195 m on this sphere). */
const north = (metres: number): GeoPoint => ({ latitude: metres / 111_195.08, longitude: 0 });

describe('decideHistory', () => {
  it('saves the first location without a distance or a time', () => {
    expect(decideHistory(null, origin, recordedAt)).toEqual({
      save: true,
      distanceMoved: null,
      timeSinceLast: null,
      message: 'First location saved to history',
    });
  });

  it('saves a move over 100 m and tells how far and how long', () => {
    expect(decideHistory(last, north(150), secondsLater(60))).toEqual({
      save: true,
      distanceMoved: 150,
      timeSinceLast: 60,
      message: 'Location saved: moved 150.0m and 1.0 minutes passed',
    });
  });

  it('does not save a move of exactly 100 m within 15 minutes', () => {
    const decision = decideHistory(last, north(100), secondsLater(15 * 60));
    expect(decision).toEqual({
      save: false,
      distanceMoved: 100,
      timeSinceLast: 900,
      message: 'Location updated, not saved to history: moved 100.0m and 15.0 minutes passed',
    });
  });

  it('saves a small move once more than 15 minutes have passed', () => {
    expect(decideHistory(last, north(10), secondsLater(15 * 60 + 1))).toMatchObject({
      save: true,
      distanceMoved: 10,
      timeSinceLast: 901,
    });
  });

  it('rounds the distance to centimetres and the time to seconds', () => {
    const decision = decideHistory(last, north(12.3456), new Date(recordedAt.getTime() + 1_600));
    expect(decision.distanceMoved).toBe(12.35);
    expect(decision.timeSinceLast).toBe(2);
  });

  it('counts a clock that went backwards as no time passed', () => {
    expect(decideHistory(last, origin, secondsLater(-3600))).toMatchObject({ save: false, timeSinceLast: 0 });
  });
});
