import type { SqlClient } from './database.js';
import { reviveTimestamps, timestampOfJson } from './json-rows.js';
import { batchedRead } from './read-batch.js';
import type { SqlParams } from './sql-listing.js';

/**
 * A read whose rows travel column by column: one JSON array per column (`columns`: its output
 * names, in order). Postgres writes a column's values with one type lookup and the names once,
 * where `json_agg` of rows looks each field's type up again and repeats every name on every row
 * (the sessions list of 20: about 240 -> 180 us of backend CPU, 16 -> 8 kB of JSON to parse).
 */
interface ColumnarSelect {
  select: string;
  columns: readonly string[];
  /** The timestamptz columns among them: they travel as epoch milliseconds and come back as Dates. */
  timestamps?: readonly string[];
}

/** A page of rows, its total, and reads of the rows the page mentions, as one statement builds them. */
export interface PageQuery<Related extends string> {
  /** SELECT …: the page's rows, ordered and limited, over `params`. */
  select: string;
  /** The page's order over its own column names (`start_time, id`), which its JSON array keeps. */
  order: string;
  /** The output names of the page's columns: when given, the page travels column by column. */
  columns?: readonly string[];
  /** The timestamptz columns of the page, which come back as Dates. */
  timestamps?: readonly string[];
  params: SqlParams;
  /** The list's total as a scalar SQL expression over `params`, when the list shows one. */
  count?: string;
  /**
   * Each related read: a SELECT over `params` that names the page's rows `page` (`… WHERE id IN
   * (SELECT host_id FROM page)`), or one with its columns, for reads of many rows.
   */
  related: Record<Related, string | ColumnarSelect>;
}

/**
 * The page's rows and each related read's rows as JSON, with the total when asked. Timestamps are
 * Dates where the query names them (`timestamps`), and ISO text elsewhere: revive those.
 */
export interface PageJson<Row, Related extends object> {
  count: number | null;
  rows: Row[];
  related: { [Name in keyof Related]: Related[Name][] };
}

const COLUMN_NAME = /^[a-z_][a-z0-9_]*$/;

/** A column name for SQL text and a compiled row builder: lower-case letters, digits and `_` only. */
function checkedColumn(column: string): string {
  if (!COLUMN_NAME.test(column)) throw new Error(`Not a column name: ${column}`);
  return column;
}

const columnArrays = new WeakMap<readonly string[], Map<string, string>>();
const NO_TIMESTAMPS: readonly string[] = [];

/**
 * A timestamptz as milliseconds since the epoch, truncated as `new Date(text)` truncates: a JSON
 * number is parsed faster than the ISO text, and becomes a Date without being read. Truncated to
 * the millisecond (in UTC, whatever the session's time zone) before `extract`, so the answer is
 * exact whether `extract` gives numeric (Postgres 14 and later) or float8 (before).
 */
const epochMilliseconds = (column: string) =>
  `round(extract(epoch FROM date_trunc('milliseconds', ${column} AT TIME ZONE 'UTC')) * 1000)`;

/** One JSON object of an array per column (each null when there are no rows), in the rows' order. */
function columnsJson({ select, columns, timestamps = NO_TIMESTAMPS }: ColumnarSelect): string {
  // Written once per column list (a constant of its store): not rebuilt and re-checked per request.
  let written = columnArrays.get(columns);
  if (written === undefined) {
    written = new Map();
    columnArrays.set(columns, written);
  }
  const timestampsKey = timestamps.join(',');
  let arrays = written.get(timestampsKey);
  if (arrays === undefined) {
    arrays = columns
      .map((column) => {
        const value = `r.${checkedColumn(column)}`;
        return `'${column}', array_agg(${timestamps.includes(column) ? epochMilliseconds(value) : value})`;
      })
      .join(', ');
    written.set(timestampsKey, arrays);
  }
  return `(SELECT json_build_object(${arrays}) FROM (${select}) AS r)`;
}

/** Builds row `index` of the column arrays, one property per column in order. */
type RowBuilder = (arrays: unknown[][], index: number) => object;

