import type { SessionPatchRequest, contract } from '@studymate/contract';
import type { CoreContext, UseCase } from '../../context.js';
import { badRequest, fieldError, fieldErrors } from '../../rules/errors.js';
import { findHostedSession } from './find-session.js';
import { presentSessionDetail } from './present-session.js';
import {
  applySessionRequest,
  belowSeatsTaken,
  checkSessionRules,
  pickSessionFields,
} from './session-fields.js';
import { loadSessionView } from '../../rules/sessions/session-view.js';

async function applySessionUpdate(id: number, body: SessionPatchRequest, context: CoreContext) {
  const found = await findHostedSession(id, context);
  if (!found.ok) return found.response;
  if (found.status === 'completed' || found.status === 'cancelled') {
    return badRequest('A completed or cancelled session cannot be edited.');
  }
  const { session, now } = found;
  const { fields, errors } = applySessionRequest(pickSessionFields(session), body);
  const seatsTaken = (await context.store.sessions.countActiveParticipants([id])).get(id) ?? 0;
  const allErrors = await checkSessionRules(
    fields,
    { store: context.store, now, previousStartTime: session.startTime, seatsTaken },
    errors,
  );
  if (Object.keys(allErrors).length > 0) return fieldErrors(allErrors);
  // Checked again under the session's lock: a join may have taken a seat since the count above.
  const updated = await context.store.sessions.updateWithinCapacity(id, { ...fields, updatedAt: now });
  if (!updated) throw new Error(`Session ${id} vanished during an update`);
  if ('seatsTaken' in updated) return fieldError('max_participants', belowSeatsTaken(updated.seatsTaken));
  const view = await loadSessionView(updated, { store: context.store, callerId: context.user.id, now });
  return { status: 200 as const, body: presentSessionDetail(view) };
}

/** PATCH: host only, not once completed or cancelled; read-only fields are never written. */
export const updateSession: UseCase<typeof contract.sessions.update> = ({ params, body }, context) =>
  applySessionUpdate(params.id, body, context);

/** PUT: the same rules, with every required field present. */
export const replaceSession: UseCase<typeof contract.sessions.replace> = ({ params, body }, context) =>
  applySessionUpdate(params.id, body, context);
