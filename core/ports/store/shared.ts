/** Shapes that many areas' repositories share: where a row is, which window of a list, in which order, and how a write is refused. */

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** A circle on the globe. */
export interface Area {
  center: GeoPoint;
  radiusKm: number;
}

/** Rows within an area, nearest first (ties by id), at most `limit`. */
export interface NearbyRequest extends Area {
  limit: number;
}

/** A window of a list: which rows, and how many there are in all. */
export interface Slice {
  offset: number;
  limit: number;
}

export interface SliceResult<Row> {
  count: number;
  rows: Row[];
}

/**
 * A list's order, from a fixed set of fields per list (never a raw name from a request).
 * Ties go by id in the same direction; null sorts after every value (as in Postgres), and
 * enum fields sort in their declared order (`beginner` before `expert`).
 */
export interface Sort<Field extends string> {
  field: Field;
  descending: boolean;
}

/**
 * What a delete did. Rows that may go without the deleted one lose it (ON DELETE SET NULL);
 * rows that cannot (a user's subject without its subject) refuse the delete: `referenced`.
 */
export type DeleteOutcome = 'deleted' | 'not_found' | 'referenced';

/** Why a write of a user's row was refused. */
export type OwnRowRefusal = 'duplicate' | 'unknown_reference';
