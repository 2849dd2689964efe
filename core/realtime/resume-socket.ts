import { RESUME_RESET_CODE } from '@studymate/contract';
import type { CoreServices } from '../context.js';
import type { ChatRoom, RoomMember } from './chat-room.js';
import { sendMessages } from './send-messages.js';
import { connectionEstablishedEvent, errorEvent, serialize } from './server-events.js';

const BACKLOG_PAGE = 100;

interface Resumption {
  room: ChatRoom;
  member: RoomMember;
  /** The socket's `?last_message_id=`, null without one. */
  after: number | null;
}

/**
 * A joining socket's start, run in the room's queue: `connection_established`, then the backlog,
 * then it becomes a member and gets live messages. The newest id is read in the queue, so every
 * message after it is delivered by a later task.
 */
export async function resumeSocket(services: CoreServices, resumption: Resumption): Promise<void> {
  const { room, member } = resumption;
  if (!room.sockets.has(member)) return;
  const newest = await newestMessageId(services, room);
  member.transport.send(serialize(connectionEstablishedEvent(newest)));
  await resume(services, resumption, newest);
  if (room.sockets.has(member)) room.members.add(member);
}

/** The room's newest stored message id, 0 when it has none. */
async function newestMessageId(services: CoreServices, room: ChatRoom): Promise<number> {
  const newest = await services.store.chat.lastMessages([room.conversationId]);
  return newest.get(room.conversationId)?.id ?? 0;
}

/**
 * Replays every message after `after` (0: the whole history). An id past the room's newest
 * message (kept across a database reset) would hold back every later message: the socket resumes
 * from the newest one instead, and is told so (`resume_reset`). Without an id, it starts after
 * the newest: live messages only.
 */
async function resume(services: CoreServices, { room, member, after }: Resumption, newest: number) {
  if (after !== null && after <= newest) return replayBacklog(services, room, member);
  if (after !== null) {
    const message =
      `No message here comes after ${after} (the newest is ${newest || 'none'}): ` +
      'resuming from the newest; reload the history.';
    member.transport.send(serialize(errorEvent(RESUME_RESET_CODE, message)));
  }
  // Deliveries queued after this one reach the socket; older messages are history, as its cursor says.
  member.lastDeliveredId = newest;
}

async function replayBacklog(services: CoreServices, room: ChatRoom, member: RoomMember): Promise<void> {
  for (;;) {
    const { rows } = await services.store.chat.listMessages(
      room.conversationId,
      { after: member.lastDeliveredId },
      { offset: 0, limit: BACKLOG_PAGE },
    );
    await sendMessages(services, room, { messages: rows, only: member });
    if (rows.length < BACKLOG_PAGE) return;
  }
}
