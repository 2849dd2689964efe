import type { Area, GeoPoint, NearbyRequest } from '../store.js';
import { FOREIGN_KEY_VIOLATION, RESTRICT_VIOLATION, sqlState, type SqlClient } from './database.js';
import { boundingBox, distanceKm, SqlParams } from './sql-listing.js';

/**
 * A delete refused by ON DELETE RESTRICT (recent servers; older ones and NO ACTION answer a
 * foreign-key violation): the row is still referenced.
 */
export const REFERENCED = {
  [FOREIGN_KEY_VIOLATION]: 'referenced',
  [RESTRICT_VIOLATION]: 'referenced',
} as const;

/** Each field of a record and the column that stores it (an allow-list written in code). */
export type ColumnNames<Fields> = { [Field in keyof Fields]-?: string };

/** The columns and values of the fields given (undefined ones left out), by the allow-list. */
export function columnValues<Fields extends object>(
  fields: Partial<Fields>,
  columns: ColumnNames<Fields>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of Object.keys(columns) as (keyof Fields)[]) {
    const value = fields[field];
    if (value !== undefined) values[columns[field]] = value;
  }
  return values;
}

/** A location as its two columns; nothing when the location is not being written. */
export function locationValues(location: GeoPoint | null | undefined): Record<string, number | null> {
  if (location === undefined) return {};
  return { latitude: location?.latitude ?? null, longitude: location?.longitude ?? null };
}

/** The location stored in two columns (both null, or both set). */
export function pointOf(row: { latitude: number | null; longitude: number | null }): GeoPoint | null {
  return row.latitude === null || row.longitude === null
    ? null
    : { latitude: row.latitude, longitude: row.longitude };
}

/** Inserts one row and answers it as `returning` selects it. */
export async function insertRow<Row extends object>(
  client: SqlClient,
  table: string,
  options: { values: Record<string, unknown>; returning: string },
): Promise<Row> {
  const columns = Object.keys(options.values);
  const placeholders = columns.map((_, index) => `$${index + 1}`);
  const [row] = await client.query<Row>(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders.join(', ')}) RETURNING ${options.returning}`,
    Object.values(options.values),
  );
  if (!row) throw new Error(`INSERT INTO ${table} returned no row`);
  return row;
}

/** Writes the values into the row with this id and answers it; null when there is no such row. */
export async function updateRow<Row extends object>(
  client: SqlClient,
  table: string,
  options: { id: number; values: Record<string, unknown>; returning: string },
): Promise<Row | null> {
  const columns = Object.keys(options.values);
  const assignments = columns.map((column, index) => `${column} = $${index + 2}`);
  const [row] = await client.query<Row>(
    assignments.length === 0
      ? `SELECT ${options.returning} FROM ${table} WHERE id = $1`
      : `UPDATE ${table} SET ${assignments.join(', ')} WHERE id = $1 RETURNING ${options.returning}`,
    [options.id, ...Object.values(options.values)],
  );
  return row ?? null;
}

/** The rows of `table` with these ids, one statement. */
export async function selectByIds<Row extends { id: number }>(
  client: SqlClient,
  table: string,
  options: { ids: number[]; columns: string },
): Promise<Row[]> {
  if (options.ids.length === 0) return [];
  return client.query<Row>(`SELECT ${options.columns} FROM ${table} WHERE id = ANY($1::int[])`, [
    options.ids,
  ]);
}

/** Rows whose coordinates lie in the area: the indexed bounding box, then the exact distance. */
export function withinArea(
  area: Area,
  params: SqlParams,
  columns = { latitude: 'latitude', longitude: 'longitude' },
): string {
  return `(${boundingBox(area, params, columns)} AND ${distanceKm(area, params, columns)} <= ${params.add(area.radiusKm)})`;
}

/** The rows with coordinates in the area, nearest first (ties by id), at most `request.limit`. */
export async function selectNearby<Row extends object>(
  client: SqlClient,
  table: string,
  options: { request: NearbyRequest; columns: string },
): Promise<(Row & { distance_km: number })[]> {
  const params = new SqlParams();
  const { request } = options;
  const distance = distanceKm(request, params);
  return client.query<Row & { distance_km: number }>(
    `SELECT * FROM (SELECT ${options.columns}, ${distance} AS distance_km FROM ${table}
       WHERE ${boundingBox(request, params)}) AS candidate
     WHERE distance_km <= ${params.add(request.radiusKm)}
     ORDER BY distance_km, id LIMIT ${params.add(request.limit)}`,
    params.values,
  );
}

/** The work's result, or the refusal its SQLSTATE maps to (a unique or foreign-key violation). */
export async function refuseOnViolation<Result, Refusal extends string>(
  work: Promise<Result>,
  refusals: Record<string, Refusal>,
): Promise<Result | Refusal> {
  try {
    return await work;
  } catch (error) {
    const refusal = refusals[sqlState(error) ?? ''];
    if (refusal !== undefined) return refusal;
    throw error;
  }
}

/**
 * An enum column in its declared order: the contract's options as one parameter, and the key
 * to order by. The parameter rides in a FROM item (`join`), because a list's count reuses the
 * FROM clause's parameters and a parameter used only in ORDER BY would not be bound there.
 */
export function declaredOrder(
  column: string,
  options: readonly string[],
  params: SqlParams,
): { join: string; key: string } {
  return {
    join: `CROSS JOIN (SELECT ${params.add(options)}::text[] AS options) AS declared`,
    key: `array_position(declared.options, ${column})`,
  };
}
