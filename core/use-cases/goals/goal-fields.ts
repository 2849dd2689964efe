import type { GoalPatchRequest } from '@studymate/contract';
import type { GoalRecord } from '../../ports/store/store.js';

export type GoalFields = Pick<GoalRecord, 'code' | 'name' | 'type'>;

/** Overlays the fields a request sent on the current ones. */
export function applyGoalRequest(current: GoalFields, body: GoalPatchRequest): GoalFields {
  return {
    code: body.code ?? current.code,
    name: body.name ?? current.name,
    type: body.type ?? current.type,
  };
}
