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

export class MemoryTable<Row extends { id: number }> {
  constructor() {
    collecting?.push(this);
  }

  private readonly rows = new Map<number, Row>();
  private lastId = 0;

  insert(row: Omit<Row, 'id'>): Row {
    this.lastId += 1;
    const stored = { ...row, id: this.lastId } as Row;
    this.rows.set(stored.id, stored);
    return { ...stored };
  }

  get(id: number): Row | null {
    const row = this.rows.get(id);
    return row ? { ...row } : null;
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
    const updated = { ...row, ...changes, id };
    this.rows.set(id, updated);
    return { ...updated };
  }

  delete(id: number): boolean {
    return this.rows.delete(id);
  }

  find(predicate: (row: Row) => boolean): Row | null {
    for (const row of this.rows.values()) if (predicate(row)) return { ...row };
    return null;
  }

  all(): Row[] {
    return [...this.rows.values()].map((row) => ({ ...row }));
  }

  filter(predicate: (row: Row) => boolean): Row[] {
    const matches: Row[] = [];
    for (const row of this.rows.values()) if (predicate(row)) matches.push({ ...row });
    return matches;
  }
}
