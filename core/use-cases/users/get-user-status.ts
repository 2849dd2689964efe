import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { notFound } from '../../rules/errors.js';

/** Seed 003: online while any chat socket is open; `last_seen` is now while online, else the last close. */
export const getUserStatus: UseCase<typeof contract.users.getStatus> = async ({ params }, context) => {
  const user = await context.store.users.findById(params.id);
  if (!user || user.status === 'deleted') return notFound();
  const isOnline = await context.presence.isOnline(user.id);
  const lastSeen = isOnline ? context.clock.now() : user.lastSeenAt;
  return { status: 200, body: { is_online: isOnline, last_seen: lastSeen?.toISOString() ?? null } };
};
