import {
  createCoreServices,
  createManualClock,
  createPbkdf2PasswordHasher,
  setUserStatus,
  silentLogger,
  type CoreServices,
} from '../../core/index.js';
import { createMemoryStore } from '../../core/adapters/memory-store/create-memory-store.js';
import type { Store, UserChanges } from '../../core/ports/store/store.js';
import { TEST_EPOCH, TEST_JWT_SECRET, TEST_PBKDF2_ITERATIONS, type Target } from './target.js';

/** Identical services for every in-process target, so targets differ only in transport. */
export function createTestServices(
  store: Store = createMemoryStore(),
): CoreServices & { clock: ReturnType<typeof createManualClock> } {
  const clock = createManualClock(TEST_EPOCH);
  const services = createCoreServices({
    store,
    clock,
    hasher: createPbkdf2PasswordHasher(TEST_PBKDF2_ITERATIONS),
    logger: silentLogger,
    config: { jwtSecret: TEST_JWT_SECRET },
  });
  return { ...services, clock };
}

/** The back-office half of a Target, straight on the store of an in-process target. */
export function backOffice(
  services: CoreServices,
): Pick<Target, 'setUserStatus' | 'makeStaff' | 'addSchool' | 'addSubject' | 'addConnectionRequest'> {
  return {
    // Through core, as an operator tool must: the status changes and the user's sockets close.
    setUserStatus: async (email, status) => {
      const user = await services.store.users.findByEmail(email);
      if (!user) throw new Error(`No user ${email}`);
      await setUserStatus(user.id, status, services);
    },
    makeStaff: (email) => updateUserInStore(services, email, { isStaff: true }),
    addSchool: async ({ name, short_name }) => {
      const now = services.clock.now();
      return services.store.schools.create({
        ...{ name, shortName: short_name ?? name, address: '', cityId: null, location: null },
        ...{ website: '', email: '', phone: '', createdAt: now, updatedAt: now },
      });
    },
    addSubject: async ({ code, name_en, name_vi, level }) => {
      const now = services.clock.now();
      const subject = await services.store.subjects.create({
        code,
        nameEn: name_en,
        nameVi: name_vi ?? name_en,
        level: level ?? 'beginner',
        createdAt: now,
        updatedAt: now,
      });
      if (subject === 'code_taken') throw new Error(`Subject code ${code} is taken`);
      return { id: subject.id, code, name_en, name_vi: subject.nameVi, level: subject.level };
    },
    addConnectionRequest: async ({ senderId, receiverId, state }) => {
      const now = services.clock.now();
      await services.store.connectionRequests.create({
        senderId,
        receiverId,
        state,
        message: '',
        createdAt: now,
        updatedAt: now,
        acceptedAt: state === 'accepted' ? now : null,
        rejectedAt: state === 'rejected' ? now : null,
        blockedById: state === 'blocked' ? senderId : null,
      });
    },
  };
}

async function updateUserInStore(services: CoreServices, email: string, changes: UserChanges): Promise<void> {
  const user = await services.store.users.findByEmail(email);
  if (!user) throw new Error(`No user ${email}`);
  await services.store.users.update(user.id, changes);
}
