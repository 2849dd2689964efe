import { initContract } from '@ts-rest/core';
import {
  ConnectionRequestListItemSchema,
  ConnectionRequestQuerySchema,
  ConnectionRequestSchema,
  PendingRequestsSchema,
  SendConnectionRequestSchema,
} from '../schemas/matching.js';
import { paginatedSchema } from '../schemas/pagination.js';
import {
  badRequestResponse,
  bodyErrorResponses,
  unauthorizedResponse,
  byIdPath,
  visibleResponses,
  guardedActionResponses,
} from './responses.js';

const c = initContract();

const requestPage = {
  200: paginatedSchema(ConnectionRequestListItemSchema),
  ...badRequestResponse,
  ...visibleResponses,
};

/** Connection requests: one per pair at a time; only the sender cancels, only the receiver answers, either blocks. */
export const matchingRoutes = c.router({
  sendRequest: {
    method: 'POST',
    path: '/api/matching/requests/',
    summary: 'Send a connection request',
    body: SendConnectionRequestSchema,
    responses: { 201: ConnectionRequestSchema, ...bodyErrorResponses, ...unauthorizedResponse },
  },
  listRequests: {
    method: 'GET',
    path: '/api/matching/requests/',
    summary: "The caller's requests, sent and received, newest first",
    query: ConnectionRequestQuerySchema,
    responses: requestPage,
  },
  sentRequests: {
    method: 'GET',
    path: '/api/matching/requests/sent/',
    summary: 'Requests the caller sent',
    query: ConnectionRequestQuerySchema,
    responses: requestPage,
  },
  receivedRequests: {
    method: 'GET',
    path: '/api/matching/requests/received/',
    summary: 'Requests the caller received',
    query: ConnectionRequestQuerySchema,
    responses: requestPage,
  },
  pendingRequests: {
    method: 'GET',
    path: '/api/matching/requests/pending/',
    summary: 'Pending requests, sent and received',
    responses: { 200: PendingRequestsSchema, ...unauthorizedResponse },
  },
  getRequest: {
    method: 'GET',
    path: '/api/matching/requests/:id/',
    summary: 'A request the caller sent or received',
    ...byIdPath,
    responses: { 200: ConnectionRequestSchema, ...visibleResponses },
  },
  cancelRequest: {
    method: 'DELETE',
    path: '/api/matching/requests/:id/',
    summary: 'Cancel a pending request (sender only)',
    ...byIdPath,
    body: c.noBody(),
    responses: { 204: c.noBody(), ...guardedActionResponses },
  },
  acceptRequest: {
    method: 'POST',
    path: '/api/matching/requests/:id/accept/',
    summary: 'Accept a pending request (receiver only); the conversation opens at once',
    ...byIdPath,
    body: c.noBody(),
    responses: { 200: ConnectionRequestSchema, ...guardedActionResponses },
  },
  rejectRequest: {
    method: 'POST',
    path: '/api/matching/requests/:id/reject/',
    summary: 'Reject a pending request (receiver only)',
    ...byIdPath,
    body: c.noBody(),
    responses: { 200: ConnectionRequestSchema, ...guardedActionResponses },
  },
  blockRequest: {
    method: 'POST',
    path: '/api/matching/requests/:id/block/',
    summary: 'Block the other side, from any state but blocked',
    ...byIdPath,
    body: c.noBody(),
    responses: { 200: ConnectionRequestSchema, ...guardedActionResponses },
  },
});
