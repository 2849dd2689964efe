import type { GeoPoint } from '@studymate/core';
import type { SqlParams } from './sql-listing.js';

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

/** The SET list of an UPDATE: `column = $n` for each column and value (columns from an allow-list). */
export function assignmentsOf(values: Record<string, unknown>, params: SqlParams): string[] {
  return Object.entries(values).map(([column, value]) => `${column} = ${params.add(value)}`);
}
