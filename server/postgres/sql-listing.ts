import type { Slice, SliceResult, Sort } from '@studymate/core';
import { readAgainIfLost, type SqlClient } from './database.js';

/**
 * Parameters of one statement: `add(value)` answers its placeholder (`$1`, `$2`, …), so a
 * query built from optional filters never miscounts them.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A count written into a statement's text: a non-negative safe integer, never anything else. */
export function literalCount(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`Not a row count: ${value}`);
  return String(value);
}

/**
 * A page's LIMIT and OFFSET. The limit is written into the text (page sizes: a hundred or so
 * distinct values), and so is an offset of 0 (the first page, most requests): the planner then
 * knows how few rows the page needs, so a named statement's generic plan is as good as a custom
 * one and Postgres plans it once per connection. With a parameter LIMIT it assumes a tenth of the
 * table, which makes a generic plan scan whole tables to join a 20-row page, so it planned every
 * execution instead (0.6 ms of a list at 100,000 sessions). Other offsets stay parameters.
 */
export function sliceClause(slice: Slice, params: SqlParams): string {
  const limit = `LIMIT ${literalCount(slice.limit)}`;
  return slice.offset === 0 ? limit : `${limit} OFFSET ${params.add(slice.offset)}`;
}

/** AND of the conditions given; an empty list matches every row. */
export const whereAll = (conditions: (string | false | undefined)[]): string => {
  const kept = conditions.filter((condition): condition is string => Boolean(condition));
  return kept.length === 0 ? '' : `WHERE ${kept.join(' AND ')}`;
};

/**
 * The store port's order (see `Sort`): the field's SQL expression from an allow-list, nulls as
 * the largest value (Postgres' default), ties by id in the same direction.
 */
export function orderBySort<Field extends string>(
  sort: Sort<Field>,
  expressions: Record<Field, string | string[]>,
  idColumn = 'id',
): string {
  const direction = sort.descending ? 'DESC' : 'ASC';
  const keys = [expressions[sort.field], idColumn].flat();
  return `ORDER BY ${keys.map((key) => `${key} ${direction}`).join(', ')}`;
}

/**
 * Text order shared with the memory store: case-insensitive first, then by code point, in the
 * "C" collation so that every server orders alike.
 */
export const textOrder = (column: string): string[] => [
  `lower(${column}) COLLATE "C"`,
  `${column} COLLATE "C"`,
];

/** Case-insensitive "contains" in any of the columns; the needle's % and _ match themselves. */
export function containsText(
  columns: string[],
  needle: string | undefined,
  params: SqlParams,
): string | false {
  if (!needle) return false;
  const pattern = params.add(`%${needle.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`);
  return `(${columns.map((column) => `lower(${column}) LIKE ${pattern}`).join(' OR ')})`;
}

/** A list query in parts, so that a page and its count share the same FROM and WHERE. */
export interface SliceQuery<Row, Result> {
  select: string;
  /** FROM … WHERE …, with placeholders from `params`. */
  from: string;
  orderBy: string;
  params: SqlParams;
  /** The selected row (its columns as the SQL names them) as the port's record. */
  map: (row: Row) => Result;
  /**
   * The total as a scalar SQL expression over `params`, when something cheaper than counting
   * the rows of `from` knows it (counters the writes keep); by default `(SELECT count(*) from)`.
   */
  count?: string;
}

/**
 * One page and the total in one statement, past the last page too: the total is a subquery of
 * its own (an index-only count, or `count`), never a window over every matching row, and the
 * page is joined to its one row (a nested loop over one row keeps the page's order).
 */
export async function selectSlice<Row extends object, Result>(
  client: SqlClient,
  query: SliceQuery<Row, Result>,
  slice: Slice,
): Promise<SliceResult<Result>> {
  const { params } = query;
  const total = query.count ?? `(SELECT count(*) ${query.from})`;
  const page = `SELECT ${query.select}, true AS slice_row ${query.from} ${query.orderBy} ${sliceClause(slice, params)}`;
  const rows = await readAgainIfLost<Row & { total_count: number; slice_row: boolean | null }>(
    client,
    `SELECT page.*, total.total_count FROM (SELECT (${total})::int AS total_count) AS total
     LEFT JOIN (${page}) AS page ON true`,
    params.values,
  );
  return {
    count: rows[0]?.total_count ?? 0,
    rows: rows.filter((row) => row.slice_row !== null).map(query.map),
  };
}

/**
 * An enum column in its declared order: the position of its value among the contract's options,
 * passed as one parameter (the contract stays the only place the order is written).
 */
export const declaredOrder = (column: string, options: readonly string[], params: SqlParams): string =>
  `array_position(${params.add(options)}::text[], ${column})`;

/** Counts per key from grouped rows, every asked key present (zero when absent). */
export function countsByKey(ids: number[], rows: { key: number; count: number }[]): Map<number, number> {
  const counts = new Map(ids.map((id) => [id, 0]));
  for (const row of rows) if (counts.has(row.key)) counts.set(row.key, row.count);
  return counts;
}
