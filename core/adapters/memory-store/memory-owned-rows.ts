import { UniqueRows } from './memory-indexes.js';
import type { MemoryTable } from './table.js';

/** A row one user owns that points at one reference row (a subject, a goal). */
interface OwnedRow {
  id: number;
  userId: number;
}

/**
 * Create, read, update and delete for a user's own rows that reference another table, with
 * the two refusals checked and written in one synchronous step (so two adds cannot both pass):
 * an unknown reference, and a reference the user already has.
 */
export function ownedRowOperations<Row extends OwnedRow>(
  rows: MemoryTable<Row>,
  reference: { key: Exclude<keyof Row, 'id' | 'userId'>; exists: (id: number) => boolean },
) {
  const byPair = new UniqueRows((row: Row) => `${row.userId}:${String(row[reference.key])}`);
  rows.watch(byPair);
  const refusal = (userId: number, referenceId: number, exceptId?: number) => {
    if (!reference.exists(referenceId)) return 'unknown_reference' as const;
    const holder = byPair.get(`${userId}:${referenceId}`);
    return holder && holder.id !== exceptId ? ('duplicate' as const) : null;
  };
  return {
    create: (row: Omit<Row, 'id'>) => {
      const referenceId = Number((row as Partial<Row>)[reference.key]);
      return Promise.resolve(refusal(row.userId, referenceId) ?? rows.insert(row));
    },
    findOwned: (id: number, userId: number) => {
      const row = rows.get(id);
      return Promise.resolve(row?.userId === userId ? row : null);
    },
    update: (id: number, changes: Partial<Row>) => {
      const row = rows.get(id);
      if (!row) return Promise.resolve(null);
      const moved = changes[reference.key];
      const refused = moved === undefined ? null : refusal(row.userId, Number(moved), id);
      return Promise.resolve(refused ?? rows.patch(id, changes));
    },
    delete: (id: number) => Promise.resolve(rows.delete(id)),
  };
}
