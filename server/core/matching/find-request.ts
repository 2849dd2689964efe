import type { ConnectionRequestRecord } from '../../store/store.js';
import type { CoreContext } from '../context.js';

/** A request the caller sent or received; anyone else's is a 404. */
export async function findOwnRequest(
  id: number,
  context: CoreContext,
): Promise<ConnectionRequestRecord | null> {
  const request = await context.store.connectionRequests.findById(id);
  if (!request || (request.senderId !== context.user.id && request.receiverId !== context.user.id))
    return null;
  return request;
}
