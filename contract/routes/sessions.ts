import { initContract } from '@ts-rest/core';
import { z } from 'zod';
import { MessageSchema } from '../schemas/common.js';
import { paginatedSchema, PaginationQuerySchema } from '../schemas/pagination.js';
import {
  MonthlySessionsBadRequestSchema,
  NearbySessionSchema,
  ParticipantSchema,
  SessionActionResultSchema,
  SessionDetailSchema,
  SessionListItemSchema,
} from '../schemas/session.js';
import {
  JoinSessionRequestSchema,
  MonthlySessionsQuerySchema,
  MySessionsQuerySchema,
  NearbySessionsQuerySchema,
  SessionCreateRequestSchema,
  SessionListQuerySchema,
  SessionPatchRequestSchema,
} from '../schemas/session-requests.js';
import {
  badRequestResponse,
  bodyErrorResponses,
  notFoundResponse,
  unauthorizedResponse,
  byIdPath,
  guardedActionResponses,
  checkedActionResponses,
} from './responses.js';

const c = initContract();

const sessionArray = z.array(SessionListItemSchema).max(100);

/** Study sessions: scheduling, joining, attendance, and the caller's calendars. */
export const sessionsRoutes = c.router({
  list: {
    method: 'GET',
    path: '/api/sessions/',
    summary: 'List sessions, ordered by start time',
    query: SessionListQuerySchema,
    responses: { 200: paginatedSchema(SessionListItemSchema), ...checkedActionResponses },
  },
  create: {
    method: 'POST',
    path: '/api/sessions/',
    summary: 'Create a session; the caller hosts it and is its first participant',
    body: SessionCreateRequestSchema,
    responses: { 201: SessionDetailSchema, ...bodyErrorResponses, ...unauthorizedResponse },
  },
  get: {
    method: 'GET',
    path: '/api/sessions/:id/',
    summary: 'Get a session',
    ...byIdPath,
    responses: { 200: SessionDetailSchema, ...unauthorizedResponse, ...notFoundResponse },
  },
  replace: {
    method: 'PUT',
    path: '/api/sessions/:id/',
    summary: 'Update a session (host only; not once completed or cancelled)',
    ...byIdPath,
    body: SessionCreateRequestSchema,
    responses: { 200: SessionDetailSchema, ...bodyErrorResponses, ...guardedActionResponses },
  },
  update: {
    method: 'PATCH',
    path: '/api/sessions/:id/',
    summary: 'Partially update a session (host only; not once completed or cancelled)',
    ...byIdPath,
    body: SessionPatchRequestSchema,
    responses: { 200: SessionDetailSchema, ...bodyErrorResponses, ...guardedActionResponses },
  },
  delete: {
    method: 'DELETE',
    path: '/api/sessions/:id/',
    summary: 'Cancel a session (host only; not once completed)',
    ...byIdPath,
    body: c.noBody(),
    responses: { 200: MessageSchema, ...guardedActionResponses },
  },
  join: {
    method: 'POST',
    path: '/api/sessions/:id/join/',
    summary: 'Join an upcoming or in-progress session that is not full',
    ...byIdPath,
    body: JoinSessionRequestSchema,
    responses: {
      200: ParticipantSchema,
      ...bodyErrorResponses,
      ...unauthorizedResponse,
      ...notFoundResponse,
    },
  },
  leave: {
    method: 'POST',
    path: '/api/sessions/:id/leave/',
    summary: 'Leave a session before checking in (not the host)',
    ...byIdPath,
    body: c.noBody(),
    responses: { 200: MessageSchema, ...checkedActionResponses },
  },
  checkIn: {
    method: 'POST',
    path: '/api/sessions/:id/check_in/',
    summary: 'Check in, from 30 minutes before the start until the end',
    ...byIdPath,
    body: c.noBody(),
    responses: { 200: ParticipantSchema, ...checkedActionResponses },
  },
  checkOut: {
    method: 'POST',
    path: '/api/sessions/:id/check_out/',
    summary: 'Check out, recording the minutes attended',
    ...byIdPath,
    body: c.noBody(),
    responses: { 200: ParticipantSchema, ...checkedActionResponses },
  },
  start: {
    method: 'POST',
    path: '/api/sessions/:id/start/',
    summary: 'Start an upcoming session (host only)',
    ...byIdPath,
    body: c.noBody(),
    responses: { 200: SessionActionResultSchema, ...guardedActionResponses },
  },
  complete: {
    method: 'POST',
    path: '/api/sessions/:id/complete/',
    summary: 'Complete an in-progress session (host only)',
    ...byIdPath,
    body: c.noBody(),
    responses: { 200: SessionActionResultSchema, ...guardedActionResponses },
  },
  cancel: {
    method: 'POST',
    path: '/api/sessions/:id/cancel/',
    summary: 'Cancel a session (host only; not once completed)',
    ...byIdPath,
    body: c.noBody(),
    responses: { 200: SessionActionResultSchema, ...guardedActionResponses },
  },
  participants: {
    method: 'GET',
    path: '/api/sessions/:id/participants/',
    summary: "List a session's participants, 12 a page",
    ...byIdPath,
    query: PaginationQuerySchema,
    responses: { 200: paginatedSchema(ParticipantSchema), ...checkedActionResponses },
  },
  mySessions: {
    method: 'GET',
    path: '/api/sessions/my_sessions/',
    summary: 'Sessions the caller hosts or attends',
    query: MySessionsQuerySchema,
    responses: { 200: sessionArray, ...badRequestResponse, ...unauthorizedResponse },
  },
  createdSessions: {
    method: 'GET',
    path: '/api/sessions/created_sessions/',
    summary: 'Sessions the caller hosts',
    responses: { 200: sessionArray, ...unauthorizedResponse },
  },
  joinedSessions: {
    method: 'GET',
    path: '/api/sessions/joined_sessions/',
    summary: 'Sessions the caller attends without hosting',
    responses: { 200: sessionArray, ...unauthorizedResponse },
  },
  monthlySessions: {
    method: 'GET',
    path: '/api/sessions/monthly_sessions/',
    summary: 'Sessions the caller hosts or attends in one month (calendar view)',
    query: MonthlySessionsQuerySchema,
    responses: { 200: sessionArray, 400: MonthlySessionsBadRequestSchema, ...unauthorizedResponse },
  },
  nearby: {
    method: 'GET',
    path: '/api/sessions/nearby/',
    summary: 'Upcoming and in-progress sessions near the caller, nearest first',
    description: "Needs the caller's location (POST /api/users/location/).",
    query: NearbySessionsQuerySchema,
    responses: { 200: z.array(NearbySessionSchema).max(100), ...badRequestResponse, ...unauthorizedResponse },
  },
});
