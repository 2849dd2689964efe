import type { GroupRecord } from '../../store/store.js';
import type { CoreContext } from '../context.js';
import { forbidden, type notFound } from '../errors.js';
import { findVisibleGroup } from '../groups/find-group.js';
import { isActiveMember } from '../groups/group-rules.js';

type Found =
  | { ok: true; group: GroupRecord; now: Date }
  | { ok: false; response: ReturnType<typeof notFound> | ReturnType<typeof forbidden> };

/** Only active members read or send a group's messages (REST and WebSocket alike). */
export async function findGroupConversation(groupId: number, context: CoreContext): Promise<Found> {
  const found = await findVisibleGroup(groupId, context);
  if (!found.ok) return found;
  if (!isActiveMember(found.membership)) {
    return { ok: false, response: forbidden('Only active members can read or send messages in this group.') };
  }
  return { ok: true, group: found.group, now: found.now };
}
