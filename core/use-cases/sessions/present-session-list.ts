import type { SessionRecord } from '../../ports/store/store.js';
import type { CoreContext } from '../../context.js';
import { presentSessionListItem } from './present-session.js';
import { loadSessionViews } from '../../rules/sessions/session-view.js';

/** The list shape of many sessions, loaded in batched reads. */
export async function presentSessionList(sessions: SessionRecord[], context: CoreContext, now: Date) {
  const views = await loadSessionViews(sessions, { store: context.store, callerId: context.user.id, now });
  return views.map(presentSessionListItem);
}
