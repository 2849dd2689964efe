import { distanceInMetres } from '../../rules/geo/great-circle.js';
import type { Area, GeoPoint, NearbyRequest } from '../../ports/store/store.js';
import { SortedRows, type Key, type RowWatcher } from './memory-indexes.js';

const CELL_DEGREES = 0.05;
const LONGITUDE_CELLS = Math.round(360 / CELL_DEGREES);
const KM_PER_RADIAN = 6371.0088;
const RADIANS_PER_DEGREE = Math.PI / 180;

/** A row found in an area, with its great-circle distance from the centre. */
export interface Located<Row> {
  row: Row;
  distanceKm: number;
}

/** Which rows of each cell to read: all, or those whose order key is at or after `from`. */
export interface CellFilter<Row> {
  keep?: (row: Row) => boolean;
  from?: Key;
}

/** The cells an area's bounding box touches: latitude rows and (unwrapped) longitude columns. */
interface Box {
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
  centerRow: number;
  centerColumn: number;
  /** cos φ₁ × cos φ₂ at its least: the centre's latitude and the box's most poleward one. */
  cosines: number;
}

const rowOf = (latitude: number) => Math.floor((latitude + 90) / CELL_DEGREES);
const columnOf = (longitude: number) => Math.floor((longitude + 180) / CELL_DEGREES);
const wrapColumn = (column: number) => ((column % LONGITUDE_CELLS) + LONGITUDE_CELLS) % LONGITUDE_CELLS;
const keyOf = (row: number, column: number) => row * LONGITUDE_CELLS + wrapColumn(column);

/**
 * Rows by where they are, in cells of 0.05° of latitude by 0.05° of longitude (about 5.5 km by
 * 3.4 km at 52°N), each cell's rows in the order of `orderBy` (by id without it), so that a
 * search can skip the start of every cell (sessions that ended long ago).
 *
 * `candidates` reads every cell the area's bounding box touches: O(rows in the area), for the
 * lists that count every match. `nearest` walks the cells in rings around the centre's and stops
 * once no cell left can hold a row nearer than the page's last: O(page + cells walked).
 */
export class GeoGrid<Row extends { id: number }> implements RowWatcher<Row> {
  private readonly cells = new Map<number, SortedRows<Row>>();

  constructor(
    private readonly pointOf: (row: Row) => GeoPoint | null,
    private readonly orderBy?: (row: Row) => Key,
  ) {}

  private static cellKey(point: GeoPoint): number {
    return keyOf(rowOf(point.latitude), columnOf(point.longitude));
  }

