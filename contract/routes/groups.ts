import { initContract } from '@ts-rest/core';
import { z } from 'zod';
import { IdSchema, MessageSchema } from '../schemas/common.js';
import {
  GroupDetailSchema,
  GroupListItemSchema,
  JoinRequestSchema,
  MembershipResultSchema,
  MembershipSchema,
  NearbyGroupSchema,
} from '../schemas/group.js';
import {
  GroupCreateRequestSchema,
  GroupListQuerySchema,
  GroupPatchRequestSchema,
  InviteRequestSchema,
  JoinGroupRequestSchema,
  JoinRequestQuerySchema,
  NearbyGroupsQuerySchema,
  RespondToJoinRequestSchema,
} from '../schemas/group-requests.js';
import { paginatedSchema, PaginationQuerySchema } from '../schemas/pagination.js';
import {
  badRequestResponse,
  bodyErrorResponses,
  unauthorizedResponse,
  byIdPath,
  visibleResponses,
  guardedActionResponses,
} from './responses.js';

const c = initContract();

/** Study groups: privacy, roles, joining, invitations and join requests. Invite-only groups are 404 to outsiders. */
export const groupsRoutes = c.router({
  list: {
    method: 'GET',
    path: '/api/groups/',
    summary: 'List the groups the caller may see, newest first',
    query: GroupListQuerySchema,
    responses: { 200: paginatedSchema(GroupListItemSchema), ...badRequestResponse, ...visibleResponses },
  },
  create: {
    method: 'POST',
    path: '/api/groups/',
    summary: 'Create a group; the caller is its admin, and its conversation is created with it',
    body: GroupCreateRequestSchema,
    responses: { 201: GroupDetailSchema, ...bodyErrorResponses, ...unauthorizedResponse },
  },
  get: {
    method: 'GET',
    path: '/api/groups/:id/',
    summary: 'Get a group',
    ...byIdPath,
    responses: { 200: GroupDetailSchema, ...visibleResponses },
  },
  replace: {
    method: 'PUT',
    path: '/api/groups/:id/',
    summary: 'Update a group (admin only; not once archived)',
    ...byIdPath,
    body: GroupCreateRequestSchema,
    responses: { 200: GroupDetailSchema, ...bodyErrorResponses, ...guardedActionResponses },
  },
  update: {
    method: 'PATCH',
    path: '/api/groups/:id/',
    summary: 'Partially update a group (admin only; not once archived)',
    ...byIdPath,
    body: GroupPatchRequestSchema,
    responses: { 200: GroupDetailSchema, ...bodyErrorResponses, ...guardedActionResponses },
  },
  archive: {
    method: 'DELETE',
    path: '/api/groups/:id/',
    summary: 'Archive a group (admin only); it becomes read-only',
    ...byIdPath,
    body: c.noBody(),
    responses: { 200: MessageSchema, ...guardedActionResponses },
  },
  join: {
    method: 'POST',
    path: '/api/groups/:id/join/',
    summary: 'Join a public group, ask to join a private one, or accept an invitation',
    ...byIdPath,
    body: JoinGroupRequestSchema,
    responses: { 200: MembershipResultSchema, ...bodyErrorResponses, ...visibleResponses },
  },
  leave: {
    method: 'POST',
    path: '/api/groups/:id/leave/',
    summary: 'Leave a group, withdraw a request or decline an invitation (never the last admin)',
    ...byIdPath,
    body: c.noBody(),
    responses: { 200: MessageSchema, ...badRequestResponse, ...visibleResponses },
  },
  invite: {
    method: 'POST',
    path: '/api/groups/:id/invite/',
    summary: 'Invite a user (admins and moderators)',
    ...byIdPath,
    body: InviteRequestSchema,
    responses: { 200: MembershipSchema, ...bodyErrorResponses, ...guardedActionResponses },
  },
  members: {
    method: 'GET',
    path: '/api/groups/:id/members/',
    summary: "List a group's memberships, 12 a page (non-members see active ones only)",
    ...byIdPath,
    query: PaginationQuerySchema,
    responses: { 200: paginatedSchema(MembershipSchema), ...badRequestResponse, ...visibleResponses },
  },
  myGroups: {
    method: 'GET',
    path: '/api/groups/my_groups/',
    summary: 'Groups the caller is an active member of',
    responses: { 200: z.array(GroupListItemSchema).max(100), ...unauthorizedResponse },
  },
  nearby: {
    method: 'GET',
    path: '/api/groups/nearby/',
    summary: 'Active groups near the caller, nearest first',
    description: "Needs the caller's location (POST /api/users/location/).",
    query: NearbyGroupsQuerySchema,
    responses: { 200: z.array(NearbyGroupSchema).max(100), ...badRequestResponse, ...unauthorizedResponse },
  },
  joinRequests: {
    method: 'GET',
    path: '/api/groups/:id/join_requests/',
    summary: "List a group's join requests by status (admins; pending by default)",
    ...byIdPath,
    query: JoinRequestQuerySchema,
    responses: { 200: paginatedSchema(JoinRequestSchema), ...guardedActionResponses },
  },
  respondToJoinRequest: {
    method: 'POST',
    path: '/api/groups/:id/join_requests/:membershipId/respond/',
    summary: 'Accept or reject a join request (admins)',
    pathParams: z.object({ id: IdSchema, membershipId: IdSchema }),
    body: RespondToJoinRequestSchema,
    responses: { 200: MembershipResultSchema, ...bodyErrorResponses, ...guardedActionResponses },
  },
  myJoinRequests: {
    method: 'GET',
    path: '/api/groups/my_join_requests/',
    summary: "The caller's join requests (all by default)",
    query: JoinRequestQuerySchema,
    responses: { 200: paginatedSchema(JoinRequestSchema), ...badRequestResponse, ...visibleResponses },
  },
});
