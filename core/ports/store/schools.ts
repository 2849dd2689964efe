import type { Area, GeoPoint, NearbyRequest, Slice, SliceResult, Sort } from './shared.js';

export interface SchoolRecord {
  id: number;
  name: string;
  shortName: string;
  address: string;
  cityId: number | null;
  location: GeoPoint | null;
  website: string;
  email: string;
  phone: string;
  createdAt: Date;
  updatedAt: Date;
}

export type NewSchool = Omit<SchoolRecord, 'id'>;
export type SchoolChanges = Partial<Omit<SchoolRecord, 'id' | 'createdAt'>>;

export interface SchoolFilter {
  /** In the name, short name, address and city name. */
  search?: string;
  /** The city's name, case-insensitive, whole. */
  cityName?: string;
  near?: Area;
}

export type SchoolSortField = 'name' | 'cityName' | 'createdAt';

export interface SchoolRepo {
  create(school: NewSchool): Promise<SchoolRecord>;
  findById(id: number): Promise<SchoolRecord | null>;
  findByIds(ids: number[]): Promise<Map<number, SchoolRecord>>;
  update(id: number, changes: SchoolChanges): Promise<SchoolRecord | null>;
  /** Its students and groups keep no school; false when there was no such school. */
  delete(id: number): Promise<boolean>;
  list(filter: SchoolFilter, sort: Sort<SchoolSortField>, slice: Slice): Promise<SliceResult<SchoolRecord>>;
  nearby(request: NearbyRequest): Promise<{ school: SchoolRecord; distanceKm: number }[]>;
  /** Schools per city. */
  countByCity(cityIds: number[]): Promise<Map<number, number>>;
}
