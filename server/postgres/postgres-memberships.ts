import type {
  GroupRepo,
  MemberCounts,
  MembershipChange,
  MembershipDecision,
  MembershipRecord,
  MembershipState,
  MembershipTarget,
  MembershipWrite,
} from '@studymate/core';
import { NEW_MEMBERSHIP_FIELDS } from '@studymate/core';
import type { Database, SqlClient } from './database.js';
import {
  GROUP_COLUMNS,
  type GroupRow,
  MEMBERSHIP_COLUMNS,
  MEMBERSHIP_TIMESTAMPS,
  membershipValues,
  type MembershipRow,
  toGroup,
  toMembership,
} from './group-rows.js';
import { reviveTimestamps } from './json-rows.js';
import { USER_COLUMNS, USER_TIMESTAMPS, toUser, type UserRow } from './postgres-users.js';
import { batchedRead } from './read-batch.js';
import { selectPage } from './sql-pages.js';
import { selectSlice, sliceClause, SqlParams, whereAll } from './sql-listing.js';
import { insertRow, updateRow } from './sql-rows.js';

type MembershipMethods = Pick<
  GroupRepo,
  | 'memberCounts'
  | 'membershipsOf'
  | 'findMembership'
  | 'listMemberships'
  | 'listJoinRequests'
  | 'changeMembership'
>;

const NOT_FOUND = { ok: false, refusal: 'not_found' } as const;

async function selectMembership(
  client: SqlClient,
  condition: string,
  params: unknown[],
): Promise<MembershipRecord | null> {
  const [row] = await client.query<MembershipRow>(
    `SELECT ${MEMBERSHIP_COLUMNS} FROM group_memberships m WHERE ${condition}`,
    params,
  );
  return row ? toMembership(row) : null;
}

async function countMembers(client: SqlClient, groupId: number): Promise<MemberCounts> {
  const [row] = await client.query<MemberCounts>(
    `SELECT count(*)::int AS active, count(*) FILTER (WHERE role = 'admin')::int AS admins
     FROM group_memberships WHERE group_id = $1 AND status = 'active'`,
    [groupId],
  );
  return row ?? { active: 0, admins: 0 };
}

/** Applies a decision's write: an update of the membership, or a new one for the target's user. */
async function writeMembership(
  tx: SqlClient,
  state: MembershipState,
  change: { write: MembershipWrite; userId: number },
): Promise<MembershipRecord | null> {
  const row = state.membership
    ? await updateRow<MembershipRow>(tx, 'group_memberships AS m', {
        id: state.membership.id,
        values: membershipValues(change.write),
        returning: MEMBERSHIP_COLUMNS,
      })
    : await insertRow<MembershipRow>(tx, 'group_memberships AS m', {
        values: membershipValues({
          ...NEW_MEMBERSHIP_FIELDS,
          ...change.write,
          groupId: state.group.id,
          userId: change.userId,
        }),
        returning: MEMBERSHIP_COLUMNS,
      });
  return row ? toMembership(row) : null;
}

/**
 * Reads and decides under the group row's lock (FOR UPDATE): every membership change of a group
 * queues on it, so counts read here stay true until the write commits.
 */
async function changeUnderLock<Refusal>(
  tx: SqlClient,
  target: MembershipTarget,
  decide: (state: MembershipState) => MembershipDecision<Refusal>,
): Promise<MembershipChange<Refusal>> {
  let groupId: number;
  if ('membershipId' in target) {
    const [found] = await tx.query<{ group_id: number }>(
      'SELECT group_id FROM group_memberships WHERE id = $1',
      [target.membershipId],
    );
    if (!found) return NOT_FOUND;
    groupId = found.group_id;
  } else groupId = target.groupId;
  const [groupRow] = await tx.query<GroupRow>(
    `SELECT ${GROUP_COLUMNS} FROM study_groups g WHERE g.id = $1 FOR UPDATE OF g`,
    [groupId],
  );
  if (!groupRow) return NOT_FOUND;
  const membership =
    'membershipId' in target
      ? await selectMembership(tx, 'm.id = $1 AND m.group_id = $2', [target.membershipId, groupId])
      : await selectMembership(tx, 'm.group_id = $1 AND m.user_id = $2', [groupId, target.userId]);
  if ('membershipId' in target && !membership) return NOT_FOUND;
  const state: MembershipState = {
    group: toGroup(groupRow),
    membership,
    counts: await countMembers(tx, groupId),
  };
  const decision = decide(state);
  if ('refusal' in decision) return { ok: false, refusal: decision.refusal };
  const userId = 'userId' in target ? target.userId : (membership?.userId ?? 0);
  const written = await writeMembership(tx, state, { write: decision.write, userId });
  return written ? { ok: true, membership: written } : NOT_FOUND;
}