const rowBuilders = new WeakMap<readonly string[], RowBuilder>();

/**
 * A row builder for these (checked) column names, compiled once per column list: an object
 * literal gets its shape at once, where properties set by computed names take V8's slow path (a
 * 20-session page: 43 -> 21 us to parse and build, against 35 us to parse it as `json_agg` rows).
 */
function rowBuilder(columns: readonly string[]): RowBuilder {
  let builder = rowBuilders.get(columns);
  if (!builder) {
    const fields = columns.map(checkedColumn).map((column, at) => `${column}: arrays[${at}][index]`);
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- plain column names, checked above
    builder = new Function('arrays', 'index', `return { ${fields.join(', ')} };`) as RowBuilder;
    rowBuilders.set(columns, builder);
  }
  return builder;
}

/**
 * The rows of `columnsJson`'s object, each with its columns in order, its timestamp columns as
 * Dates: read array by array, before the rows are built (no per-row store by a computed name).
 * A timestamp that is no finite number of milliseconds (`infinity`) arrives as text and goes to
 * `timestampOfJson`, as text from a row would.
 */
function rowsOfColumns(
  { columns, timestamps = [] }: Omit<ColumnarSelect, 'select'>,
  json: Record<string, unknown[] | null>,
): object[] {
  for (const column of timestamps) {
    const values = json[column];
    if (!values) continue;
    for (let index = 0; index < values.length; index += 1) {
      const value = values[index];
      if (typeof value === 'number') values[index] = new Date(value);
      else if (typeof value === 'string') values[index] = timestampOfJson(value);
    }
  }
  const arrays = columns.map((column) => json[column] ?? []);
  const length = arrays[0]?.length ?? 0;
  const build = rowBuilder(columns);
  const rows: object[] = new Array<object>(length);
  for (let index = 0; index < length; index += 1) rows[index] = build(arrays, index);
  return rows;
}

/** A related read's rows from its JSON: as they are, or rebuilt from a columnar read's arrays. */
const rowsOfRead = (read: string | ColumnarSelect, json: unknown) =>
  typeof read === 'string' ? json : rowsOfColumns(read, json as Record<string, unknown[] | null>);

const rowsJson = (read: string | ColumnarSelect) =>
  typeof read === 'string' ? `(SELECT coalesce(json_agg(r), '[]') FROM (${read}) AS r)` : columnsJson(read);

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
  const reads = Object.entries<string | ColumnarSelect>(query.related);
  const related = reads.map(([name, read]) => `'${name}', ${rowsJson(read)}`);
  // A columnar page reads its rows from a sorted subquery: a plain aggregate over one sorted input
  // takes its rows in that order (one sort, where `ORDER BY` in each column's aggregate sorts each).
  const rows = query.columns
    ? columnsJson({
        select: `SELECT * FROM page ORDER BY ${query.order}`,
        columns: query.columns,
        timestamps: query.timestamps,
      })
    : `(SELECT coalesce(json_agg(page ORDER BY ${query.order}), '[]') FROM page)`;
  const [result] = await batchedRead<{ page: PageJson<Row, Related> }>(client, {
    text: `WITH page AS MATERIALIZED (${query.select})
     SELECT json_build_object(
       'count', ${query.count === undefined ? 'NULL' : `(${query.count})::int`},
       'rows', ${rows},
       'related', json_build_object(${related.join(', ')})
     ) AS page`,
    params: query.params.values,
  });
  if (!result) throw new Error('A page statement answered no row');
  const { page } = result;
  const { columns, timestamps } = query;
  return {
    count: page.count,
    rows: (columns
      ? rowsOfColumns({ columns, timestamps }, page.rows as never)
      : reviveTimestamps(page.rows as object[], timestamps ?? [])) as Row[],
    related: Object.fromEntries(
      reads.map(([name, read]) => [name, rowsOfRead(read, (page.related as Record<string, unknown>)[name])]),
    ) as PageJson<Row, Related>['related'],
  };
}
