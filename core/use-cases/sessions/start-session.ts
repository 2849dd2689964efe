import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { START, transitionSession } from './transition-session.js';

/** 002's `start/`: upcoming → in progress, before the start time if the host wishes. */
export const startSession: UseCase<typeof contract.sessions.start> = async ({ params }, context) => {
  const result = await transitionSession(params.id, context, START);
  return result.status === 200
    ? { status: 200, body: { message: 'Session started successfully.', session: result.body } }
    : result;
};
