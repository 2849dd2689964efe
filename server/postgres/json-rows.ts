/**
 * Rows read as JSON (`json_agg`) carry timestamptz columns as ISO text: these become Dates again,
 * in place, as the driver would have parsed them. Every other column type the store reads (int,
 * double precision, text, boolean, and dates cast to text) reads the same from JSON as from a row.
 */
export function reviveTimestamps<Row extends object>(rows: Row[], timestamps: readonly string[]): Row[] {
  if (timestamps.length === 0) return rows;
  for (const row of rows as Record<string, unknown>[]) {
    for (const column of timestamps) {
      const value = row[column];
      if (typeof value === 'string') row[column] = new Date(value);
    }
  }
  return rows;
}
