import type { UserStatus } from '../../contract/index.js';
import {
  createCoreServices,
  createManualClock,
  createPbkdf2PasswordHasher,
  silentLogger,
  type CoreServices,
} from '../../server/core/index.js';
import { createMemoryStore } from '../../server/store/memory/create-memory-store.js';
import { TEST_EPOCH, TEST_JWT_SECRET, TEST_PBKDF2_ITERATIONS, type Target } from './target.js';

/** Identical services for every in-process target, so targets differ only in transport. */
export function createTestServices(): CoreServices & { clock: ReturnType<typeof createManualClock> } {
  const clock = createManualClock(TEST_EPOCH);
  const services = createCoreServices({
    store: createMemoryStore(),
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
): Pick<Target, 'setUserStatus' | 'addSchool' | 'addSubject' | 'addConnectionRequest'> {
  return {
    setUserStatus: (email, status) => setStatusInStore(services, email, status),
    addSchool: async ({ name, short_name }) =>
      services.store.schools.create({ name, shortName: short_name ?? name }),
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

async function setStatusInStore(services: CoreServices, email: string, status: UserStatus): Promise<void> {
  const user = await services.store.users.findByEmail(email);
  if (!user) throw new Error(`No user ${email}`);
  await services.store.users.update(user.id, { status });
}
