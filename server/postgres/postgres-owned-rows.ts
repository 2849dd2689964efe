import type { OwnRowRefusal } from '@studymate/core';
import { FOREIGN_KEY_VIOLATION, UNIQUE_VIOLATION, type Database } from './database.js';
import { referenceRowOperations } from './postgres-reference-rows.js';

/** A user's own rows' table: its name, its selected columns, and a row as the port's record. */
export interface OwnedTable<Row, Item, Fields> {
  table: string;
  /** The columns to select, `alias` qualifying them (e.g. `us.id`). */
  selected: (alias: string) => string;
  recordOf: (row: Row) => Item;
  /** Fields as columns and values, from an allow-list; undefined fields left out. */
  valuesOf: (fields: Partial<Fields>) => Record<string, unknown>;
}

/**
 * The schema decides both refusals in the write itself, so no check can go stale: the
 * UNIQUE (user, reference) key makes a second add a duplicate, and the foreign key makes a
 * missing subject or goal an unknown reference.
 */
const REFUSALS: Record<string, OwnRowRefusal> = {
  [UNIQUE_VIOLATION]: 'duplicate',
  [FOREIGN_KEY_VIOLATION]: 'unknown_reference',
};

/** Create, read, update and delete of a user's own rows (a subject or goal each, once). */
export function ownedRowOperations<Row extends { id: number }, Item, Fields>(
  database: Database,
  owned: OwnedTable<Row, Item, Fields>,
) {
  const { table, recordOf, valuesOf } = owned;
  const returning = owned.selected(table);
  const rows = referenceRowOperations(
    database,
    { table, selected: returning, recordOf, valuesOf },
    { write: REFUSALS },
  );
  return {
    create: rows.create,
    findOwned: async (id: number, userId: number): Promise<Item | null> => {
      const [row] = await database.query<Row>(
        `SELECT ${returning} FROM ${table} WHERE id = $1 AND user_id = $2`,
        [id, userId],
      );
      return row ? recordOf(row) : null;
    },
    update: rows.update,
    delete: async (id: number): Promise<boolean> => (await rows.delete(id)) === 'deleted',
  };
}
