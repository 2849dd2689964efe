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

/**
 * The cells an area's bounding box touches: bands of latitude and (unwrapped) columns of
 * longitude. A circle over a pole takes every longitude of its bands (`polar`).
 */
interface Box {
  firstBand: number;
  lastBand: number;
  firstColumn: number;
  lastColumn: number;
  centerBand: number;
  centerColumn: number;
  polar: boolean;
  /** cos φ₁ × cos φ₂ at its least: the centre's latitude and the box's most poleward one. */
  cosines: number;
}

/** The cells of one ring around the centre's cell (those that hold rows). */
interface Ring<Row extends { id: number }> {
  ring: number;
  cells: SortedRows<Row>[];
}

const bandOf = (latitude: number) => Math.floor((latitude + 90) / CELL_DEGREES);
const columnOf = (longitude: number) => Math.floor((longitude + 180) / CELL_DEGREES);
const wrapColumn = (column: number) => ((column % LONGITUDE_CELLS) + LONGITUDE_CELLS) % LONGITUDE_CELLS;
const keyOf = (band: number, column: number) => band * LONGITUDE_CELLS + wrapColumn(column);

/**
 * Rows by where they are, in cells of 0.05° of latitude by 0.05° of longitude (about 5.5 km by
 * 3.4 km at 52°N), each cell's rows in the order of `orderBy` (by id without it), so that a
 * search can skip the start of every cell (sessions that ended long ago).
 *
 * `candidates` reads every cell the area's bounding box touches: O(rows in the box), for the
 * lists that count every match. `nearest` walks the cells in rings around the centre's and stops
 * once no cell left can hold a row nearer than the page's last: O(rows in the rings walked + their
 * cells), or O(cells that hold rows) where the box is much larger than the occupied world.
 */
export class GeoGrid<Row extends { id: number }> implements RowWatcher<Row> {
  private readonly cells = new Map<number, SortedRows<Row>>();

  constructor(
    private readonly pointOf: (row: Row) => GeoPoint | null,
    private readonly orderBy?: (row: Row) => Key,
  ) {}

