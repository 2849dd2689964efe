import { distanceInMetres } from '../../rules/geo/great-circle.js';
import type { NearbyUserFilter, NewUser, UserRecord, UserRepo } from '../../ports/store/store.js';
import type { MemoryForeignKeys } from './memory-foreign-keys.js';
import { countPer } from './memory-listing.js';
import { MemoryTable } from './table.js';

export function createMemoryUsers(keys: MemoryForeignKeys): UserRepo {
  const table = new MemoryTable<UserRecord>();
  keys.detach('school', (schoolId) => {
    for (const user of table.filter((row) => row.schoolId === schoolId))
      table.patch(user.id, { schoolId: null });
  });
  const sameEmail = (email: string) => (row: UserRecord) => row.email.toLowerCase() === email.toLowerCase();
  return {
    create: (user: NewUser) =>
      Promise.resolve(
        table.find(sameEmail(user.email))
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
    findByEmail: (email) => Promise.resolve(table.find(sameEmail(email))),
    findByIds: (ids) => Promise.resolve(table.getMany(ids)),
    update: (id, changes) => Promise.resolve(table.patch(id, changes)),
    nearby: (filter, slice) => {
      const rows = table
        .filter((user) => isCandidate(user, filter))
        .flatMap((user) => {
          const distanceKm = user.location ? distanceInMetres(filter.center, user.location) / 1000 : Infinity;
          return distanceKm <= filter.radiusKm ? [{ user, distanceKm }] : [];
        })
        .sort((a, b) => a.distanceKm - b.distanceKm || a.user.id - b.user.id);
      return Promise.resolve({
        count: rows.length,
        rows: rows.slice(slice.offset, slice.offset + slice.limit),
      });
    },
    countBySchool: (schoolIds) => Promise.resolve(countPer(table.all(), schoolIds, (user) => user.schoolId)),
  };
}

/** Discover's privacy rule as the filter states it: open always, friends_of_friends when listed, private never. */
function isCandidate(user: UserRecord, filter: NearbyUserFilter): boolean {
  if (user.status !== 'active' || !user.location || filter.excludeIds.includes(user.id)) return false;
  if (user.privacyLevel === 'open') return true;
  return user.privacyLevel === 'friends_of_friends' && filter.friendsOfFriendsIds.includes(user.id);
}
