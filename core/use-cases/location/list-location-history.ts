import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { pageRequest, toPage } from '../../rules/paging/paginate.js';
import { presentHistoryItem } from './present-history.js';

const HISTORY_PAGE_SIZE = 50;

/** The caller's history rows, newest first, 50 a page (`limit` is an alias of `page_size`). */
export const listLocationHistory: UseCase<typeof contract.location.listHistory> = async (
  { query },
  context,
) => {
  const page = pageRequest(
    { page: query.page, page_size: query.page_size ?? query.limit },
    HISTORY_PAGE_SIZE,
  );
  const slice = await context.store.locations.list(
    {
      userId: context.user.id,
      ...(query.from_date && { from: new Date(query.from_date) }),
      ...(query.to_date && { to: new Date(query.to_date) }),
    },
    page,
  );
  return toPage(slice, page, { url: context.url, present: presentHistoryItem });
};
