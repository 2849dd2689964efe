import type { GoalDetail, GoalListItem } from '@studymate/contract';
import type { GoalRecord, GoalUptake, Store } from '../../ports/store/store.js';

/** A goal with how many users have it and their mean target. */
export interface GoalView {
  goal: GoalRecord;
  uptake: GoalUptake;
}

const NO_UPTAKE: GoalUptake = { users: 0, averageTargetValue: null };

/** Uptake for many goals in one read. */
export async function loadGoalViews(goals: GoalRecord[], store: Store): Promise<GoalView[]> {
  const uptake = await store.userGoals.uptakeOf(goals.map((goal) => goal.id));
  return goals.map((goal) => ({ goal, uptake: uptake.get(goal.id) ?? NO_UPTAKE }));
}

export function presentGoalListItem({ goal, uptake }: GoalView): GoalListItem {
  return { id: goal.id, code: goal.code, name: goal.name, type: goal.type, user_count: uptake.users };
}

function presentGoalDetail({ goal, uptake }: GoalView): GoalDetail {
  return {
    id: goal.id,
    code: goal.code,
    name: goal.name,
    type: goal.type,
    created_at: goal.createdAt.toISOString(),
    updated_at: goal.updatedAt.toISOString(),
    user_count: uptake.users,
    avg_target_value:
      uptake.averageTargetValue === null ? null : Math.round(uptake.averageTargetValue * 100) / 100,
  };
}

/** The detail answer of get, create and update. */
export async function presentGoal(goal: GoalRecord, store: Store) {
  const [view] = await loadGoalViews([goal], store);
  if (!view) throw new Error(`No view for goal ${goal.id}`);
  return { status: 200 as const, body: presentGoalDetail(view) };
}
