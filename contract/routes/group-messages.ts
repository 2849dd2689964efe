import { initContract } from '@ts-rest/core';
import { z } from 'zod';
import { IdSchema } from '../schemas/common.js';
import {
  GroupMessageSchema,
  MarkReadRequestSchema,
  MarkReadResultSchema,
  MessageHistoryQuerySchema,
  SendMessageRequestSchema,
} from '../schemas/message.js';
import { paginatedSchema } from '../schemas/pagination.js';
import {
  badRequestResponse,
  bodyErrorResponses,
  restrictedResponses,
  throttledResponse,
} from './responses.js';

const c = initContract();

const byGroup = { pathParams: z.object({ groupId: IdSchema }) } as const;

/** A group's conversation over REST; only active members read or send. */
export const groupMessagesRoutes = c.router({
  list: {
    method: 'GET',
    path: '/api/groups/:groupId/messages/',
    summary: "A group's messages, newest first, 50 a page (`after`/`before` cursors)",
    ...byGroup,
    query: MessageHistoryQuerySchema,
    responses: { 200: paginatedSchema(GroupMessageSchema), ...badRequestResponse, ...restrictedResponses },
  },
  send: {
    method: 'POST',
    path: '/api/groups/:groupId/messages/',
    summary: 'Send a message to the group (delivered to connected sockets too)',
    ...byGroup,
    body: SendMessageRequestSchema,
    responses: {
      201: GroupMessageSchema,
      ...bodyErrorResponses,
      ...restrictedResponses,
      ...throttledResponse,
    },
  },
  markRead: {
    method: 'POST',
    path: '/api/groups/:groupId/messages/mark_read/',
    summary: "Mark others' messages read (all unread when no ids are given)",
    ...byGroup,
    body: MarkReadRequestSchema,
    responses: { 200: MarkReadResultSchema, ...bodyErrorResponses, ...restrictedResponses },
  },
});
