import type { GoalType, SubjectLevel } from '@studymate/contract';
import type { GeoPoint, Slice, SliceResult } from './records.js';
import type {
  CityChanges,
  CityRecord,
  GoalChanges,
  GoalRecord,
  NewCity,
  NewGoal,
  NewSchool,
  NewSubject,
  SchoolChanges,
  SchoolRecord,
  SubjectChanges,
  SubjectRecord,
} from './reference-records.js';

/**
 * A list's order, from a fixed set of fields per list (never a raw name from a request).
 * Ties go by id in the same direction; null sorts after every value (as in Postgres), and
 * enum fields sort in their declared order (`beginner` before `expert`).
 */
export interface Sort<Field extends string> {
  field: Field;
  descending: boolean;
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

/**
 * What a delete did. Rows that may go without the deleted one lose it (ON DELETE SET NULL);
 * rows that cannot (a user's subject without its subject) refuse the delete: `referenced`.
 */
export type DeleteOutcome = 'deleted' | 'not_found' | 'referenced';

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

export interface SubjectFilter {
  /** In the code, name_en and name_vi. */
  search?: string;
  level?: SubjectLevel;
}

export interface SubjectRepo {
  /** Creates the subject unless its code is taken, in one atomic step. */
  create(subject: NewSubject): Promise<SubjectRecord | 'code_taken'>;
  findById(id: number): Promise<SubjectRecord | null>;
  findByIds(ids: number[]): Promise<Map<number, SubjectRecord>>;
  update(id: number, changes: SubjectChanges): Promise<SubjectRecord | 'code_taken' | null>;
  /** Sessions and groups lose the subject; a subject on a user's list is `referenced`. */
  delete(id: number): Promise<DeleteOutcome>;
  list(
    filter: SubjectFilter,
    sort: Sort<'code' | 'nameEn' | 'createdAt'>,
    slice: Slice,
  ): Promise<SliceResult<SubjectRecord>>;
}

export interface GoalFilter {
  /** In the code and name. */
  search?: string;
  type?: GoalType;
}

export interface GoalRepo {
  /** Creates the goal unless its code is taken, in one atomic step. */
  create(goal: NewGoal): Promise<GoalRecord | 'code_taken'>;
  findById(id: number): Promise<GoalRecord | null>;
  findByIds(ids: number[]): Promise<Map<number, GoalRecord>>;
  update(id: number, changes: GoalChanges): Promise<GoalRecord | 'code_taken' | null>;
  /** A goal on a user's list is `referenced`. */
  delete(id: number): Promise<DeleteOutcome>;
  list(
    filter: GoalFilter,
    sort: Sort<'code' | 'name' | 'type' | 'createdAt'>,
    slice: Slice,
  ): Promise<SliceResult<GoalRecord>>;
}
