import type { SqlClient } from './database.js';
import { batchedRead } from './read-batch.js';
import type { SqlParams } from './sql-listing.js';

/** A page of rows, its total, and reads of the rows the page mentions, as one statement builds them. */
export interface PageQuery<Related extends string> {
  /** SELECT …: the page's rows, ordered and limited, over `params`. */
  select: string;
  /** The page's order over its own column names (`start_time, id`), which its JSON array keeps. */
  order: string;
  params: SqlParams;
  /** The list's total as a scalar SQL expression over `params`, when the list shows one. */
  count?: string;
  /** Each related read: a SELECT over `params` that names the page's rows `page` (`… WHERE id IN (SELECT host_id FROM page)`). */
  related: Record<Related, string>;
}

/**
 * The page's rows and each related read's rows as JSON (timestamps as ISO text: revive them), with
 * the total when asked.
 */
export interface PageJson<Row, Related extends object> {
  count: number | null;
  rows: Row[];
  related: { [Name in keyof Related]: Related[Name][] };
}

/**
 * A page, its total and the rows it mentions (users, subjects, counts…) in one statement answering
 * one JSON value: one round trip and one snapshot for the whole list, and one JSON parse in place
 * of a driver's parse per column. Asked for in the same tick as other reads, it shares their
 * statement (`batchedRead`).
 */
export async function selectPage<Row, Related extends object>(
  client: SqlClient,
  query: PageQuery<keyof Related & string>,
): Promise<PageJson<Row, Related>> {
  const related = Object.entries<string>(query.related).map(
    ([name, select]) => `'${name}', (SELECT coalesce(json_agg(r), '[]') FROM (${select}) AS r)`,
  );
  const [result] = await batchedRead<{ page: PageJson<Row, Related> }>(client, {
    text: `WITH page AS MATERIALIZED (${query.select})
     SELECT json_build_object(
       'count', ${query.count === undefined ? 'NULL' : `(${query.count})::int`},
       'rows', (SELECT coalesce(json_agg(page ORDER BY ${query.order}), '[]') FROM page),
       'related', json_build_object(${related.join(', ')})
     ) AS page`,
    params: query.params.values,
  });
  if (!result) throw new Error('A page statement answered no row');
  return result.page;
}
