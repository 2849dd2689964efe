import type { GeoPoint, Slice, SliceResult } from './shared.js';

/** The history of where each user was; the current location lives on the user (`UserRecord.location`). */

export interface LocationHistoryRecord extends GeoPoint {
  id: number;
  userId: number;
  accuracy: number | null;
  recordedAt: Date;
  createdAt: Date;
}

export type NewLocationHistory = Omit<LocationHistoryRecord, 'id'>;

export interface HistoryFilter {
  userId: number;
  from?: Date;
  to?: Date;
}

export interface LocationHistoryStats {
  count: number;
  first: Date | null;
  last: Date | null;
}

export interface LocationRepo {
  add(row: NewLocationHistory): Promise<LocationHistoryRecord>;
  latest(userId: number): Promise<LocationHistoryRecord | null>;
  /** Newest first. */
  list(filter: HistoryFilter, slice: Slice): Promise<SliceResult<LocationHistoryRecord>>;
  findById(id: number): Promise<LocationHistoryRecord | null>;
  stats(userId: number, since: Date): Promise<LocationHistoryStats>;
}
