import { z } from 'zod';
import { integerTextSchema, MAX_INTEGER } from './common.js';

/** The largest page a list endpoint serves; larger `page_size` values are clamped to it. */
export const MAX_PAGE_SIZE = 100;

/**
 * A page number or size in a query: a positive integer written as plain decimal digits, like an
 * id (`page=1.0` or `page=0x2` is a 400), so that one page has one URL.
 */
export const PageNumberSchema = integerTextSchema(z.number().int().min(1).max(MAX_INTEGER));

/** DRF page-number pagination query parameters, shared by every paginated list. */
export const PaginationQuerySchema = z.object({
  /** 1-based page number. @default 1 */
  page: PageNumberSchema.optional().describe('Page number (default 1).'),
  /** Items per page; clamped to 100. The default depends on the list (10, 12 or 50). */
  page_size: PageNumberSchema.optional().describe('Items per page (max 100).'),
});
export type PaginationQuery = z.infer<typeof PaginationQuerySchema>;

/** The same, plus `limit`, an alias of `page_size`, on the lists that take one (50 a page). */
export const LimitedPaginationQuerySchema = PaginationQuerySchema.extend({
  limit: PageNumberSchema.optional().describe('Alias of page_size (default 50).'),
});

/**
 * The DRF pagination envelope around a list of `item`.
 * `next` / `previous` are absolute URLs built from the request, or `null`.
 */
export function paginatedSchema<Item extends z.ZodTypeAny>(item: Item) {
  return z.object({
    count: z.number().int().min(0),
    next: z.string().nullable(),
    previous: z.string().nullable(),
    results: z.array(item),
  });
}

/** A page of results as the API returns it. */
export interface Paginated<Item> {
  count: number;
  next: string | null;
  previous: string | null;
  results: Item[];
}
