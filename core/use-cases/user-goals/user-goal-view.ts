import type { UserGoalDetail, UserGoalListItem } from '@studymate/contract';
import type { GoalRecord, Store, UserGoalRecord, UserRecord } from '../../ports/store/store.js';

/** A user's goal row with its goal. */
export interface UserGoalView {
  row: UserGoalRecord;
  goal: GoalRecord;
}

/** The goals of many rows in one read. */
export async function loadUserGoalViews(rows: UserGoalRecord[], store: Store): Promise<UserGoalView[]> {
  const goals = await store.goals.findByIds([...new Set(rows.map((row) => row.goalId))]);
  return rows.map((row) => {
    const goal = goals.get(row.goalId);
    if (!goal) throw new Error(`User goal ${row.id} points at no goal ${row.goalId}`);
    return { row, goal };
  });
}

export function presentUserGoalListItem({ row, goal }: UserGoalView): UserGoalListItem {
  return {
    id: row.id,
    goal: goal.id,
    goal_code: goal.code,
    goal_name: goal.name,
    target_value: row.targetValue,
    target_date: row.targetDate,
  };
}

/** The detail shape; `owner` is the caller, whose rows these always are. */
function presentUserGoalDetail(view: UserGoalView, owner: UserRecord): UserGoalDetail {
  const { row, goal } = view;
  return {
    ...presentUserGoalListItem(view),
    user: owner.id,
    user_email: owner.email,
    user_full_name: owner.fullName,
    goal_type: goal.type,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

/** The detail answer of get, create and update. */
export async function presentUserGoal(row: UserGoalRecord, context: { store: Store; user: UserRecord }) {
  const [view] = await loadUserGoalViews([row], context.store);
  if (!view) throw new Error(`No view for user goal ${row.id}`);
  return { status: 200 as const, body: presentUserGoalDetail(view, context.user) };
}
