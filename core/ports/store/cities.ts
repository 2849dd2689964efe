import type { Area, GeoPoint, NearbyRequest, Slice, SliceResult, Sort } from './shared.js';

export interface CityRecord {
  id: number;
  name: string;
  location: GeoPoint | null;
  createdAt: Date;
  updatedAt: Date;
}

export type NewCity = Omit<CityRecord, 'id'>;
export type CityChanges = Partial<Omit<CityRecord, 'id' | 'createdAt'>>;

/** `search` is a case-insensitive "contains" everywhere. */
export interface CityFilter {
  search?: string;
  near?: Area;
}

export interface CityRepo {
  create(city: NewCity): Promise<CityRecord>;
  findById(id: number): Promise<CityRecord | null>;
  update(id: number, changes: CityChanges): Promise<CityRecord | null>;
  /** Its schools keep no city; false when there was no such city. */
  delete(id: number): Promise<boolean>;
  list(filter: CityFilter, sort: Sort<'name'>, slice: Slice): Promise<SliceResult<CityRecord>>;
  nearby(request: NearbyRequest): Promise<{ city: CityRecord; distanceKm: number }[]>;
}
