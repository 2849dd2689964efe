import { sqlState, type SqlClient } from './database.js';
import { assignmentsOf } from './sql-columns.js';
import { SqlParams } from './sql-listing.js';

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
  const params = new SqlParams();
  const id = params.add(options.id);
  const assignments = assignmentsOf(options.values, params);
  const [row] = await client.query<Row>(
    assignments.length === 0
      ? `SELECT ${options.returning} FROM ${table} WHERE id = ${id}`
      : `UPDATE ${table} SET ${assignments.join(', ')} WHERE id = ${id} RETURNING ${options.returning}`,
    params.values,
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