  add(row: Row): void {
    const point = this.pointOf(row);
    if (!point) return;
    const key = GeoGrid.cellKey(point);
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = new SortedRows(this.orderBy)));
    cell.add(row);
  }

  remove(row: Row): void {
    const point = this.pointOf(row);
    if (!point) return;
    const key = GeoGrid.cellKey(point);
    const cell = this.cells.get(key);
    cell?.remove(row);
    if (cell?.size === 0) this.cells.delete(key);
  }

  /** Every row in a cell the area's bounding box touches (each once); all rows when the box covers a pole or the globe. */
  *candidates(area: Area): Generator<Row> {
    for (const [, cell] of this.cellsOf(this.box(area))) yield* cell.range();
  }

  /**
   * The rows kept within the area, nearest first (ties by id), at most `limit`. Cells are read
   * ring by ring around the centre's cell; before each ring, the walk stops when it holds
   * `limit` rows and the ring's lower bound on distance is beyond the last of them.
   */
  nearest({ limit, ...area }: NearbyRequest, { keep, from }: CellFilter<Row> = {}): Located<Row>[] {
    let found: Located<Row>[] = [];
    const byDistance = (a: Located<Row>, b: Located<Row>) =>
      a.distanceKm - b.distanceKm || a.row.id - b.row.id;
    let ring = 0;
    const box = this.box(area);
    for (const [cellRing, cell] of this.cellsOf(box)) {
      if (cellRing !== ring) {
        ring = cellRing;
        if (found.length >= limit) {
          found = found.sort(byDistance).slice(0, limit);
          if (box && ringLowerBoundKm(box, ring) > (found[limit - 1]?.distanceKm ?? Infinity)) break;
        }
        if (box && ringLowerBoundKm(box, ring) > area.radiusKm) break;
      }
      const first = from === undefined ? 0 : cell.bound(from);
      for (const row of cell.range(first)) {
        if (keep && !keep(row)) continue;
        const point = this.pointOf(row);
        if (!point) continue;
        const distanceKm = distanceInMetres(area.center, point) / 1000;
        if (distanceKm <= area.radiusKm) found.push({ row, distanceKm });
      }
    }
    return found.sort(byDistance).slice(0, limit);
  }

  /** The bounding box of the area in cells, or null when it covers a pole or the globe. */
  private box({ center, radiusKm }: Area): Box | null {
    const angle = (radiusKm / KM_PER_RADIAN) * 1.001 + 1e-9;
    const latitude = center.latitude * RADIANS_PER_DEGREE;
    const south = latitude - angle;
    const north = latitude + angle;
    const sinRatio = Math.sin(angle) / Math.cos(latitude);
    if (south <= -Math.PI / 2 || north >= Math.PI / 2 || sinRatio >= 1) return null;
    const longitudeSpan = Math.asin(sinRatio) / RADIANS_PER_DEGREE;
    const firstColumn = columnOf(center.longitude - longitudeSpan);
    return {
      firstRow: rowOf(south / RADIANS_PER_DEGREE),
      lastRow: rowOf(north / RADIANS_PER_DEGREE),
      firstColumn,
      lastColumn: Math.min(columnOf(center.longitude + longitudeSpan), firstColumn + LONGITUDE_CELLS - 1),
      centerRow: rowOf(center.latitude),
      centerColumn: columnOf(center.longitude),
      cosines: Math.cos(latitude) * Math.cos(Math.max(Math.abs(south), Math.abs(north))),
    };
  }

  /**
   * The cells of the box that hold rows, each once, as [ring, cell] in ascending ring (the
   * Chebyshev distance in cells from the centre's cell). A box of more cells than there are rows'
   * cells visits the cells there are instead; no box (a pole or the globe) is every cell, ring 0.
   */
  private *cellsOf(box: Box | null): Generator<[number, SortedRows<Row>]> {
    if (!box) {
      for (const cell of this.cells.values()) yield [0, cell];
      return;
    }
    const { firstRow, lastRow, firstColumn, lastColumn, centerRow, centerColumn } = box;
    if ((lastRow - firstRow + 1) * (lastColumn - firstColumn + 1) > this.cells.size * 4) {
      const inBox: [number, SortedRows<Row>][] = [];
      for (const [key, cell] of this.cells) {
        const row = Math.floor(key / LONGITUDE_CELLS);
        if (row < firstRow || row > lastRow) continue;
        const column = firstColumn + wrapColumn((key % LONGITUDE_CELLS) - firstColumn);
        if (column > lastColumn) continue;
        inBox.push([Math.max(Math.abs(row - centerRow), Math.abs(column - centerColumn)), cell]);
      }
      yield* inBox.sort((a, b) => a[0] - b[0]);
      return;
    }
    const rings = Math.max(
      centerRow - firstRow,
      lastRow - centerRow,
      centerColumn - firstColumn,
      lastColumn - centerColumn,
    );
    for (let ring = 0; ring <= rings; ring += 1) {
      for (
        let row = Math.max(firstRow, centerRow - ring);
        row <= Math.min(lastRow, centerRow + ring);
        row += 1
      ) {
        const edgeRow = row === centerRow - ring || row === centerRow + ring;
        const step = edgeRow || ring === 0 ? 1 : 2 * ring;
        for (let column = centerColumn - ring; column <= centerColumn + ring; column += step) {
          if (column < firstColumn || column > lastColumn) continue;
          const cell = this.cells.get(keyOf(row, column));
          if (cell) yield [ring, cell];
        }
      }
    }
  }
}

/**
 * A lower bound of the distance from the centre to any point of a cell `ring` or more cells away
 * from the centre's cell, in km. Such a cell is `ring - 1` whole cells away in latitude or in
 * longitude, and by the haversine formula, hav(d) = hav(Δφ) + cos φ₁ cos φ₂ hav(Δλ), where each
 * term is at least its part: a latitude gap alone, or a longitude gap at the box's most poleward
 * latitude. A hair less, for rounding.
 */
function ringLowerBoundKm(box: Box, ring: number): number {
  if (ring <= 1) return 0;
  const gap = (ring - 1) * CELL_DEGREES * RADIANS_PER_DEGREE;
  const longitudeBound = 2 * Math.asin(Math.min(1, Math.sqrt(box.cosines) * Math.sin(gap / 2)));
  return Math.min(gap, longitudeBound) * KM_PER_RADIAN * (1 - 1e-9) - 1e-9;
}
