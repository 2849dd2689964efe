import type { RowWatcher } from './memory-indexes.js';

/** An in-memory table with auto-increment ids. Every method is synchronous, so check-and-write is atomic. */
/** Tables created while a store is being built, so a snapshot can find them all. */
let collecting: MemoryTable<{ id: number }>[] | null = null;

/** Runs `build` and answers the tables it created along with its result. */
export function collectTables<Result>(build: () => Result): {
  result: Result;
  tables: MemoryTable<{ id: number }>[];
} {
  const tables: MemoryTable<{ id: number }>[] = [];
  collecting = tables;
  try {
    return { result: build(), tables };
  } finally {
    collecting = null;
  }
}

/**
 * The row as a table keeps it. Frozen: a write replaces a row, never changes it, so the store may
 * hand a stored row to a read that only presents it (a list page) without copying it. A structured
 * clone: it owns its nested values (a location, a date) too, and every row of a table built from
 * the same fields gets the same V8 hidden class. A spread gave rows of the same table many classes
 * (the spread's site serves every table), which made each read of a listed row a megamorphic one:
 * 11 classes among a page's 20 sessions, and a memory list about 7 % slower in the core.
 */
function storedRow<Row extends object>(row: Row): Readonly<Row> {
  return Object.freeze(structuredClone(row));
}

export class MemoryTable<Row extends { id: number }> {
  constructor() {
    collecting?.push(this);
  }

  private readonly rows = new Map<number, Row>();
  private readonly watchers: RowWatcher<Row>[] = [];
  private lastId = 0;

  /** Keeps these indexes in step with every write from now on, starting with the rows there are. */
  watch(...watchers: RowWatcher<Row>[]): void {
    for (const watcher of watchers) {
      for (const row of this.rows.values()) watcher.add(row);
      this.watchers.push(watcher);
    }
  }

  insert(row: Omit<Row, 'id'>): Row {
    this.lastId += 1;
    const stored = storedRow({ ...row, id: this.lastId }) as Row;
    this.rows.set(stored.id, stored);
    for (const watcher of this.watchers) watcher.add(stored);
    return { ...stored };
  }

  get(id: number): Row | null {
    const row = this.rows.get(id);
    return row ? { ...row } : null;
  }

  /**
   * The stored row itself (frozen), for the store's own reads and for rows a read only presents
   * (a list page's hosts and subjects): never hand it to a caller that may change it.
   */
  peek(id: number): Row | undefined {
    return this.rows.get(id);
  }

  getMany(ids: number[]): Map<number, Row> {
    const found = new Map<number, Row>();
    for (const id of ids) {
      const row = this.rows.get(id);
      if (row) found.set(id, { ...row });
    }
    return found;
  }

  patch(id: number, changes: Partial<Row>): Row | null {
    const row = this.rows.get(id);
    if (!row) return null;
    const updated = storedRow({ ...row, ...changes, id });
    for (const watcher of this.watchers) watcher.remove(row);
    this.rows.set(id, updated);
    for (const watcher of this.watchers) watcher.add(updated);
    return { ...updated };
  }

  delete(id: number): boolean {
    const row = this.rows.get(id);
    if (!row) return false;
    for (const watcher of this.watchers) watcher.remove(row);
    return this.rows.delete(id);
  }

  all(): Row[] {
    return [...this.rows.values()].map((row) => ({ ...row }));
  }
}
