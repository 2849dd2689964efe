import { distanceInMetres } from '../../rules/geo/great-circle.js';
import type { Area, GeoPoint, NearbyRequest, Slice, SliceResult, Sort } from '../../ports/store/store.js';

type SortKey = string | number | Date | null;

/** The store port's order: by the key, null after every value, ties by id, all in the sort's direction. */
export function orderBy<Row extends { id: number }>(
  sort: Pick<Sort<string>, 'descending'>,
  keyOf: (row: Row) => SortKey,
): (a: Row, b: Row) => number {
  const direction = sort.descending ? -1 : 1;
  return (a, b) => direction * (compareKeys(keyOf(a), keyOf(b)) || a.id - b.id);
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'string' && typeof b === 'string') return compareText(a, b);
  return Number(a) - Number(b);
}

/** Case-insensitive first, then by code point: what SQL's `lower(x) COLLATE "C", x COLLATE "C"` does. */
function compareText(a: string, b: string): number {
  const [lowerA, lowerB] = [a.toLowerCase(), b.toLowerCase()];
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

/** Case-insensitive "contains" in any of the texts; no needle matches everything. */
export function containsText(texts: (string | null | undefined)[], needle: string | undefined): boolean {
  if (!needle) return true;
  const wanted = needle.toLowerCase();
  return texts.some((text) => text?.toLowerCase().includes(wanted));
}

/** The distance in km when the point lies in the area, else null. */
export function distanceWithin(area: Area, point: GeoPoint | null): number | null {
  if (!point) return null;
  const distanceKm = distanceInMetres(area.center, point) / 1000;
  return distanceKm <= area.radiusKm ? distanceKm : null;
}

/** The rows with a location in the area, nearest first (ties by id), at most `limit`. */
export function nearest<Row extends { id: number; location: GeoPoint | null }>(
  rows: Row[],
  { limit, ...area }: NearbyRequest,
): { row: Row; distanceKm: number }[] {
  return rows
    .flatMap((row) => {
      const distanceKm = distanceWithin(area, row.location);
      return distanceKm === null ? [] : [{ row, distanceKm }];
    })
    .sort((a, b) => a.distanceKm - b.distanceKm || a.row.id - b.row.id)
    .slice(0, limit);
}

export function sliceOf<Row>(rows: Row[], slice: Slice): SliceResult<Row> {
  return { count: rows.length, rows: rows.slice(slice.offset, slice.offset + slice.limit) };
}

/** Counts rows per key, for the keys asked (zero included). */
export function countPer<Row>(rows: Row[], ids: number[], keyOf: (row: Row) => number | null) {
  const counts = new Map(ids.map((id) => [id, 0]));
  for (const row of rows) {
    const key = keyOf(row);
    const current = key === null ? undefined : counts.get(key);
    if (key !== null && current !== undefined) counts.set(key, current + 1);
  }
  return counts;
}
