import { initContract } from '@ts-rest/core';
import { z } from 'zod';
import {
  ByConnectionQuerySchema,
  ChatMessageSchema,
  ConversationListItemSchema,
  ConversationSchema,
  SendChatMessageRequestSchema,
  SentChatMessageSchema,
  StartConversationRequestSchema,
} from '../schemas/chat.js';
import {
  MarkReadRequestSchema,
  MarkReadResultSchema,
  MessageHistoryQuerySchema,
} from '../schemas/message.js';
import { paginatedSchema } from '../schemas/pagination.js';
import {
  badRequestResponse,
  bodyErrorResponses,
  forbiddenResponse,
  throttledResponse,
  unauthorizedResponse,
  byIdPath,
  visibleResponses,
} from './responses.js';

const c = initContract();

/** Direct chat over REST; only participants see a conversation, only accepted unblocked connections send. */
export const chatRoutes = c.router({
  listConversations: {
    method: 'GET',
    path: '/api/chat/conversations/',
    summary: "The caller's conversations, newest activity first, with unread counts",
    responses: { 200: z.array(ConversationListItemSchema).max(100), ...unauthorizedResponse },
  },
  conversationByConnection: {
    method: 'GET',
    path: '/api/chat/conversations/by-connection/',
    summary: "Get (or create) the conversation of one of the caller's accepted connections",
    query: ByConnectionQuerySchema,
    responses: { 200: ConversationSchema, ...badRequestResponse, ...visibleResponses },
  },
  startConversation: {
    method: 'POST',
    path: '/api/chat/conversations/start/',
    summary: 'Start or get the conversation with a connected user (200 existing, 201 new)',
    body: StartConversationRequestSchema,
    responses: {
      200: ConversationSchema,
      201: ConversationSchema,
      ...bodyErrorResponses,
      ...visibleResponses,
      ...forbiddenResponse,
    },
  },
  getConversation: {
    method: 'GET',
    path: '/api/chat/conversations/:id/',
    summary: 'One of the caller’s conversations',
    ...byIdPath,
    responses: { 200: ConversationSchema, ...visibleResponses },
  },
  listMessages: {
    method: 'GET',
    path: '/api/chat/conversations/:id/messages/',
    summary: "A conversation's messages, newest first, 50 a page (`after`/`before` cursors)",
    ...byIdPath,
    query: MessageHistoryQuerySchema,
    responses: { 200: paginatedSchema(ChatMessageSchema), ...badRequestResponse, ...visibleResponses },
  },
  markRead: {
    method: 'POST',
    path: '/api/chat/conversations/:id/mark_read/',
    summary: "Mark the other side's messages read (all unread when no ids are given)",
    ...byIdPath,
    body: MarkReadRequestSchema,
    responses: { 200: MarkReadResultSchema, ...bodyErrorResponses, ...visibleResponses },
  },
  sendMessage: {
    method: 'POST',
    path: '/api/chat/messages/',
    summary: 'Send a message over HTTP (delivered to connected sockets too)',
    body: SendChatMessageRequestSchema,
    responses: {
      201: SentChatMessageSchema,
      ...bodyErrorResponses,
      ...visibleResponses,
      ...forbiddenResponse,
      ...throttledResponse,
    },
  },
  readMessage: {
    method: 'PATCH',
    path: '/api/chat/messages/:id/read/',
    summary: 'Mark one message read',
    ...byIdPath,
    body: c.noBody(),
    responses: { 200: z.object({ status: z.literal('marked as read') }), ...visibleResponses },
  },
});
