import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { alreadyExists } from '../../rules/errors.js';
import { presentGoal } from './goal-view.js';

/** Any signed-in user adds a goal (DESIGN §3); codes are unique. */
export const createGoal: UseCase<typeof contract.goals.create> = async ({ body }, context) => {
  const now = context.clock.now();
  const goal = await context.store.goals.create({
    code: body.code,
    name: body.name,
    type: body.type,
    createdAt: now,
    updatedAt: now,
  });
  if (goal === 'code_taken') return alreadyExists('goal', 'code');
  return { ...(await presentGoal(goal, context.store)), status: 201 };
};
