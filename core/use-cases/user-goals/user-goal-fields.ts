import type { UserGoalPatchRequest } from '@studymate/contract';
import type { OwnRowRefusal, UserGoalRecord } from '../../ports/store/store.js';
import { fieldError, unknownReference } from '../../rules/errors.js';

export type UserGoalFields = Pick<UserGoalRecord, 'goalId' | 'targetValue' | 'targetDate'>;

/** Overlays the fields a request sent on the current ones; null clears a target. */
export function applyUserGoalRequest(current: UserGoalFields, body: UserGoalPatchRequest): UserGoalFields {
  return {
    goalId: body.goal ?? current.goalId,
    targetValue: body.target_value === undefined ? current.targetValue : body.target_value,
    targetDate: body.target_date === undefined ? current.targetDate : body.target_date,
  };
}

/** The 400 for a goal that does not exist or is on the user's list already. */
export function refuseUserGoal(refusal: OwnRowRefusal, goalId: number) {
  return refusal === 'duplicate'
    ? fieldError('goal', 'This goal is already on your list.')
    : unknownReference('goal', goalId);
}
