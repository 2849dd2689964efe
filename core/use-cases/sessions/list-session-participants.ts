import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { pageRequest, toPage } from '../../rules/paging/paginate.js';
import { findSession } from './find-session.js';
import { presentParticipant } from './present-participant.js';

const PARTICIPANTS_PAGE_SIZE = 12;

/** A session's participant rows in joining order, 12 a page, with their users. */
export const listSessionParticipants: UseCase<typeof contract.sessions.participants> = async (
  { params, query },
  context,
) => {
  const found = await findSession(params.id, context);
  if (!found.ok) return found.response;
  const page = pageRequest(query, PARTICIPANTS_PAGE_SIZE);
  const slice = await context.store.sessions.listParticipants(params.id, page);
  const users = await context.store.users.findByIds([...new Set(slice.rows.map((row) => row.userId))]);
  return toPage(slice, page, {
    url: context.url,
    present: (row) => {
      const user = users.get(row.userId);
      if (!user) throw new Error(`Participant ${row.id} has no user ${row.userId}`);
      return presentParticipant(row, { user, sessionStatus: found.status });
    },
  });
};
