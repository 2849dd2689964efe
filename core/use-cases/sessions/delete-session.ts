import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { CANCEL, SESSION_CANCELLED, transitionSession } from './transition-session.js';

/** DELETE: cancels (sessions are never erased) and answers only a message. */
export const deleteSession: UseCase<typeof contract.sessions.delete> = async ({ params }, context) => {
  const result = await transitionSession(params.id, context, CANCEL);
  return result.status === 200 ? { status: 200, body: { message: SESSION_CANCELLED } } : result;
};
