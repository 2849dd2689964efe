import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { CANCEL, SESSION_CANCELLED, transitionSession } from './transition-session.js';

/** 002's `cancel/`: the DELETE rule, answering the session too. */
export const cancelSession: UseCase<typeof contract.sessions.cancel> = async ({ params }, context) => {
  const result = await transitionSession(params.id, context, CANCEL);
  return result.status === 200
    ? { status: 200, body: { message: SESSION_CANCELLED, session: result.body } }
    : result;
};
