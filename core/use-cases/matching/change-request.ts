import type { ConnectionRequestRecord, RequestDecision } from '../../ports/store/store.js';
import type { CoreContext } from '../../context.js';
import { badRequest, forbidden, notFound } from '../../rules/errors.js';
import { isPartyTo } from '../../rules/matching/find-request.js';
import type { RequestRefusal } from '../../rules/matching/request-decisions.js';

export type ChangedRequest =
  | { ok: true; request: ConnectionRequestRecord | null }
  | {
      ok: false;
      response: ReturnType<typeof badRequest> | ReturnType<typeof forbidden> | ReturnType<typeof notFound>;
    };

/**
 * Applies a decision to one of the caller's requests atomically, in one read; anyone else's request
 * is a 404 and refusals become their 400/403.
 */
export async function changeOwnRequest(
  id: number,
  context: CoreContext,
  decide: (existing: ConnectionRequestRecord) => RequestDecision<RequestRefusal>,
): Promise<ChangedRequest> {
  const change = await context.store.connectionRequests.change<RequestRefusal | 'not_found'>(
    id,
    (existing) => (isPartyTo(existing, context.user.id) ? decide(existing) : { refusal: 'not_found' }),
  );
  if (change.ok) return change;
  if (change.refusal === 'not_found') return { ok: false, response: notFound() };
  const { status, detail } = change.refusal;
  return { ok: false, response: status === 403 ? forbidden(detail) : badRequest(detail) };
}
