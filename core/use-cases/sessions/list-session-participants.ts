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
  const page = pageRequest(query, PARTICIPANTS_PAGE_SIZE);
  // Both at once (one statement where the store batches reads); the page is dropped on a 404.
  const [found, slice] = await Promise.all([
    findSession(params.id, context),
    context.store.sessions.listParticipants(params.id, page),
  ]);
  if (!found.ok) return found.response;
  return toPage(slice, page, {
    url: context.url,
    present: ({ participant, user }) =>
      presentParticipant(participant, { user, sessionStatus: found.status }),
  });
};
