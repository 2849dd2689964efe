import type { Connection } from '@studymate/contract';
import type { ConnectionRequestRecord, Store } from '../../ports/store/store.js';
import { loadRequestUsers, presentUserBrief } from '../../rules/matching/present-request.js';

/** Connections seen from the caller, with the other side and the conversation id, in two reads. */
export async function presentConnections(
  requests: ConnectionRequestRecord[],
  context: { store: Store; callerId: number },
): Promise<Connection[]> {
  const [users, conversations] = await Promise.all([
    loadRequestUsers(requests, context.store),
    context.store.chat.directConversationsOf(requests.map((row) => row.id)),
  ]);
  return requests.map((row) => {
    const other = users.get(row.senderId === context.callerId ? row.receiverId : row.senderId);
    if (!other) throw new Error(`Connection ${row.id} lost a user`);
    return {
      id: row.id,
      user: presentUserBrief(other),
      connection_state: row.state,
      accepted_at: row.acceptedAt?.toISOString() ?? null,
      can_message: row.state === 'accepted',
      conversation_id: conversations.get(row.id)?.id ?? null,
    };
  });
}
