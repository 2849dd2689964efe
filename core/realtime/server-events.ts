import type { ChatMessageEvent, ServerEvent } from '@studymate/contract';
import type { MessageRecord, UserRecord } from '../ports/store/store.js';

export function chatMessageEvent(message: MessageRecord, sender: UserRecord | undefined): ChatMessageEvent {
  return {
    type: 'chat_message',
    message_id: message.id,
    sender_id: message.senderId,
    sender_name: sender?.fullName ?? '',
    sender_avatar: sender?.avatarUrl ?? null,
    content: message.content,
    created_at: message.createdAt.toISOString(),
    client_id: message.clientId,
  };
}

/** The first event on an accepted socket; `newest` is the room's newest message id as it joined. */
export const connectionEstablishedEvent = (newest: number): ServerEvent => ({
  type: 'connection_established',
  message: 'Connected to chat',
  last_message_id: newest,
});

export const errorEvent = (code: string, message: string, clientId?: string): ServerEvent => ({
  type: 'error',
  code,
  message,
  ...(clientId && { client_id: clientId }),
});

export const serialize = (event: ServerEvent) => JSON.stringify(event);
