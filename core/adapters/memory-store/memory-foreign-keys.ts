import type { DeleteOutcome } from '../../ports/store/store.js';
import type { MemoryTable } from './table.js';

/** Tables other rows point at. */
export type ReferencedTable = 'city' | 'school' | 'subject' | 'goal';

/**
 * The memory store's foreign keys: what deleting a row does to the rows pointing at it, as
 * SQL's ON DELETE SET NULL and ON DELETE RESTRICT would. Each table registers the references
 * it holds. Everything is synchronous, so no write can slip between the check and the delete.
 */
export class MemoryForeignKeys {
  private readonly restricting = new Map<ReferencedTable, ((id: number) => boolean)[]>();
  private readonly detaching = new Map<ReferencedTable, ((id: number) => void)[]>();

  /** ON DELETE RESTRICT: the delete is refused while `isReferenced(id)`. */
  restrict(table: ReferencedTable, isReferenced: (id: number) => boolean): void {
    this.restricting.set(table, [...(this.restricting.get(table) ?? []), isReferenced]);
  }

  /** ON DELETE SET NULL (or, for a list of ids, removal from the list): `detach(id)` drops the references. */
  detach(table: ReferencedTable, detach: (id: number) => void): void {
    this.detaching.set(table, [...(this.detaching.get(table) ?? []), detach]);
  }

  delete<Row extends { id: number }>(
    table: ReferencedTable,
    rows: MemoryTable<Row>,
    id: number,
  ): DeleteOutcome {
    if (!rows.get(id)) return 'not_found';
    if ((this.restricting.get(table) ?? []).some((isReferenced) => isReferenced(id))) return 'referenced';
    for (const detach of this.detaching.get(table) ?? []) detach(id);
    rows.delete(id);
    return 'deleted';
  }
}
