import type { Contract } from '@studymate/contract';
import type { UseCaseTree } from '../../context.js';
import { conversationByConnection } from './conversation-by-connection.js';
import { getConversation } from './get-conversation.js';
import { listChatMessages } from './list-chat-messages.js';
import { listConversations } from './list-conversations.js';
import { markConversationRead } from './mark-conversation-read.js';
import { readChatMessage } from './read-chat-message.js';
import { sendChatMessage } from './send-chat-message.js';
import { startConversation } from './start-conversation.js';

/** The chat area: one use case per route of `contract.chat`, key for key. */
export const chatUseCases: UseCaseTree<Contract['chat']> = {
  listConversations,
  conversationByConnection,
  startConversation,
  getConversation,
  listMessages: listChatMessages,
  markRead: markConversationRead,
  sendMessage: sendChatMessage,
  readMessage: readChatMessage,
};