/** The membership half of the groups repository. */
export function createPostgresMemberships(database: Database): MembershipMethods {
  return {
    memberCounts: async (groupIds) => {
      if (groupIds.length === 0) return new Map();
      const rows = await batchedRead<MemberCounts & { group_id: number }>(database, {
        text: `SELECT group_id, count(*)::int AS active, count(*) FILTER (WHERE role = 'admin')::int AS admins
         FROM group_memberships WHERE group_id = ANY($1::int[]) AND status = 'active' GROUP BY group_id`,
        params: [groupIds],
      });
      const counts = new Map(groupIds.map((id) => [id, { active: 0, admins: 0 }]));
      for (const { group_id, active, admins } of rows) counts.set(group_id, { active, admins });
      return counts;
    },
    membershipsOf: async (userId, groupIds) => {
      if (groupIds.length === 0) return new Map();
      const rows = await batchedRead<MembershipRow>(database, {
        text: `SELECT ${MEMBERSHIP_COLUMNS} FROM group_memberships m WHERE m.user_id = $1 AND m.group_id = ANY($2::int[])`,
        params: [userId, groupIds],
        timestamps: MEMBERSHIP_TIMESTAMPS,
      });
      return new Map(rows.map((row) => [row.group_id, toMembership(row)]));
    },
    findMembership: (id) => selectMembership(database, 'm.id = $1', [id]),
    listMemberships: async (groupId, filter, slice) => {
      const params = new SqlParams();
      const where = whereAll([
        `m.group_id = ${params.add(groupId)}`,
        filter.statuses !== undefined && `m.status = ANY(${params.add(filter.statuses)}::text[])`,
      ]);
      const page = await selectPage<MembershipRow, { users: UserRow }>(database, {
        select: `SELECT ${MEMBERSHIP_COLUMNS} FROM group_memberships m ${where}
          ORDER BY m.id ${sliceClause(slice, params)}`,
        order: 'id',
        params,
        count: `SELECT count(*) FROM group_memberships m ${where}`,
        related: {
          users: `SELECT ${USER_COLUMNS} FROM users WHERE id IN
            (SELECT user_id FROM page UNION SELECT invited_by_id FROM page UNION SELECT responded_by_id FROM page)`,
        },
      });
      const users = reviveTimestamps(page.related.users, USER_TIMESTAMPS);
      return {
        count: page.count ?? 0,
        rows: reviveTimestamps(page.rows, MEMBERSHIP_TIMESTAMPS).map(toMembership),
        users: new Map(users.map((row) => [row.id, toUser(row)])),
      };
    },
    listJoinRequests: (filter, slice) => {
      const params = new SqlParams();
      const conditions = [
        'm.request_status IS NOT NULL',
        filter.groupId !== undefined && `m.group_id = ${params.add(filter.groupId)}`,
        filter.userId !== undefined && `m.user_id = ${params.add(filter.userId)}`,
        filter.statuses !== undefined && `m.request_status = ANY(${params.add(filter.statuses)}::text[])`,
      ];
      return selectSlice(
        database,
        {
          select: MEMBERSHIP_COLUMNS,
          from: `FROM group_memberships m ${whereAll(conditions)}`,
          // The memory store reads a missing request time as the epoch.
          orderBy: `ORDER BY coalesce(m.requested_at, 'epoch'::timestamptz) DESC, m.id DESC`,
          params,
          map: toMembership,
        },
        slice,
      );
    },
    changeMembership: (target, decide) => database.transaction((tx) => changeUnderLock(tx, target, decide)),
  };
}