  private static cellKey(point: GeoPoint): number {
    return keyOf(bandOf(point.latitude), columnOf(point.longitude));
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

  /** Every row in a cell the area's bounding box touches (each once). */
  *candidates(area: Area): Generator<Row> {
    for (const { cells } of this.rings(this.box(area))) for (const cell of cells) yield* cell.range();
  }

  /**
   * The rows kept within the area, nearest first (ties by id), at most `limit`. Cells are read
   * ring by ring around the centre's cell. Before each ring, the walk stops when the ring's lower
   * bound on distance is beyond the radius, or beyond the last of `limit` rows already held; a row
   * beyond either is not even offered to `keep`.
   */
  nearest(area: NearbyRequest, { keep, from }: CellFilter<Row> = {}): Located<Row>[] {
    const { limit } = area;
    if (limit <= 0) return [];
    const found: Located<Row>[] = [];
    const box = this.box(area);
    // No row farther than this can make the page: the radius, then the last of a full page.
    let farthest = area.radiusKm;
    for (const { ring, cells } of this.rings(box)) {
      if (found.length >= limit) {
        found.sort(byDistance).length = limit;
        farthest = found[limit - 1]?.distanceKm ?? farthest;
      }
      if (ringLowerBoundKm(box, ring) > farthest) break;
      for (const cell of cells) {
        for (const row of cell.range(from === undefined ? 0 : cell.bound(from))) {
          const point = this.pointOf(row);
          if (!point) continue;
          const distanceKm = distanceInMetres(area.center, point) / 1000;
          if (distanceKm <= farthest && (!keep || keep(row))) found.push({ row, distanceKm });
        }
      }
    }
    return found.sort(byDistance).slice(0, limit);
  }

  /** The bounding box of the area in cells: every longitude of its bands when it covers a pole. */
  private box({ center, radiusKm }: Area): Box {
    const angle = (radiusKm / KM_PER_RADIAN) * 1.001 + 1e-9;
    const latitude = center.latitude * RADIANS_PER_DEGREE;
    const south = latitude - angle;
    const north = latitude + angle;
    const sinRatio = Math.sin(angle) / Math.cos(latitude);
    const polar = south <= -Math.PI / 2 || north >= Math.PI / 2 || sinRatio >= 1;
    // At most 90° either side (asin), so the columns never wrap onto themselves.
    const longitudeSpan = polar ? 0 : Math.asin(sinRatio) / RADIANS_PER_DEGREE;
    // One object literal (no spread of a shared part): a box is worked out per search.
    return {
      firstBand: bandOf(Math.max(-90, south / RADIANS_PER_DEGREE)),
      lastBand: bandOf(Math.min(90, north / RADIANS_PER_DEGREE)),
      firstColumn: polar ? 0 : columnOf(center.longitude - longitudeSpan),
      lastColumn: polar ? LONGITUDE_CELLS - 1 : columnOf(center.longitude + longitudeSpan),
      centerBand: bandOf(center.latitude),
      centerColumn: polar ? 0 : columnOf(center.longitude),
      polar,
      cosines:
        Math.cos(latitude) * Math.cos(Math.min(Math.PI / 2, Math.max(Math.abs(south), Math.abs(north)))),
    };
  }

  private collect(cells: SortedRows<Row>[], band: number, column: number): void {
    const cell = this.cells.get(keyOf(band, column));
    if (cell) cells.push(cell);
  }

  /**
   * The ring of a cell: its distance in cells from the centre's cell, the larger of bands and
   * columns (Chebyshev); in bands only over a pole, where the box takes every longitude.
   */
  private static ringOf(box: Box, band: number, column: number): number {
    const bands = Math.abs(band - box.centerBand);
    return box.polar ? bands : Math.max(bands, Math.abs(column - box.centerColumn));
  }

  /**
   * The box's cells that hold rows, ring by ring outwards, each cell once. Every ring comes, empty
   * or not, so that a walk can stop before the rings left. A box of more than four times as many
   * cells as hold rows anywhere reads the cells that hold rows instead, sorted by ring (only rings
   * with cells come).
   */
  private *rings(box: Box): Generator<Ring<Row>> {
    const { firstBand, lastBand, firstColumn, lastColumn, centerBand, centerColumn, polar } = box;
    if ((lastBand - firstBand + 1) * (lastColumn - firstColumn + 1) > this.cells.size * 4) {
      const byRing = new Map<number, SortedRows<Row>[]>();
      for (const [key, cell] of this.cells) {
        const band = Math.floor(key / LONGITUDE_CELLS);
        if (band < firstBand || band > lastBand) continue;
        const column = firstColumn + wrapColumn((key % LONGITUDE_CELLS) - firstColumn);
        if (column > lastColumn) continue;
        const ring = GeoGrid.ringOf(box, band, column);
        const cells = byRing.get(ring);
        if (cells) cells.push(cell);
        else byRing.set(ring, [cell]);
      }
      for (const ring of [...byRing.keys()].sort((a, b) => a - b))
        yield { ring, cells: byRing.get(ring) ?? [] };
      return;
    }
    const lastRing = Math.max(
      centerBand - firstBand,
      lastBand - centerBand,
      polar ? 0 : Math.max(centerColumn - firstColumn, lastColumn - centerColumn),
    );
    // One array, refilled for each ring: a walk reads a ring's cells before it asks for the next.
    const cells: SortedRows<Row>[] = [];
    const current = { ring: 0, cells };
    for (let ring = 0; ring <= lastRing; ring += 1) {
      cells.length = 0;
      for (
        let band = Math.max(firstBand, centerBand - ring);
        band <= Math.min(lastBand, centerBand + ring);
        band += 1
      ) {
        const edge = band === centerBand - ring || band === centerBand + ring;
        if (polar) {
          if (edge)
            for (let column = firstColumn; column <= lastColumn; column += 1)
              this.collect(cells, band, column);
          continue;
        }
        // A band inside the ring has its two end cells in it; an edge band, every cell between.
        const step = edge ? 1 : 2 * ring;
        for (let column = centerColumn - ring; column <= centerColumn + ring; column += step) {
          if (column >= firstColumn && column <= lastColumn) this.collect(cells, band, column);
        }
      }
      current.ring = ring;
      yield current;
    }
  }
}

/** Nearest first, ties by id. (At module level: tsx names each closure a call creates.) */
function byDistance<Row extends { id: number }>(a: Located<Row>, b: Located<Row>): number {
  return a.distanceKm - b.distanceKm || a.row.id - b.row.id;
}

/**
 * A lower bound of the distance from the centre to any point of a cell `ring` or more rings out,
 * in km. Such a cell is `ring - 1` whole cells away in latitude or (but over a pole) in longitude,
 * and by the haversine formula, hav(d) = hav(Δφ) + cos φ₁ cos φ₂ hav(Δλ), where each term is at
 * least its part: a latitude gap alone, or a longitude gap at the box's most poleward latitude.
 * A hair less, for rounding.
 */
function ringLowerBoundKm(box: Box, ring: number): number {
  if (ring <= 1) return 0;
  const gap = (ring - 1) * CELL_DEGREES * RADIANS_PER_DEGREE;
  const longitudeBound = box.polar
    ? gap
    : 2 * Math.asin(Math.min(1, Math.sqrt(box.cosines) * Math.sin(gap / 2)));
  return Math.min(gap, longitudeBound) * KM_PER_RADIAN * (1 - 1e-9) - 1e-9;
}
