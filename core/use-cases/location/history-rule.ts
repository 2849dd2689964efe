import type { GeoPoint, LocationHistoryRecord } from '../../ports/store/store.js';
import { distanceInMetres } from '../../rules/geo/great-circle.js';

/** A history row is written when the user moved more than this... */
const HISTORY_MIN_DISTANCE_METRES = 100;
/** ...or when this long has passed since the last history row. */
const HISTORY_MIN_INTERVAL_SECONDS = 15 * 60;

export interface HistoryDecision {
  save: boolean;
  distanceMoved: number | null;
  timeSinceLast: number | null;
  message: string;
}

/** Seed 001 "Location Tracking": the first location, a move over 100 m, or 15 minutes since the last row. */
export function decideHistory(
  last: LocationHistoryRecord | null,
  next: GeoPoint,
  now: Date,
): HistoryDecision {
  if (!last) {
    return {
      save: true,
      distanceMoved: null,
      timeSinceLast: null,
      message: 'First location saved to history',
    };
  }
  const distanceMoved = Math.round(distanceInMetres(last, next) * 100) / 100;
  const timeSinceLast = Math.max(0, Math.round((now.getTime() - last.recordedAt.getTime()) / 1000));
  const save = distanceMoved > HISTORY_MIN_DISTANCE_METRES || timeSinceLast > HISTORY_MIN_INTERVAL_SECONDS;
  const movement = `moved ${distanceMoved.toFixed(1)}m and ${(timeSinceLast / 60).toFixed(1)} minutes passed`;
  return {
    save,
    distanceMoved,
    timeSinceLast,
    message: save ? `Location saved: ${movement}` : `Location updated, not saved to history: ${movement}`,
  };
}
