import type { SessionStatus } from '@studymate/contract';
import type { SessionRecord } from '../../ports/store/store.js';
import type { CoreContext } from '../../context.js';
import { forbidden, notFound } from '../../rules/errors.js';
import { effectiveSessionStatus } from '../../rules/sessions/session-status.js';

export type FoundSession<Refusal = ReturnType<typeof notFound>> =
  { ok: true; session: SessionRecord; status: SessionStatus; now: Date } | { ok: false; response: Refusal };

/** The session and its effective status now, or the 404. */
export async function findSession(id: number, context: CoreContext): Promise<FoundSession> {
  const session = await context.store.sessions.findById(id);
  if (!session) return { ok: false, response: notFound() };
  const now = context.clock.now();
  return { ok: true, session, status: effectiveSessionStatus(session, now), now };
}

/** As `findSession`, and a 403 unless the caller hosts it. */
export async function findHostedSession(
  id: number,
  context: CoreContext,
): Promise<FoundSession<ReturnType<typeof notFound> | ReturnType<typeof forbidden>>> {
  const found = await findSession(id, context);
  if (found.ok && found.session.hostId !== context.user.id) {
    return { ok: false, response: forbidden('Only the host can manage this session.') };
  }
  return found;
}
