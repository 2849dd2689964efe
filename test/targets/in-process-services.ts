import type { UserStatus } from '../../contract/index.js';
import {
  createCoreServices,
  createManualClock,
  createPbkdf2PasswordHasher,
  silentLogger,
  type CoreServices,
} from '../../server/core/index.js';
import { createMemoryStore } from '../../server/store/memory/create-memory-store.js';
import { TEST_EPOCH, TEST_JWT_SECRET, TEST_PBKDF2_ITERATIONS } from './target.js';

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

export async function setStatusInStore(
  services: CoreServices,
  email: string,
  status: UserStatus,
): Promise<void> {
  const user = await services.store.users.findByEmail(email);
  if (!user) throw new Error(`No user ${email}`);
  await services.store.users.update(user.id, { status });
}
