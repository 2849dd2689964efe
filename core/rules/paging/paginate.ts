import { MAX_PAGE_SIZE, type Paginated } from '@studymate/contract';
import type { Slice, SliceResult } from '../../ports/store/store.js';
import { notFound } from '../errors.js';

export interface PageRequest extends Slice {
  page: number;
  pageSize: number;
}

/** Reads `page` and `page_size` (clamped to 100) with the list's default size. */
export function pageRequest(query: { page?: number; page_size?: number }, defaultSize: number): PageRequest {
  const page = query.page ?? 1;
  const pageSize = Math.min(query.page_size ?? defaultSize, MAX_PAGE_SIZE);
  return { page, pageSize, offset: (page - 1) * pageSize, limit: pageSize };
}

/**
 * Builds the DRF envelope with absolute `next`/`previous` links, or the 404 for a page past the end.
 * Rows already in their response shape pass through when no `present` is given.
 */
export function toPage<Row, Item>(
  slice: SliceResult<Row>,
  request: PageRequest,
  options: { url: URL; present: (row: Row) => Item },
): PageResult<Item>;
export function toPage<Item>(
  slice: SliceResult<Item>,
  request: PageRequest,
  options: { url: URL },
): PageResult<Item>;
export function toPage<Row, Item>(
  { count, rows }: SliceResult<Row>,
  request: PageRequest,
  options: { url: URL; present?: (row: Row) => Item },
): PageResult<Item> {
  if (request.page > 1 && request.offset >= count) return notFound('Invalid page.');
  const present = options.present ?? ((row: Row) => row as unknown as Item);
  const body: Paginated<Item> = {
    count,
    next: request.offset + request.limit < count ? pageLink(options.url, request.page + 1) : null,
    previous: request.page > 1 ? pageLink(options.url, request.page - 1) : null,
    results: rows.map(present),
  };
  return { status: 200 as const, body };
}

type PageResult<Item> = ReturnType<typeof notFound> | { status: 200; body: Paginated<Item> };

function pageLink(url: URL, page: number): string {
  const link = new URL(url);
  if (page === 1) link.searchParams.delete('page');
  else link.searchParams.set('page', String(page));
  return link.toString();
}
