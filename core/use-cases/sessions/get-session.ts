import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { findSession } from './find-session.js';
import { presentSessionDetail } from './present-session.js';
import { loadSessionView } from '../../rules/sessions/session-view.js';

/** A session in detail, from the caller's point of view. */
export const getSession: UseCase<typeof contract.sessions.get> = async ({ params }, context) => {
  const found = await findSession(params.id, context);
  if (!found.ok) return found.response;
  const view = await loadSessionView(found.session, {
    store: context.store,
    callerId: context.user.id,
    now: found.now,
  });
  return { status: 200, body: presentSessionDetail(view) };
};
