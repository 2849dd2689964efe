import type { CoreServices } from '../context.js';
import type { ChatRoom } from './chat-room.js';
import { sendMessages } from './send-messages.js';

const CATCH_UP_PAGE = 100;

/**
 * Brings every member up to `newestId` from the store, in id order: run in the room's queue when a
 * message is announced by a broker, whose announcements from different processes may cross. The
 * store numbers a room's messages in the order they are committed, and a message is announced once
 * committed, so everything up to an announced id can be read, without gaps. An announcement that
 * every member has already received reads nothing.
 */
export async function catchUpRoom(services: CoreServices, room: ChatRoom, newestId: number): Promise<void> {
  let after = room.oldestDeliveredId();
  while (after < newestId) {
    const { rows } = await services.store.chat.listMessages(
      room.conversationId,
      { after },
      { offset: 0, limit: CATCH_UP_PAGE },
    );
    await sendMessages(services, room, { messages: rows });
    const last = rows.at(-1);
    if (!last || rows.length < CATCH_UP_PAGE) return;
    after = last.id;
  }
}
