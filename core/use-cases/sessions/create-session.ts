import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { fieldErrors } from '../../rules/errors.js';
import { presentSessionDetail } from './present-session.js';
import { applySessionRequest, checkSessionRules, EMPTY_OPTIONAL_FIELDS } from './session-fields.js';
import { loadSessionView } from '../../rules/sessions/session-view.js';

/** Creates a session hosted by the caller, who is registered as its first participant. */
export const createSession: UseCase<typeof contract.sessions.create> = async ({ body }, context) => {
  const now = context.clock.now();
  const required = {
    title: body.title,
    sessionType: body.session_type,
    startTime: new Date(body.start_time),
    durationMinutes: body.duration_minutes,
  };
  const { fields, errors } = applySessionRequest({ ...EMPTY_OPTIONAL_FIELDS, ...required }, body);
  const allErrors = await checkSessionRules(
    fields,
    { store: context.store, now, previousStartTime: null, seatsTaken: 0 },
    errors,
  );
  if (Object.keys(allErrors).length > 0) return fieldErrors(allErrors);
  const session = await context.store.sessions.create({
    ...fields,
    hostId: context.user.id,
    createdAt: now,
    updatedAt: now,
  });
  const view = await loadSessionView(session, { store: context.store, callerId: context.user.id, now });
  return { status: 201, body: presentSessionDetail(view) };
};
