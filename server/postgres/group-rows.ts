import type { GroupPrivacy, GroupStatus, MembershipRole, MembershipStatus } from '@studymate/contract';
import type { GroupRecord, JoinRequestStatus, MembershipRecord } from '@studymate/core';
import { columnValues, locationValues, pointOf, type ColumnNames } from './sql-columns.js';

/** A study group's columns, alias `g`, its subject ids in their order. */
export const GROUP_COLUMNS = `g.id, g.name, g.description, g.avatar_url, g.created_by_id, g.school_id,
  ARRAY(SELECT gs.subject_id FROM group_subjects gs WHERE gs.group_id = g.id ORDER BY gs.position) AS subject_ids,
  g.privacy, g.max_members, g.latitude, g.longitude, g.status, g.conversation_id, g.created_at, g.updated_at`;

/** The timestamptz columns of `GROUP_COLUMNS` (for rows read as JSON). */
export const GROUP_TIMESTAMPS = ['created_at', 'updated_at'];

export interface GroupRow {
  id: number;
  name: string;
  description: string;
  avatar_url: string | null;
  created_by_id: number;
  school_id: number | null;
  subject_ids: number[];
  privacy: GroupPrivacy;
  max_members: number | null;
  latitude: number | null;
  longitude: number | null;
  status: GroupStatus;
  conversation_id: number;
  created_at: Date;
  updated_at: Date;
}

/** A selected group row as the port's record. */
export function toGroup(row: GroupRow): GroupRecord {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    avatarUrl: row.avatar_url,
    createdById: row.created_by_id,
    schoolId: row.school_id,
    subjectIds: row.subject_ids,
    privacy: row.privacy,
    maxMembers: row.max_members,
    location: pointOf(row),
    status: row.status,
    conversationId: row.conversation_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A membership's columns, alias `m`. */
export const MEMBERSHIP_COLUMNS = `m.id, m.group_id, m.user_id, m.role, m.status, m.message, m.invited_by_id,
  m.request_status, m.requested_at, m.responded_at, m.responded_by_id, m.joined_at, m.left_at, m.updated_at`;

/** The timestamptz columns of `MEMBERSHIP_COLUMNS` (for `batchedRead`). */
export const MEMBERSHIP_TIMESTAMPS = ['requested_at', 'responded_at', 'joined_at', 'left_at', 'updated_at'];

export interface MembershipRow {
  id: number;
  group_id: number;
  user_id: number;
  role: MembershipRole;
  status: MembershipStatus;
  message: string;
  invited_by_id: number | null;
  request_status: JoinRequestStatus | null;
  requested_at: Date | null;
  responded_at: Date | null;
  responded_by_id: number | null;
  joined_at: Date;
  left_at: Date | null;
  updated_at: Date;
}

/** A selected membership row as the port's record. */
export function toMembership(row: MembershipRow): MembershipRecord {
  return {
    id: row.id,
    groupId: row.group_id,
    userId: row.user_id,
    role: row.role,
    status: row.status,
    message: row.message,
    invitedById: row.invited_by_id,
    requestStatus: row.request_status,
    requestedAt: row.requested_at,
    respondedAt: row.responded_at,
    respondedById: row.responded_by_id,
    joinedAt: row.joined_at,
    leftAt: row.left_at,
    updatedAt: row.updated_at,
  };
}

/** Each stored field of a membership and its column. */
const MEMBERSHIP_FIELD_COLUMNS: ColumnNames<Omit<MembershipRecord, 'id'>> = {
  groupId: 'group_id',
  userId: 'user_id',
  role: 'role',
  status: 'status',
  message: 'message',
  invitedById: 'invited_by_id',
  requestStatus: 'request_status',
  requestedAt: 'requested_at',
  respondedAt: 'responded_at',
  respondedById: 'responded_by_id',
  joinedAt: 'joined_at',
  leftAt: 'left_at',
  updatedAt: 'updated_at',
};

/** The columns and values of a new membership or a write. */
export const membershipValues = (fields: Partial<Omit<MembershipRecord, 'id'>>): Record<string, unknown> =>
  columnValues(fields, MEMBERSHIP_FIELD_COLUMNS);

type GroupFields = Omit<GroupRecord, 'id' | 'location' | 'subjectIds'>;

/** Each stored field of a group and its column; `subjectIds` live in group_subjects. */
const GROUP_FIELD_COLUMNS: ColumnNames<GroupFields> = {
  name: 'name',
  description: 'description',
  avatarUrl: 'avatar_url',
  createdById: 'created_by_id',
  schoolId: 'school_id',
  privacy: 'privacy',
  maxMembers: 'max_members',
  status: 'status',
  conversationId: 'conversation_id',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};

/** The study_groups columns and values of a new group or a change (a location is two columns). */
export const groupValues = (fields: Partial<Omit<GroupRecord, 'id'>>): Record<string, unknown> => ({
  ...columnValues<GroupFields>(fields, GROUP_FIELD_COLUMNS),
  ...locationValues(fields.location),
});
