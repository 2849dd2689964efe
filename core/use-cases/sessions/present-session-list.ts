import type { ListedSession } from '../../ports/store/store.js';
import type { CoreContext } from '../../context.js';
import { presentSessionListItem } from './present-session.js';
import { sessionViewsOf } from '../../rules/sessions/session-view.js';

/** The list shape of sessions the store read with their related rows. */
export function presentSessionList(listed: ListedSession[], context: CoreContext, now: Date) {
  return sessionViewsOf(listed, { callerId: context.user.id, now }).map(presentSessionListItem);
}
