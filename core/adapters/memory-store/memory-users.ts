import type { NewUser, SchoolRecord, UserRecord, UserRepo } from '../../ports/store/store.js';
import type { MemoryForeignKeys } from './memory-foreign-keys.js';
import { GroupedRows, UniqueRows } from './memory-indexes.js';
import { GeoGrid } from './geo-grid.js';
import type { MemoryTable } from './table.js';

export function createMemoryUsers(
  tables: { users: MemoryTable<UserRecord>; schools: MemoryTable<SchoolRecord> },
  keys: MemoryForeignKeys,
): UserRepo {
  const table = tables.users;
  const byEmail = new UniqueRows((row: UserRecord) => row.email.toLowerCase());
  const bySchool = new GroupedRows((row: UserRecord) => row.schoolId);
  const located = new GeoGrid((row: UserRecord) => row.location);
  table.watch(byEmail, bySchool, located);
  keys.detach('school', (schoolId) => {
    for (const user of [...bySchool.of(schoolId).range()]) table.patch(user.id, { schoolId: null });
  });
  const withEmail = (email: string) => {
    const row = byEmail.get(email.toLowerCase());
    return row ? { ...row } : null;
  };
  return {
    create: (user: NewUser) =>
      Promise.resolve(
        withEmail(user.email)
          ? 'email_taken'
          : table.insert({
              ...user,
              lastActiveAt: null,
              location: null,
              lastSeenAt: null,
              passwordVersion: 0,
              passwordChangeSessionId: null,
            }),
      ),
    findById: (id) => Promise.resolve(table.get(id)),
    findByEmail: (email) => Promise.resolve(withEmail(email)),
    findByIds: (ids) => Promise.resolve(table.getMany(ids)),
    update: (id, changes) => Promise.resolve(table.patch(id, changes)),
    nearby: (filter, slice) => {
      const excluded = new Set(filter.excludeIds);
      const reachable = new Set(filter.friendsOfFriendsIds);
      // Discover counts every match, so the whole area is read.
      const found = located.nearest(
        { ...filter, limit: Number.POSITIVE_INFINITY },
        { keep: (user) => isCandidate(user, excluded, reachable) },
      );
      return Promise.resolve({
        count: found.length,
        rows: found.slice(slice.offset, slice.offset + slice.limit).map(({ row: user, distanceKm }) => ({
          user: { ...user },
          distanceKm,
          school: user.schoolId === null ? null : tables.schools.get(user.schoolId),
        })),
      });
    },
    countBySchool: (schoolIds) => Promise.resolve(new Map(schoolIds.map((id) => [id, bySchool.of(id).size]))),
  };
}

/** Discover's privacy rule as `NearbyUserFilter` states it: open always, friends_of_friends when listed, private never. */
function isCandidate(user: UserRecord, excluded: Set<number>, reachable: Set<number>): boolean {
  if (user.status !== 'active' || !user.location || excluded.has(user.id)) return false;
  if (user.privacyLevel === 'open') return true;
  return user.privacyLevel === 'friends_of_friends' && reachable.has(user.id);
}
