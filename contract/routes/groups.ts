import { initContract } from '@ts-rest/core';
import { z } from 'zod';
import { IdParamsSchema, IdSchema, MessageSchema } from '../schemas/common.js';
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
  forbiddenResponse,
  notFoundResponse,
  unauthorizedResponse,
} from './responses.js';

const c = initContract();

const byId = { pathParams: IdParamsSchema } as const;
const seen = { ...unauthorizedResponse, ...notFoundResponse };
const adminAction = { ...badRequestResponse, ...seen, ...forbiddenResponse };

/** Study groups: privacy, roles, joining, invitations and join requests. Invite-only groups are 404 to outsiders. */
export const groupsRoutes = c.router({
  list: {
    method: 'GET',
    path: '/api/groups/',
    summary: 'List the groups the caller may see, newest first',
    query: GroupListQuerySchema,
    responses: { 200: paginatedSchema(GroupListItemSchema), ...badRequestResponse, ...seen },
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
    ...byId,
    responses: { 200: GroupDetailSchema, ...seen },
  },
  replace: {
    method: 'PUT',
    path: '/api/groups/:id/',
    summary: 'Update a group (admin only; not once archived)',
    ...byId,
    body: GroupCreateRequestSchema,
    responses: { 200: GroupDetailSchema, ...bodyErrorResponses, ...adminAction },
  },
  update: {
    method: 'PATCH',
    path: '/api/groups/:id/',
    summary: 'Partially update a group (admin only; not once archived)',
    ...byId,
    body: GroupPatchRequestSchema,
    responses: { 200: GroupDetailSchema, ...bodyErrorResponses, ...adminAction },
  },
  archive: {
    method: 'DELETE',
    path: '/api/groups/:id/',
    summary: 'Archive a group (admin only); it becomes read-only',
    ...byId,
    body: c.noBody(),
    responses: { 200: MessageSchema, ...adminAction },
  },
  join: {
    method: 'POST',
    path: '/api/groups/:id/join/',
    summary: 'Join a public group, ask to join a private one, or accept an invitation',
    ...byId,
    body: JoinGroupRequestSchema,
    responses: { 200: MembershipResultSchema, ...bodyErrorResponses, ...seen },
  },
  leave: {
    method: 'POST',
    path: '/api/groups/:id/leave/',
    summary: 'Leave a group, withdraw a request or decline an invitation (never the last admin)',
    ...byId,
    body: c.noBody(),
    responses: { 200: MessageSchema, ...badRequestResponse, ...seen },
  },
  invite: {
    method: 'POST',
    path: '/api/groups/:id/invite/',
    summary: 'Invite a user (admins and moderators)',
    ...byId,
    body: InviteRequestSchema,
    responses: { 200: MembershipSchema, ...bodyErrorResponses, ...adminAction },
  },
  members: {
    method: 'GET',
    path: '/api/groups/:id/members/',
    summary: "List a group's memberships, 12 a page (non-members see active ones only)",
    ...byId,
    query: PaginationQuerySchema,
    responses: { 200: paginatedSchema(MembershipSchema), ...badRequestResponse, ...seen },
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
    ...byId,
    query: JoinRequestQuerySchema,
    responses: { 200: paginatedSchema(JoinRequestSchema), ...adminAction },
  },
  respondToJoinRequest: {
    method: 'POST',
    path: '/api/groups/:id/join_requests/:membershipId/respond/',
    summary: 'Accept or reject a join request (admins)',
    pathParams: z.object({ id: IdSchema, membershipId: IdSchema }),
    body: RespondToJoinRequestSchema,
    responses: { 200: MembershipResultSchema, ...bodyErrorResponses, ...adminAction },
  },
  myJoinRequests: {
    method: 'GET',
    path: '/api/groups/my_join_requests/',
    summary: "The caller's join requests (all by default)",
    query: JoinRequestQuerySchema,
    responses: { 200: paginatedSchema(JoinRequestSchema), ...badRequestResponse, ...seen },
  },
});
