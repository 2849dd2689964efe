import { z } from 'zod';
import { TimestampSchema } from './common.js';
import { DistanceKmSchema, GeoJsonPointSchema } from './geo.js';
import { SchoolSummarySchema } from './school.js';
import { SubjectSummarySchema } from './subject.js';
import { UserSummarySchema } from './user.js';

/** public: anyone joins; private: joining is a request an admin answers; invite_only: invitation needed, hidden from others. */
export const GroupPrivacySchema = z.enum(['public', 'private', 'invite_only']);
export type GroupPrivacy = z.infer<typeof GroupPrivacySchema>;

/** An archived group is read-only: no joins, invites or messages. */
export const GroupStatusSchema = z.enum(['active', 'inactive', 'archived']);
export type GroupStatus = z.infer<typeof GroupStatusSchema>;

/** admin: everything; moderator: invite; member: read and chat. */
export const MembershipRoleSchema = z.enum(['admin', 'moderator', 'member']);
export type MembershipRole = z.infer<typeof MembershipRoleSchema>;

export const MembershipStatusSchema = z.enum(['active', 'pending', 'invited', 'rejected', 'removed', 'left']);
export type MembershipStatus = z.infer<typeof MembershipStatusSchema>;

/** A membership: who, what role, and its history. */
export const MembershipSchema = z.object({
  id: z.number().int(),
  user: UserSummarySchema,
  role: MembershipRoleSchema,
  status: MembershipStatusSchema,
  message: z.string().describe('The message of a join request.'),
  invited_by: UserSummarySchema.nullable(),
  responded_at: TimestampSchema.nullable().describe('When an admin answered the join request.'),
  responded_by: UserSummarySchema.nullable(),
  joined_at: TimestampSchema,
  updated_at: TimestampSchema,
  left_at: TimestampSchema.nullable(),
});
export type Membership = z.infer<typeof MembershipSchema>;

/** A group in lists. */
export const GroupListItemSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string(),
  avatar_url: z.string().nullable(),
  created_by: UserSummarySchema,
  school: SchoolSummarySchema.nullable(),
  subjects: z.array(SubjectSummarySchema),
  privacy: GroupPrivacySchema,
  member_count: z.number().int().describe('Active members.'),
  max_members: z.number().int().nullable(),
  is_full: z.boolean(),
  status: GroupStatusSchema,
  is_member: z.boolean(),
  is_admin: z.boolean(),
  created_at: TimestampSchema,
});
export type GroupListItem = z.infer<typeof GroupListItemSchema>;

/** A group in detail (no memberships: see `members/`), with the caller's standing and permissions. */
export const GroupDetailSchema = GroupListItemSchema.extend({
  geom_point: GeoJsonPointSchema.nullable(),
  is_moderator: z.boolean().describe('Moderator or admin.'),
  can_join: z.boolean(),
  can_leave: z.boolean(),
  can_edit: z.boolean(),
  can_manage_members: z.boolean(),
  user_membership: MembershipSchema.nullable(),
  user_role: MembershipRoleSchema.nullable(),
  user_membership_status: MembershipStatusSchema.nullable(),
  updated_at: TimestampSchema,
});
export type GroupDetail = z.infer<typeof GroupDetailSchema>;

export const NearbyGroupSchema = GroupListItemSchema.extend({ distance_km: DistanceKmSchema });
export type NearbyGroup = z.infer<typeof NearbyGroupSchema>;

/** A membership with its group (`/api/groups/memberships/{id}/`). */
export const MembershipDetailSchema = MembershipSchema.extend({ group: GroupListItemSchema });
export type MembershipDetail = z.infer<typeof MembershipDetailSchema>;

/** The answer of `join/` and of responding to a request. */
export const MembershipResultSchema = z.object({ message: z.string(), membership: MembershipSchema });
export type MembershipResult = z.infer<typeof MembershipResultSchema>;

/** Seed 004's join request: a membership that asked to join, with the requester and the group. */
export const JoinRequestSchema = z.object({
  id: z.number().int().describe('The membership id.'),
  group: z.object({ id: z.number().int(), name: z.string(), privacy: GroupPrivacySchema }),
  user: UserSummarySchema.describe('The requester: name, email and avatar.'),
  message: z.string(),
  status: z.enum(['pending', 'accepted', 'rejected']),
  requested_at: TimestampSchema,
  responded_at: TimestampSchema.nullable(),
  responded_by: UserSummarySchema.nullable(),
});
export type JoinRequest = z.infer<typeof JoinRequestSchema>;
