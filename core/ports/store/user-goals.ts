import type { GoalType } from '@studymate/contract';
import type { OwnRowRefusal, Slice, SliceResult, Sort } from './shared.js';

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

export type NewUserGoal = Omit<UserGoalRecord, 'id'>;
export type UserGoalChanges = Partial<Omit<UserGoalRecord, 'id' | 'userId' | 'createdAt'>>;

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
