import type { GoalType, SubjectIntent, SubjectLevel } from '@studymate/contract';
import type { GeoPoint } from './records.js';

/** Reference data (schools, cities, subjects, goals) and the users' own subjects and goals. */

export interface CityRecord {
  id: number;
  name: string;
  location: GeoPoint | null;
  createdAt: Date;
  updatedAt: Date;
}

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

export interface SubjectRecord {
  id: number;
  /** Unique. */
  code: string;
  nameEn: string;
  nameVi: string;
  level: SubjectLevel;
  createdAt: Date;
  updatedAt: Date;
}

export interface GoalRecord {
  id: number;
  /** Unique. */
  code: string;
  name: string;
  type: GoalType;
  createdAt: Date;
  updatedAt: Date;
}

/** A subject on a user's list: one row per user and subject. */
export interface UserSubjectRecord {
  id: number;
  userId: number;
  subjectId: number;
  level: SubjectLevel;
  intent: SubjectIntent;
  note: string;
  createdAt: Date;
  updatedAt: Date;
}

/** A goal on a user's list: one row per user and goal. */
export interface UserGoalRecord {
  id: number;
  userId: number;
  goalId: number;
  targetValue: number | null;
  /** YYYY-MM-DD */
  targetDate: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export type NewCity = Omit<CityRecord, 'id'>;
export type CityChanges = Partial<Omit<CityRecord, 'id' | 'createdAt'>>;
export type NewSchool = Omit<SchoolRecord, 'id'>;
export type SchoolChanges = Partial<Omit<SchoolRecord, 'id' | 'createdAt'>>;
export type NewSubject = Omit<SubjectRecord, 'id'>;
export type SubjectChanges = Partial<Omit<SubjectRecord, 'id' | 'createdAt'>>;
export type NewGoal = Omit<GoalRecord, 'id'>;
export type GoalChanges = Partial<Omit<GoalRecord, 'id' | 'createdAt'>>;
export type NewUserSubject = Omit<UserSubjectRecord, 'id'>;
export type UserSubjectChanges = Partial<Omit<UserSubjectRecord, 'id' | 'userId' | 'createdAt'>>;
export type NewUserGoal = Omit<UserGoalRecord, 'id'>;
export type UserGoalChanges = Partial<Omit<UserGoalRecord, 'id' | 'userId' | 'createdAt'>>;
