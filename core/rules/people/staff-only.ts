import type { UserRecord } from '../../ports/store/store.js';
import { forbidden, notFound } from '../errors.js';

export type StaffEdit<Row> =
  | { ok: true; row: Row }
  | { ok: false; response: ReturnType<typeof notFound> | ReturnType<typeof forbidden> };

/**
 * DESIGN §3: reference data is readable by everyone, so an unknown id is a 404 for anyone;
 * an existing row is edited or deleted by staff only (403 for others).
 */
export function staffOnly<Row>(row: Row | null, user: UserRecord): StaffEdit<Row> {
  if (row === null) return { ok: false, response: notFound() };
  if (!user.isStaff) return { ok: false, response: forbidden() };
  return { ok: true, row };
}
