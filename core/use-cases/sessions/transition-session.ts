import type { SessionStatus } from '@studymate/contract';
import type { SessionChanges } from '../../ports/store/store.js';
import type { CoreContext } from '../../context.js';
import { badRequest } from '../../rules/errors.js';
import { findHostedSession } from './find-session.js';
import { presentSessionDetail } from './present-session.js';
import { loadSessionView } from '../../rules/sessions/session-view.js';

export interface Transition {
  /** Effective statuses the action applies to. */
  from: SessionStatus[];
  /** Why the action does not apply in another status. */
  refusal: (status: SessionStatus) => string;
  change: (now: Date) => SessionChanges;
}

/** A host action that moves a session between states: 404, 403 and wrong-state 400 first. */
export async function transitionSession(id: number, context: CoreContext, transition: Transition) {
  const found = await findHostedSession(id, context);
  if (!found.ok) return found.response;
  if (!transition.from.includes(found.status)) return badRequest(transition.refusal(found.status));
  const updated = await context.store.sessions.update(id, {
    ...transition.change(found.now),
    updatedAt: found.now,
  });
  if (!updated) throw new Error(`Session ${id} vanished during a transition`);
  const view = await loadSessionView(updated, {
    store: context.store,
    callerId: context.user.id,
    now: found.now,
  });
  return { status: 200 as const, body: presentSessionDetail(view) };
}

export const SESSION_CANCELLED = 'Session cancelled successfully.';

/** DELETE and `cancel/`: any state but completed or already cancelled. */
export const CANCEL: Transition = {
  from: ['upcoming', 'in_progress'],
  refusal: (status) =>
    status === 'cancelled'
      ? 'This session is already cancelled.'
      : 'A completed session cannot be cancelled.',
  change: (now) => ({ cancelledAt: now }),
};

export const START: Transition = {
  from: ['upcoming'],
  refusal: () => 'Only an upcoming session can be started.',
  change: (now) => ({ startedAt: now }),
};

export const COMPLETE: Transition = {
  from: ['in_progress'],
  refusal: () => 'Only an in-progress session can be completed.',
  change: (now) => ({ completedAt: now }),
};
