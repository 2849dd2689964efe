import type { UserStatus } from '@studymate/contract';
import type { UserRecord } from '../../ports/store/store.js';
import { announceAccessEnded } from '../../rules/chat-rooms/end-access.js';
import type { CoreServices } from '../../context.js';

/**
 * Sets an account's status, as every operator tool must: a banned or deleted user's tokens stop
 * working at once (authentication reads the status), and their open chat sockets close, in every room.
 * Null when there is no such user.
 */
export async function setUserStatus(
  userId: number,
  status: UserStatus,
  services: Pick<CoreServices, 'store' | 'events'>,
): Promise<UserRecord | null> {
  const user = await services.store.users.update(userId, { status });
  if (user && status !== 'active')
    announceAccessEnded(services, { reason: 'deactivated', userIds: [userId] });
  return user;
}
