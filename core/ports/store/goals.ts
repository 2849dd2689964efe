import type { GoalType } from '@studymate/contract';
import type { DeleteOutcome, Slice, SliceResult, Sort } from './shared.js';

export interface GoalRecord {
  id: number;
  /** Unique. */
  code: string;
  name: string;
  type: GoalType;
  createdAt: Date;
  updatedAt: Date;
}

export type NewGoal = Omit<GoalRecord, 'id'>;
export type GoalChanges = Partial<Omit<GoalRecord, 'id' | 'createdAt'>>;

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
