import { ClientEventSchema, type ClientEvent } from '@studymate/contract';
import { admitChatAction, chatRateRule } from '../rules/chat-rooms/admit-chat-action.js';
import { markAndAnnounceRead, storeAndAnnounceMessage } from '../rules/chat-rooms/announce.js';
import { resolveChatRoom, type RoomRef } from '../rules/chat-rooms/resolve-chat-room.js';
import type { CoreServices } from '../context.js';
import { parseWithFieldErrors } from '../rules/validation-errors.js';
import type { RateLimitedAction } from '../ports/rate-limits.js';
import type { UserRecord } from '../ports/store/store.js';
import type { ChatRoom, RoomMember } from './chat-room.js';
import { chatMessageEvent, errorEvent, serialize } from './server-events.js';

export interface SessionContext {
  services: CoreServices;
  user: UserRecord;
  roomRef: RoomRef;
  room: ChatRoom;
  member: RoomMember;
}

const REFUSALS = {
  unknown_room: 'This room no longer exists for you.',
  forbidden: 'You may not send messages here.',
  read_only: 'This group is archived and read-only.',
} as const;

/** The `error` codes of contract/ws/events.ts for an action over its budget. */
const RATE_REFUSALS = {
  chat_message: { code: 'rate_limited', subject: 'Too many messages', outcome: 'this one was not sent' },
  typing: { code: 'typing_rate_limited', subject: 'Too many typing indicators', outcome: 'they are dropped' },
  read_receipt: {
    code: 'read_rate_limited',
    subject: 'Too many read receipts',
    outcome: 'they are not recorded',
  },
} as const satisfies Record<RateLimitedAction, { code: string; subject: string; outcome: string }>;

/** One socket's incoming events: bad input is answered with an `error` event, never a close. */
export function createSessionHandler(context: SessionContext) {
  const { services, user, room, member } = context;
  const reply = (code: string, message: string, clientId?: string) =>
    member.transport.send(serialize(errorEvent(code, message, clientId)));
  /** False once the socket left the room (closed, or its access revoked): its frames are dropped. */
  const isHeard = () => room.sockets.has(member);

  /** Counts the action on the user's budget in this room, whichever of their sockets it came by. */
  async function isAdmitted(action: RateLimitedAction, clientId?: string): Promise<boolean> {
    const decision = await admitChatAction(services, {
      action,
      userId: user.id,
      conversationId: room.conversationId,
    });
    // The access may have ended while the budget was counted: act on nothing after that.
    if (decision.allowed) return isHeard();
    // A refused message with a client_id is answered every time (its sender waits for it); the
    // rest once per flood, so a flood is not echoed back frame by frame.
    if (clientId !== undefined || decision.isFirstRefusal) {
      const { code, subject, outcome } = RATE_REFUSALS[action];
      const { limit, windowMs } = chatRateRule(services, action);
      const retry = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
      const rule = `at most ${limit} every ${windowMs / 1000} seconds`;
      reply(code, `${subject} (${rule}): ${outcome}. Expected available in ${retry} seconds.`, clientId);
    }
    return false;
  }

  async function handle(event: ClientEvent): Promise<void> {
    switch (event.type) {
      case 'typing_indicator':
        if (!(await isAdmitted('typing'))) return;
        // Through core's events, so the room's sockets on every process hear it.
        services.events.publish({
          type: 'typing',
          conversationId: room.conversationId,
          userId: user.id,
          userName: user.fullName,
          isTyping: event.is_typing,
          fromSocketId: member.socketId,
        });
        return;
      case 'message_read':
        if (!(await isAdmitted('read_receipt'))) return;
        await markAndAnnounceRead(services, {
          conversationId: room.conversationId,
          userId: user.id,
          messageIds: event.message_ids,
        });
        return;
      case 'chat_message': {
        if (!(await isAdmitted('chat_message', event.client_id))) return;
        const access = await resolveChatRoom(context.roomRef, user, { services, purpose: 'write' });
        if (!isHeard()) return;
        if (!access.ok) {
          reply(
            access.refusal === 'read_only' ? 'read_only' : 'forbidden',
            REFUSALS[access.refusal],
            event.client_id,
          );
          return;
        }
        const stored = await storeAndAnnounceMessage(services, {
          conversationId: room.conversationId,
          senderId: user.id,
          content: event.content,
          clientId: event.client_id ?? null,
        });
        // A resent client_id stores nothing new; echo the first message to its sender so it can settle,
        // in the room's order (behind any replay or fan-out still going to this socket).
        if (!stored.created) {
          const echo = serialize(chatMessageEvent(stored.message, user));
          void room.enqueue(() => {
            if (stored.message.id > member.lastDeliveredId && services.events.crossesProcesses) {
              // Stored, yet never delivered here: the process that stored it may have died before it
              // announced it. Announced again, every room catches up from the store (the sender's
              // frame, with its client_id, settles it); a room that has it already reads nothing.
              services.events.publish({
                type: 'message_created',
                conversationId: room.conversationId,
                message: stored.message,
              });
            } else member.transport.send(echo);
            return Promise.resolve();
          });
        }
        return;
      }
    }
  }

  async function receive(raw: string): Promise<void> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      reply('invalid_json', 'Invalid JSON.');
      return;
    }
    const event = parseWithFieldErrors(ClientEventSchema, parsed);
    if (event.ok) return handle(event.data as ClientEvent);
    const [field, messages] = Object.entries(event.errors)[0] ?? ['event', ['Invalid event.']];
    reply('invalid_event', `${field}: ${messages[0] ?? 'Invalid value.'}`);
  }

  // A socket's events are handled one after another, in the order they came: its messages are
  // stored in the order sent, whatever the store's latency.
  let queue: Promise<void> = Promise.resolve();
  // A frame still queued when the socket left the room is dropped, not handled.
  return (raw: string): void => {
    queue = queue
      .then(() => (isHeard() ? receive(raw) : undefined))
      .catch((error: unknown) => {
        services.logger.error('A chat event failed', error);
        reply('internal_error', 'The event could not be handled.');
      });
  };
}
