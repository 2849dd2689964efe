import type { GroupChanges, GroupFilter, GroupRecord, GroupRepo, NewGroup } from '@studymate/core';
import type { Database, SqlClient } from './database.js';
import { NEW_MEMBERSHIP_FIELDS } from '@studymate/core';
import {
  GROUP_COLUMNS,
  GROUP_TIMESTAMPS,
  type GroupRow,
  groupValues,
  membershipValues,
  toGroup,
} from './group-rows.js';
import { createPostgresMemberships } from './postgres-memberships.js';
import { batchedRead } from './read-batch.js';
import { selectNearby } from './sql-geo.js';
import { selectSlice, SqlParams, whereAll } from './sql-listing.js';
import { insertRow, updateRow } from './sql-rows.js';

/** The membership statuses that let a user see an invite-only group. */
const SEES_INVITE_ONLY = `'active', 'invited'`;

/** A filter's status and privacy conditions over a table alias with those columns. */
function statusAndPrivacy(alias: string, filter: GroupFilter, params: SqlParams): (string | false)[] {
  return [
    filter.statuses !== undefined && `${alias}.status = ANY(${params.add(filter.statuses)}::text[])`,
    filter.privacy !== undefined && `${alias}.privacy = ${params.add(filter.privacy)}`,
  ];
}

/** The conditions of a group filter, over `study_groups g`; mirrors the memory store's `matches`. */
function groupConditions(filter: GroupFilter, params: SqlParams): (string | false)[] {
  const membershipIn = (userId: number, statuses: string) =>
    `EXISTS (SELECT 1 FROM group_memberships vm WHERE vm.group_id = g.id AND vm.user_id = ${params.add(userId)} AND vm.status IN (${statuses}))`;
  return [
    `(g.privacy <> 'invite_only' OR ${membershipIn(filter.visibleTo, SEES_INVITE_ONLY)})`,
    ...statusAndPrivacy('g', filter, params),
    filter.subjectId !== undefined &&
      `EXISTS (SELECT 1 FROM group_subjects fs WHERE fs.group_id = g.id AND fs.subject_id = ${params.add(filter.subjectId)})`,
    filter.schoolId !== undefined && `g.school_id = ${params.add(filter.schoolId)}`,
    filter.activeMemberId !== undefined && membershipIn(filter.activeMemberId, `'active'`),
  ];
}

/**
 * The count of a list without a subject, school or member filter, from `group_counts` (migration
 * 9): the groups anyone sees by privacy and status, plus the caller's own invite-only groups (one
 * index range of their memberships). Undefined for the other lists, which count their matches.
 */
function groupCountSql(filter: GroupFilter, params: SqlParams): string | undefined {
  if (filter.subjectId !== undefined || filter.schoolId !== undefined || filter.activeMemberId !== undefined)
    return undefined;
  const counted = whereAll([`c.privacy <> 'invite_only'`, ...statusAndPrivacy('c', filter, params)]);
  const invited = whereAll([
    `vm.user_id = ${params.add(filter.visibleTo)}`,
    `vm.status IN (${SEES_INVITE_ONLY})`,
    `g.privacy = 'invite_only'`,
    ...statusAndPrivacy('g', filter, params),
  ]);
  return `(SELECT coalesce(sum(c.count), 0) FROM group_counts c ${counted})
    + (SELECT count(*) FROM group_memberships vm JOIN study_groups g ON g.id = vm.group_id ${invited})`;
}

async function selectGroup(client: SqlClient, id: number): Promise<GroupRecord | null> {
  const [row] = await client.query<GroupRow>(`SELECT ${GROUP_COLUMNS} FROM study_groups g WHERE g.id = $1`, [
    id,
  ]);
  return row ? toGroup(row) : null;
}

/** Replaces a group's subjects with these, in this order. */
async function writeSubjects(client: SqlClient, groupId: number, subjectIds: number[]): Promise<void> {
  await client.query('DELETE FROM group_subjects WHERE group_id = $1', [groupId]);
  if (subjectIds.length === 0) return;
  await client.query(
    `INSERT INTO group_subjects (group_id, subject_id, position)
     SELECT $1, s.subject_id, s.position FROM unnest($2::int[]) WITH ORDINALITY AS s (subject_id, position)`,
    [groupId, subjectIds],
  );
}

