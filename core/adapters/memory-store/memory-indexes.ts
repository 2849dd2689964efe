import type { Slice, SliceResult } from '../../ports/store/store.js';

/**
 * Indexes over a memory table, kept in step with every write: the table tells each watcher of
 * every row that leaves it (the old version, on a patch or a delete) and every row that enters
 * it (the new version, on an insert or a patch). Rows held here are the table's own stored
 * objects, never handed out: the table copies what it answers, and patches replace rows whole.
 */
export interface RowWatcher<Row> {
  add(row: Row): void;
  remove(row: Row): void;
}

export type Key = string | number | Date | null;

interface Entry<Row> {
  key: Key;
  row: Row;
}

/** The store port's order of keys: null after every value, text as `compareText`, others by number. */
function compareKeyValues(a: Key, b: Key): number {
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

/**
 * Rows in ascending order of a key, ties by ascending id, in a sorted array (binary search;
 * an insert or removal moves the tail in one memmove). A row's key is read once, when it enters,
 * so a key taken from another table (a school's city name) is re-read only when re-added.
 * Positions answer counts and windows in O(log n) and O(window).
 */
export class SortedRows<Row extends { id: number }> implements RowWatcher<Row> {
  private readonly entries: Entry<Row>[] = [];
  private readonly entryOf = new Map<number, Entry<Row>>();

  constructor(
    private readonly keyOf: (row: Row) => Key = () => null,
    private readonly includes: (row: Row) => boolean = () => true,
  ) {}

  get size(): number {
    return this.entries.length;
  }

  private entryAt(position: number): Entry<Row> {
    const entry = this.entries[position];
    if (!entry) throw new RangeError(`No row at position ${position}`);
    return entry;
  }

  private compare(a: Entry<Row>, b: Entry<Row>): number {
    return compareKeyValues(a.key, b.key) || a.row.id - b.row.id;
  }

  /** The first position whose entry is not before `probe`. */
  private positionOf(probe: Entry<Row>): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(this.entryAt(middle), probe) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  add(row: Row): void {
    if (!this.includes(row)) return;
    const entry = { key: this.keyOf(row), row };
    const last = this.entries[this.entries.length - 1];
    if (!last || this.compare(last, entry) < 0) this.entries.push(entry);
    else this.entries.splice(this.positionOf(entry), 0, entry);
    this.entryOf.set(row.id, entry);
  }

  remove(row: Row): void {
    const entry = this.entryOf.get(row.id);
    if (!entry) return;
    this.entryOf.delete(row.id);
    const at = this.positionOf(entry);
    if (this.entries[at] === entry) this.entries.splice(at, 1);
  }

  has(id: number): boolean {
    return this.entryOf.has(id);
  }

  /** The first position whose key is at or after `key` (`after`: strictly after). */
  bound(key: Key, after = false): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const order = compareKeyValues(this.entryAt(middle).key, key);
      if (order < 0 || (after && order === 0)) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  at(position: number): Row {
    return this.entryAt(position).row;
  }

  /**
   * A page in the list's order (`descending`: from the end), rows copied: O(page) without
   * `keep`; with it, a walk in order that counts every row kept.
   */
  page({
    descending,
    slice,
    keep,
  }: {
    descending: boolean;
    slice: Slice;
    keep?: (row: Row) => boolean;
  }): SliceResult<Row> {
    const { offset, limit } = slice;
    if (!keep) {
      const size = this.entries.length;
      const rows = descending
        ? this.range(Math.max(0, size - offset - limit), Math.max(0, size - offset), true)
        : this.range(offset, Math.min(size, offset + limit));
      return { count: size, rows: [...rows].map((row) => ({ ...row })) };
    }
    const rows: Row[] = [];
    let count = 0;
    for (const row of this.range(0, this.entries.length, descending)) {
      if (!keep(row)) continue;
      if (count >= offset && rows.length < limit) rows.push({ ...row });
      count += 1;
    }
    return { count, rows };
  }

  /** The rows at positions [from, to) as an array: a page's rows, without a generator to step through. */
  rowsBetween(from: number, to: number): Row[] {
    const rows: Row[] = [];
    for (let at = from; at < to; at += 1) rows.push(this.entryAt(at).row);
    return rows;
  }

  /** Rows from position `from` (inclusive) to `to` (exclusive), ascending or, `descending`, from `to` back. */
  *range(from = 0, to = this.entries.length, descending = false): Generator<Row> {
    if (descending) for (let at = to - 1; at >= from; at -= 1) yield this.entryAt(at).row;
    else for (let at = from; at < to; at += 1) yield this.entryAt(at).row;
  }
}

/** Rows grouped by one or more keys each (a participant by its session; a conversation by each participant), each group a `SortedRows`. */
export class GroupedRows<Row extends { id: number }, GroupKey = number> implements RowWatcher<Row> {
  private readonly groups = new Map<GroupKey, SortedRows<Row>>();
  private static readonly empty = new SortedRows<never>();

  constructor(
    private readonly groupsOf: (row: Row) => GroupKey | GroupKey[] | null,
    private readonly keyOf: (row: Row) => Key = () => null,
    private readonly includes: (row: Row) => boolean = () => true,
  ) {}

  private keys(row: Row): GroupKey[] {
    if (!this.includes(row)) return [];
    const keys = this.groupsOf(row);
    return keys === null ? [] : Array.isArray(keys) ? [...new Set(keys)] : [keys];
  }

  add(row: Row): void {
    for (const key of this.keys(row)) {
      let group = this.groups.get(key);
      if (!group) this.groups.set(key, (group = new SortedRows(this.keyOf)));
      group.add(row);
    }
  }

  remove(row: Row): void {
    for (const key of this.keys(row)) {
      const group = this.groups.get(key);
      group?.remove(row);
      if (group?.size === 0) this.groups.delete(key);
    }
  }

  of(key: GroupKey): SortedRows<Row> {
    return this.groups.get(key) ?? (GroupedRows.empty as unknown as SortedRows<Row>);
  }
}

/** How many rows each key has (a session's seats taken): `keyOf` answers null for a row not counted. */
export class CountsByKey<Row> implements RowWatcher<Row> {
  private readonly counts = new Map<number, number>();

  constructor(private readonly keyOf: (row: Row) => number | null) {}

  add(row: Row): void {
    const key = this.keyOf(row);
    if (key !== null) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  remove(row: Row): void {
    const key = this.keyOf(row);
    if (key === null) return;
    const left = (this.counts.get(key) ?? 0) - 1;
    if (left > 0) this.counts.set(key, left);
    else this.counts.delete(key);
  }

  of(key: number): number {
    return this.counts.get(key) ?? 0;
  }
}

/** One row per key (a unique constraint): a participant by session and user, a user by email. */
export class UniqueRows<Row, UniqueKey = string> implements RowWatcher<Row> {
  private readonly rows = new Map<UniqueKey, Row>();

  constructor(private readonly keyOf: (row: Row) => UniqueKey | null) {}

  add(row: Row): void {
    const key = this.keyOf(row);
    if (key !== null) this.rows.set(key, row);
  }

  remove(row: Row): void {
    const key = this.keyOf(row);
    if (key !== null && this.rows.get(key) === row) this.rows.delete(key);
  }

  get(key: UniqueKey): Row | undefined {
    return this.rows.get(key);
  }
}

/** One row per pair of ids (a participant by session and user), in nested maps: no key string per lookup. */
export class PairedRows<Row> implements RowWatcher<Row> {
  private readonly rows = new Map<number, Map<number, Row>>();

  constructor(private readonly pairOf: (row: Row) => [number, number]) {}

  add(row: Row): void {
    const [first, second] = this.pairOf(row);
    let inner = this.rows.get(first);
    if (!inner) this.rows.set(first, (inner = new Map<number, Row>()));
    inner.set(second, row);
  }

  remove(row: Row): void {
    const [first, second] = this.pairOf(row);
    const inner = this.rows.get(first);
    if (inner?.get(second) !== row) return;
    inner.delete(second);
    if (inner.size === 0) this.rows.delete(first);
  }

  get(first: number, second: number): Row | undefined {
    return this.rows.get(first)?.get(second);
  }
}
