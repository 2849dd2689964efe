/** An in-memory table with auto-increment ids. Every method is synchronous, so check-and-write is atomic. */
export class MemoryTable<Row extends { id: number }> {
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
