import type { ChatUser, Conversation } from '@studymate/contract';
import type { ConversationRecord, MessageRecord, Store, UserRecord } from '../../ports/store/store.js';

export function presentChatUser(user: UserRecord): ChatUser {
  return { id: user.id, email: user.email, full_name: user.fullName, avatar_url: user.avatarUrl };
}

export interface ConversationViews {
  users: Map<number, UserRecord>;
  lastMessages: Map<number, MessageRecord>;
  unread: Map<number, number>;
  readTimes: Map<number, Map<number, Date>>;
}

/**
 * Participants, last messages and unread counts of many conversations (one batch), then the last
 * messages' read receipts when `withReadTimes` (a conversation in detail shows them; a list does not).
 */
export async function loadConversationViews(
  conversations: ConversationRecord[],
  context: { store: Store; callerId: number; withReadTimes: boolean },
): Promise<ConversationViews> {
  const ids = conversations.map((conversation) => conversation.id);
  const [users, lastMessages, unread] = await Promise.all([
    context.store.users.findByIds([
      ...new Set(conversations.flatMap((conversation) => conversation.participantIds)),
    ]),
    context.store.chat.lastMessages(ids),
    context.store.chat.unreadCounts(context.callerId, ids),
  ]);
  const readTimes = context.withReadTimes
    ? await context.store.chat.readTimes([...lastMessages.values()].map((message) => message.id))
    : new Map<number, Map<number, Date>>();
  return { users, lastMessages, unread, readTimes };
}

function participantsOf(conversation: ConversationRecord, views: ConversationViews, callerId: number) {
  const participants = conversation.participantIds.flatMap((id) => views.users.get(id) ?? []);
  const other = participants.find((user) => user.id !== callerId);
  if (!other) throw new Error(`Conversation ${conversation.id} has no other participant`);
  return { participants, other };
}

export function presentConversationListItem(
  conversation: ConversationRecord,
  views: ConversationViews,
  callerId: number,
) {
  const { other } = participantsOf(conversation, views, callerId);
  const last = views.lastMessages.get(conversation.id);
  return {
    id: conversation.id,
    other_participant: presentChatUser(other),
    last_message_preview: last
      ? { content: last.content, sender_id: last.senderId, created_at: last.createdAt.toISOString() }
      : null,
    last_message_at: last?.createdAt.toISOString() ?? null,
    unread_count: views.unread.get(conversation.id) ?? 0,
  };
}

function presentConversation(
  conversation: ConversationRecord,
  views: ConversationViews,
  callerId: number,
): Conversation {
  const { participants, other } = participantsOf(conversation, views, callerId);
  if (conversation.connectionId === null) throw new Error(`Conversation ${conversation.id} is not direct`);
  const last = views.lastMessages.get(conversation.id);
  const sender = last ? views.users.get(last.senderId) : undefined;
  const recipient = last ? conversation.participantIds.find((id) => id !== last.senderId) : undefined;
  return {
    id: conversation.id,
    connection: conversation.connectionId,
    participants: participants.map(presentChatUser),
    other_participant: presentChatUser(other),
    last_message: last
      ? {
          id: last.id,
          sender_id: last.senderId,
          sender_name: sender?.fullName ?? '',
          content: last.content,
          is_read: recipient !== undefined && Boolean(views.readTimes.get(last.id)?.has(recipient)),
          created_at: last.createdAt.toISOString(),
        }
      : null,
    unread_count: views.unread.get(conversation.id) ?? 0,
    last_message_at: last?.createdAt.toISOString() ?? null,
    created_at: conversation.createdAt.toISOString(),
  };
}

/** One conversation in detail. */
export async function presentOneConversation(
  conversation: ConversationRecord,
  context: { store: Store; callerId: number },
) {
  return presentConversation(
    conversation,
    await loadConversationViews([conversation], { ...context, withReadTimes: true }),
    context.callerId,
  );
}