/** The group, its conversation and the creator's active admin membership, in one transaction. */
async function insertGroup(tx: SqlClient, input: NewGroup): Promise<GroupRecord> {
  const conversation = await insertRow<{ id: number }>(tx, 'conversations', {
    values: { kind: 'group', participant_ids: [], created_at: input.createdAt, updated_at: input.createdAt },
    returning: 'id',
  });
  const group = await insertRow<{ id: number }>(tx, 'study_groups', {
    values: groupValues({ ...input, status: 'active', conversationId: conversation.id }),
    returning: 'id',
  });
  await tx.query('UPDATE conversations SET group_id = $1 WHERE id = $2', [group.id, conversation.id]);
  await writeSubjects(tx, group.id, input.subjectIds);
  await insertRow(tx, 'group_memberships', {
    values: membershipValues({
      ...NEW_MEMBERSHIP_FIELDS,
      groupId: group.id,
      userId: input.createdById,
      role: 'admin',
      status: 'active',
      joinedAt: input.createdAt,
      updatedAt: input.createdAt,
    }),
    returning: 'id',
  });
  const created = await selectGroup(tx, group.id);
  if (!created) throw new Error(`Group ${group.id} vanished during its creation`);
  return created;
}

/** Study groups and their memberships on Postgres; membership changes lock the group row. */
export function createPostgresGroups(database: Database): GroupRepo {
  return {
    create: (input) => database.transaction((tx) => insertGroup(tx, input)),
    findById: async (id) => {
      const [row] = await batchedRead<GroupRow>(database, {
        text: `SELECT ${GROUP_COLUMNS} FROM study_groups g WHERE g.id = $1`,
        params: [id],
        timestamps: GROUP_TIMESTAMPS,
      });
      return row ? toGroup(row) : null;
    },
    findByIds: async (ids) => {
      const rows = await database.query<GroupRow>(
        `SELECT ${GROUP_COLUMNS} FROM study_groups g WHERE g.id = ANY($1::int[])`,
        [ids],
      );
      return new Map(rows.map((row) => [row.id, toGroup(row)]));
    },
    update: (id, changes) => database.transaction((tx) => updateGroupRow(tx, id, changes)),
    updateWithinCapacity: (id, changes) =>
      database.transaction(async (tx) => {
        // The same lock as every membership change; the count is a statement of its own, so that it
        // sees every change committed while this one waited for the lock.
        const [locked] = await tx.query('SELECT 1 FROM study_groups WHERE id = $1 FOR UPDATE', [id]);
        if (!locked) return null;
        const [members] = await tx.query<{ active: number }>(
          `SELECT count(*)::int AS active FROM group_memberships WHERE group_id = $1 AND status = 'active'`,
          [id],
        );
        const activeMembers = members?.active ?? 0;
        const max = changes.maxMembers;
        if (max !== undefined && max !== null && activeMembers > max) return { activeMembers };
        return updateGroupRow(tx, id, changes);
      }),
    list: (filter, slice) => {
      const params = new SqlParams();
      return selectSlice(
        database,
        {
          select: GROUP_COLUMNS,
          from: `FROM study_groups g ${whereAll(groupConditions(filter, params))}`,
          count: groupCountSql(filter, params),
          orderBy: 'ORDER BY g.created_at DESC, g.id DESC',
          params,
          map: toGroup,
        },
        slice,
      );
    },
    nearby: async (filter, request) => {
      const rows = await selectNearby<GroupRow>(
        database,
        {
          columns: GROUP_COLUMNS,
          from: 'study_groups g',
          coordinates: { latitude: 'g.latitude', longitude: 'g.longitude' },
          conditions: (params) => groupConditions(filter, params),
        },
        request,
      );
      return rows.map((row) => ({ group: toGroup(row), distanceKm: row.distance_km }));
    },
    ...createPostgresMemberships(database),
  };
}

/** Writes the changes (and the subject list, when given) under the group's lock; null when there is no group. */
async function updateGroupRow(tx: SqlClient, id: number, changes: GroupChanges) {
  const [locked] = await tx.query('SELECT 1 FROM study_groups WHERE id = $1 FOR UPDATE', [id]);
  if (!locked) return null;
  await updateRow(tx, 'study_groups', { id, values: groupValues(changes), returning: 'id' });
  if (changes.subjectIds !== undefined) await writeSubjects(tx, id, changes.subjectIds);
  return selectGroup(tx, id);
}
