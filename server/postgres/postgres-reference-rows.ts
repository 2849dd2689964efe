import type { DeleteOutcome } from '@studymate/core';
import { FOREIGN_KEY_VIOLATION, RESTRICT_VIOLATION, UNIQUE_VIOLATION, type Database } from './database.js';
import { batchedRead } from './read-batch.js';
import { insertRow, refuseOnViolation, selectByIds, updateRow } from './sql-rows.js';

/** A reference-data table: its name, its selected columns, and a row as the port's record. */
export interface ReferenceTable<Row, Item, Fields> {
  table: string;
  /** The columns a read or write answers (e.g. `id, code, name`). */
  selected: string;
  recordOf: (row: Row) => Item;
  /** Fields as columns and values, from an allow-list; undefined fields left out. */
  valuesOf: (fields: Partial<Fields>) => Record<string, unknown>;
}

/**
 * What the schema refuses, by SQLSTATE: `write` for a create or update (a unique code),
 * `delete` for a delete that referencing rows restrict. Any other violation throws.
 */
export interface ReferenceRefusals<Refusal extends string> {
  write?: Record<string, Refusal>;
  delete?: Record<string, 'referenced'>;
}

/**
 * A delete refused by ON DELETE RESTRICT (recent servers; older ones and NO ACTION answer a
 * foreign-key violation): the row is still referenced.
 */
const REFERENCED = {
  [FOREIGN_KEY_VIOLATION]: 'referenced',
  [RESTRICT_VIOLATION]: 'referenced',
} as const;

/** A unique `code` (a taken one is `code_taken`), and users' rows that restrict the delete. */
export const CODE_TAKEN_OR_REFERENCED = {
  write: { [UNIQUE_VIOLATION]: 'code_taken' },
  delete: REFERENCED,
} as const;

/** Create, read, update and delete of one reference-data table's rows, by id. */
export function referenceRowOperations<
  Row extends { id: number },
  Item,
  Fields,
  Refusal extends string = never,
>(
  database: Database,
  reference: ReferenceTable<Row, Item, Fields>,
  refusals: ReferenceRefusals<Refusal> = {},
) {
  const { table, selected: returning } = reference;
  const writeRefusals = refusals.write ?? {};
  const deleteRefusals = refusals.delete ?? {};
  return {
    create: async (fields: Fields): Promise<Item | Refusal> => {
      const created = await refuseOnViolation(
        insertRow<Row>(database, table, { values: reference.valuesOf(fields), returning }),
        writeRefusals,
      );
      return typeof created === 'string' ? created : reference.recordOf(created);
    },
    findById: async (id: number): Promise<Item | null> => {
      const [row] = await selectByIds<Row>(database, table, { ids: [id], columns: returning });
      return row ? reference.recordOf(row) : null;
    },
    findByIds: async (ids: number[]): Promise<Map<number, Item>> => {
      if (ids.length === 0) return new Map();
      // Every reference table stamps its rows with these two.
      const rows = await batchedRead<Row>(database, {
        text: `SELECT ${returning} FROM ${table} WHERE id = ANY($1::int[])`,
        params: [ids],
        timestamps: ['created_at', 'updated_at'],
      });
      return new Map(rows.map((row) => [row.id, reference.recordOf(row)]));
    },
    update: async (id: number, changes: Partial<Fields>): Promise<Item | Refusal | null> => {
      const updated = await refuseOnViolation(
        updateRow<Row>(database, table, { id, values: reference.valuesOf(changes), returning }),
        writeRefusals,
      );
      return typeof updated === 'string' || updated === null ? updated : reference.recordOf(updated);
    },
    /** What referencing rows do is the schema's (SET NULL, CASCADE, or RESTRICT: `referenced`). */
    delete: async (id: number): Promise<DeleteOutcome> => {
      const deleted = await refuseOnViolation(
        database.query(`DELETE FROM ${table} WHERE id = $1 RETURNING id`, [id]),
        deleteRefusals,
      );
      if (typeof deleted === 'string') return deleted;
      return deleted.length > 0 ? 'deleted' : 'not_found';
    },
  };
}
