import type { UserRecord } from '../../ports/store/store.js';
import type { CoreServices } from '../../context.js';
import { newUser } from '../../rules/people/new-user.js';

export interface StaffUserInput {
  email: string;
  password: string;
  fullName?: string;
}

/** Creates a staff account, or promotes (and re-passwords) the user who already has that email. */
export async function createStaffUser(
  input: StaffUserInput,
  services: Pick<CoreServices, 'store' | 'hasher' | 'clock'>,
): Promise<{ user: UserRecord; created: boolean }> {
  if (input.password.length < 8) throw new RangeError('A staff password needs at least 8 characters.');
  const passwordHash = await services.hasher.hash(input.password);
  const existing = await services.store.users.findByEmail(input.email);
  if (existing) {
    const promoted = await services.store.users.update(existing.id, {
      isStaff: true,
      passwordHash,
      status: 'active',
    });
    return { user: promoted ?? existing, created: false };
  }
  const created = await services.store.users.create(
    newUser({
      email: input.email,
      passwordHash,
      fullName: input.fullName ?? 'Staff',
      isStaff: true,
      createdAt: services.clock.now(),
    }),
  );
  if (created === 'email_taken') return createStaffUser(input, services);
  return { user: created, created: true };
}
