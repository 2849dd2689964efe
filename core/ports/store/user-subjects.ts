import type { SubjectIntent, SubjectLevel } from '@studymate/contract';
import type { OwnRowRefusal, Slice, SliceResult, Sort } from './shared.js';

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

export type NewUserSubject = Omit<UserSubjectRecord, 'id'>;
export type UserSubjectChanges = Partial<Omit<UserSubjectRecord, 'id' | 'userId' | 'createdAt'>>;

export interface UserSubjectFilter {
  userId: number;
  /** In the subject's code, name_en and name_vi. */
  search?: string;
  level?: SubjectLevel;
  intent?: SubjectIntent;
}

/** Rows per subject: all of them, those that learn (learn, both) and those that teach (teach, both). */
export interface SubjectInterest {
  users: number;
  learners: number;
  teachers: number;
}

export interface UserSubjectRepo {
  /** Adds the row unless the user has the subject already or it does not exist, in one atomic step. */
  create(row: NewUserSubject): Promise<UserSubjectRecord | OwnRowRefusal>;
  /** The row, only if it belongs to the user. */
  findOwned(id: number, userId: number): Promise<UserSubjectRecord | null>;
  /** The same checks as `create` when the subject changes; null when the row is gone. */
  update(id: number, changes: UserSubjectChanges): Promise<UserSubjectRecord | OwnRowRefusal | null>;
  delete(id: number): Promise<boolean>;
  list(
    filter: UserSubjectFilter,
    sort: Sort<'level' | 'intent' | 'createdAt'>,
    slice: Slice,
  ): Promise<SliceResult<UserSubjectRecord>>;
  interestIn(subjectIds: number[]): Promise<Map<number, SubjectInterest>>;
}
