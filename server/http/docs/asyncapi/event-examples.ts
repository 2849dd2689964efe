/**
 * The chat events of seed 000 ("Group Chat WebSocket"), by the contract's name of each event's
 * schema; `client_id` and `last_message_id` are this API's additions (DESIGN §5).
 */
export const eventExamples: Readonly<Record<string, Record<string, unknown>>> = {
  SendChatMessageEvent: { type: 'chat_message', content: 'Hello!', client_id: '7f9c2e1a-message-1' },
  SendTypingEvent: { type: 'typing_indicator', is_typing: true },
  SendMessageReadEvent: { type: 'message_read', message_ids: [1, 2, 3] },
  ConnectionEstablishedEvent: {
    type: 'connection_established',
    message: 'Connected to chat',
    last_message_id: 104,
  },
  ChatMessageEvent: {
    type: 'chat_message',
    message_id: 105,
    sender_id: 10,
    sender_name: 'John Doe',
    sender_avatar: 'https://...',
    content: 'Hello!',
    created_at: '2025-10-30T16:00:00Z',
    client_id: '7f9c2e1a-message-1',
  },
  TypingIndicatorEvent: { type: 'typing_indicator', user_id: 10, user_name: 'John Doe', is_typing: true },
  MessagesReadEvent: {
    type: 'messages_read',
    user_id: 15,
    message_ids: [1, 2, 3],
    read_at: '2025-10-30T16:05:00Z',
  },
  ErrorEvent: {
    type: 'error',
    code: 'rate_limited',
    message: 'Too many messages: this one was not sent.',
    client_id: '7f9c2e1a-message-1',
  },
};
