import { initContract } from '@ts-rest/core';
import { MessageSchema } from '../schemas/common.js';
import { MembershipDetailSchema, MembershipSchema } from '../schemas/group.js';
import { RoleChangeRequestSchema } from '../schemas/group-requests.js';
import {
  bodyErrorResponses,
  notFoundResponse,
  unauthorizedResponse,
  byIdPath,
  guardedActionResponses,
} from './responses.js';

const c = initContract();

/** One membership: its details, its role, and the admin's answers (a group keeps at least one admin). */
export const membershipsRoutes = c.router({
  get: {
    method: 'GET',
    path: '/api/groups/memberships/:id/',
    summary: 'Get a membership with its group',
    ...byIdPath,
    responses: { 200: MembershipDetailSchema, ...unauthorizedResponse, ...notFoundResponse },
  },
  changeRole: {
    method: 'PATCH',
    path: '/api/groups/memberships/:id/role/',
    summary: "Change an active member's role (admins; never demoting the last admin)",
    ...byIdPath,
    body: RoleChangeRequestSchema,
    responses: { 200: MembershipSchema, ...bodyErrorResponses, ...guardedActionResponses },
  },
  accept: {
    method: 'POST',
    path: '/api/groups/memberships/:id/accept/',
    summary: 'Accept a pending join request (admins; not past capacity)',
    ...byIdPath,
    body: c.noBody(),
    responses: { 200: MembershipSchema, ...guardedActionResponses },
  },
  reject: {
    method: 'POST',
    path: '/api/groups/memberships/:id/reject/',
    summary: 'Reject a pending join request (admins)',
    ...byIdPath,
    body: c.noBody(),
    responses: { 200: MessageSchema, ...guardedActionResponses },
  },
  remove: {
    method: 'POST',
    path: '/api/groups/memberships/:id/remove/',
    summary: 'Remove a member (admins; never the last admin)',
    ...byIdPath,
    body: c.noBody(),
    responses: { 200: MessageSchema, ...guardedActionResponses },
  },
});
