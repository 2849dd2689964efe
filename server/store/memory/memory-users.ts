import type { NewUser, UserRecord, UserRepo } from '../store.js';
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
          : table.insert({ ...user, lastActiveAt: null, location: null, lastSeenAt: null }),
      ),
    findById: (id) => Promise.resolve(table.get(id)),
    findByEmail: (email) => Promise.resolve(table.find(sameEmail(email))),
    findByIds: (ids) => Promise.resolve(table.getMany(ids)),
    update: (id, changes) => Promise.resolve(table.patch(id, changes)),
    countBySchool: (schoolIds) => Promise.resolve(countPer(table.all(), schoolIds, (user) => user.schoolId)),
  };
}
