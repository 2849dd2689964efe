import { initContract } from '@ts-rest/core';
import { IdParamsSchema, MessageSchema } from '../schemas/common.js';
import { MembershipDetailSchema, MembershipSchema } from '../schemas/group.js';
import { RoleChangeRequestSchema } from '../schemas/group-requests.js';
import {
  badRequestResponse,
  bodyErrorResponses,
  forbiddenResponse,
  notFoundResponse,
  unauthorizedResponse,
} from './responses.js';

const c = initContract();

const byId = { pathParams: IdParamsSchema } as const;
const adminAction = {
  ...badRequestResponse,
  ...unauthorizedResponse,
  ...forbiddenResponse,
  ...notFoundResponse,
};

/** One membership: its details, its role, and the admin's answers (a group keeps at least one admin). */
export const membershipsRoutes = c.router({
  get: {
    method: 'GET',
    path: '/api/groups/memberships/:id/',
    summary: 'Get a membership with its group',
    ...byId,
    responses: { 200: MembershipDetailSchema, ...unauthorizedResponse, ...notFoundResponse },
  },
  changeRole: {
    method: 'PATCH',
    path: '/api/groups/memberships/:id/role/',
    summary: "Change an active member's role (admins; never demoting the last admin)",
    ...byId,
    body: RoleChangeRequestSchema,
    responses: { 200: MembershipSchema, ...bodyErrorResponses, ...adminAction },
  },
  accept: {
    method: 'POST',
    path: '/api/groups/memberships/:id/accept/',
    summary: 'Accept a pending join request (admins; not past capacity)',
    ...byId,
    body: c.noBody(),
    responses: { 200: MembershipSchema, ...adminAction },
  },
  reject: {
    method: 'POST',
    path: '/api/groups/memberships/:id/reject/',
    summary: 'Reject a pending join request (admins)',
    ...byId,
    body: c.noBody(),
    responses: { 200: MessageSchema, ...adminAction },
  },
  remove: {
    method: 'POST',
    path: '/api/groups/memberships/:id/remove/',
    summary: 'Remove a member (admins; never the last admin)',
    ...byId,
    body: c.noBody(),
    responses: { 200: MessageSchema, ...adminAction },
  },
});
