import type { ConnectionRequest } from '../../contract/index.js';
import type { SignedInUser } from './factories.js';

/** `from` sends a request to `to` through the API. */
export async function sendRequest(
  from: SignedInUser,
  to: SignedInUser,
  message = 'Study together?',
): Promise<ConnectionRequest> {
  const response = await from.client.matching.sendRequest({ body: { receiver_id: to.user.id, message } });
  if (response.status !== 201) throw new Error(`request failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** `a` and `b` become an accepted connection; answers the accepted request. */
export async function connect(a: SignedInUser, b: SignedInUser): Promise<ConnectionRequest> {
  const request = await sendRequest(a, b);
  const accepted = await b.client.matching.acceptRequest({ params: { id: request.id } });
  if (accepted.status !== 200) throw new Error(`accept failed: ${JSON.stringify(accepted.body)}`);
  return accepted.body;
}

/** The conversation of an accepted connection, as `user` reads it; fails when there is none. */
export async function conversationOf(user: SignedInUser, connectionId: number): Promise<number> {
  const details = await user.client.connections.get({ params: { id: connectionId } });
  if (details.status !== 200) throw new Error(`connection ${connectionId}: ${JSON.stringify(details.body)}`);
  const id = details.body.conversation_id;
  if (id === null) throw new Error(`connection ${connectionId} has no conversation`);
  return id;
}
