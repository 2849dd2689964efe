import type { ConnectionRequestRecord } from '../../ports/store/store.js';
import type { CoreContext } from '../../context.js';
import { presentOneConversation } from './present-conversation.js';

/** Gets or creates the conversation of an accepted connection, and presents it. */
export async function openConnectionConversation(connection: ConnectionRequestRecord, context: CoreContext) {
  const { conversation, created } = await context.store.chat.ensureDirectConversation({
    connectionId: connection.id,
    participantIds: [connection.senderId, connection.receiverId],
    at: context.clock.now(),
  });
  return {
    created,
    body: await presentOneConversation(conversation, { store: context.store, callerId: context.user.id }),
  };
}
