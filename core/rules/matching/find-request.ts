import type { ConnectionRequestRecord } from '../../ports/store/store.js';
import type { CoreContext } from '../../context.js';

/** A request the caller sent or received; anyone else's is a 404. */
export async function findOwnRequest(
  id: number,
  context: CoreContext,
): Promise<ConnectionRequestRecord | null> {
  const request = await context.store.connectionRequests.findById(id);
  return request && isPartyTo(request, context.user.id) ? request : null;
}

/** Whether the user sent or received the request. */
export function isPartyTo(request: ConnectionRequestRecord, userId: number): boolean {
  return request.senderId === userId || request.receiverId === userId;
}
