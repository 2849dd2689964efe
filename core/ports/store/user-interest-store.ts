import type { GoalType, SubjectIntent, SubjectLevel } from '@studymate/contract';
import type { Slice, SliceResult } from './records.js';
import type {
  NewUserGoal,
  NewUserSubject,
  UserGoalChanges,
  UserGoalRecord,
  UserSubjectChanges,
  UserSubjectRecord,
} from './reference-records.js';
import type { Sort } from './reference-store.js';

/** The users' own subjects and goals: each row belongs to one user, once per subject or goal. */

/** Why a write of a user's row was refused. */
export type OwnRowRefusal = 'duplicate' | 'unknown_reference';

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

export interface UserGoalFilter {
  userId: number;
  /** In the goal's code and name. */
  search?: string;
  type?: GoalType;
}

/** Rows per goal, and the mean of their target values (null when none has one). */
export interface GoalUptake {
  users: number;
  averageTargetValue: number | null;
}

export interface UserGoalRepo {
  /** Adds the row unless the user has the goal already or it does not exist, in one atomic step. */
  create(row: NewUserGoal): Promise<UserGoalRecord | OwnRowRefusal>;
  /** The row, only if it belongs to the user. */
  findOwned(id: number, userId: number): Promise<UserGoalRecord | null>;
  /** The same checks as `create` when the goal changes; null when the row is gone. */
  update(id: number, changes: UserGoalChanges): Promise<UserGoalRecord | OwnRowRefusal | null>;
  delete(id: number): Promise<boolean>;
  list(
    filter: UserGoalFilter,
    sort: Sort<'targetValue' | 'targetDate' | 'createdAt'>,
    slice: Slice,
  ): Promise<SliceResult<UserGoalRecord>>;
  uptakeOf(goalIds: number[]): Promise<Map<number, GoalUptake>>;
}
