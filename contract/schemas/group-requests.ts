import { z } from 'zod';
import {
  decimalTextSchema,
  IdSchema,
  LatitudeSchema,
  LongitudeSchema,
  MAX_INTEGER,
  ReferenceIdSchema,
} from './common.js';
import { GroupPrivacySchema, GroupStatusSchema, MembershipRoleSchema } from './group.js';
import { PaginationQuerySchema } from './pagination.js';

const GroupFieldsSchema = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(5000).optional(),
  avatar_url: z.string().url().max(500).nullable().optional(),
  school: ReferenceIdSchema.nullable().optional().describe('School id.'),
  subject_ids: z.array(ReferenceIdSchema).max(20).optional().describe('Subject ids.'),
  privacy: GroupPrivacySchema.optional().describe('@default public'),
  max_members: z.number().int().min(2).max(MAX_INTEGER).nullable().optional().describe('null: no limit.'),
  latitude: LatitudeSchema.nullable().optional(),
  longitude: LongitudeSchema.nullable().optional(),
});

/** `POST /api/groups/` and `PUT /api/groups/{id}/` body. */
export const GroupCreateRequestSchema = GroupFieldsSchema;
export type GroupCreateRequest = z.infer<typeof GroupCreateRequestSchema>;

/** `PATCH /api/groups/{id}/` body. */
export const GroupPatchRequestSchema = GroupFieldsSchema.partial();
export type GroupPatchRequest = z.infer<typeof GroupPatchRequestSchema>;

/** `GET /api/groups/` filters. */
export const GroupListQuerySchema = PaginationQuerySchema.extend({
  status: GroupStatusSchema.optional(),
  privacy: GroupPrivacySchema.optional(),
  subject: IdSchema.optional().describe('Subject id.'),
  school: IdSchema.optional().describe('School id.'),
});
export type GroupListQuery = z.infer<typeof GroupListQuerySchema>;

/** `POST /api/groups/{id}/join/` body: the message of a join request (private groups). */
export const JoinGroupRequestSchema = z.object({ message: z.string().max(1000).optional() });

export const InviteRequestSchema = z.object({ user_id: ReferenceIdSchema });

export const RoleChangeRequestSchema = z.object({ role: MembershipRoleSchema });

export const RespondToJoinRequestSchema = z.object({ action: z.enum(['accept', 'reject']) });

/** Join request filters: `pending` by default for admins, `all` for the requester. */
export const JoinRequestQuerySchema = PaginationQuerySchema.extend({
  status: z.enum(['pending', 'accepted', 'rejected', 'all']).optional(),
});

export const NearbyGroupsQuerySchema = z.object({
  radius_km: decimalTextSchema(z.number().min(0.1).max(500)).optional().describe('@default 10'),
  subject: IdSchema.optional().describe('Subject id.'),
});
