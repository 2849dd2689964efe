import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { COMPLETE, transitionSession } from './transition-session.js';

/** 002's `complete/`: in progress → completed; participants still registered become no-shows. */
export const completeSession: UseCase<typeof contract.sessions.complete> = async ({ params }, context) => {
  const result = await transitionSession(params.id, context, COMPLETE);
  return result.status === 200
    ? { status: 200, body: { message: 'Session completed successfully.', session: result.body } }
    : result;
};
