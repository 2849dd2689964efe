import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/postgres/database.js';
import { createPgDatabase, dropPgSchema } from '../../server/postgres/pg-database.js';
import { createPgliteDatabase } from '../../server/postgres/pglite-database.js';
import { SqlParams } from '../../server/postgres/sql-listing.js';
import { selectPage } from '../../server/postgres/sql-pages.js';

/**
 * A page that travels column by column carries its timestamptz columns as milliseconds since the
 * epoch (server/postgres/sql-pages.ts): each must come back as the very Date that the instant's
 * ISO text gives `new Date`, truncated to the millisecond, before 1970 as after. On the Postgres
 * server at DATABASE_URL, or on PGlite.
 */
const url = process.env['DATABASE_URL'];
let database: Database;
let close: () => Promise<void>;

beforeAll(async () => {
  if (url) {
    const schema = `test_stamps_${randomBytes(4).toString('hex')}`;
    const opened = await createPgDatabase({ connectionString: url, schema, max: 2 });
    database = opened;
    close = async () => {
      await opened.close();
      await dropPgSchema(url, schema);
    };
  } else {
    database = await createPgliteDatabase();
    close = () => database.close();
  }
  // Instants spread over years 1 to 9999 with microseconds, and the edges by name.
  await database.exec(`
    CREATE TABLE stamps (id int PRIMARY KEY, at timestamptz);
    INSERT INTO stamps
      SELECT n, to_timestamp(-62135596800 + (n * 7919 % 3000) * 105179299.2 + n * 0.000137)
      FROM generate_series(1, 3000) AS n;
    INSERT INTO stamps VALUES
      (3001, '1969-12-31T23:59:59.9995Z'), (3002, '1969-12-31T23:59:59.000001Z'),
      (3003, '1970-01-01T00:00:00Z'), (3004, '2024-02-29T23:59:59.999999Z'),
      (3005, '0001-01-01T00:00:00Z'), (3006, '9999-12-31T23:59:59.999999Z'), (3007, NULL);`);
});
afterAll(() => close());

describe('a columnar page’s timestamps', () => {
  it('come back as the Dates their ISO text gives, to the millisecond', async () => {
    const page = await selectPage<{ id: number; at: Date | null }, object>(database, {
      select: 'SELECT id, at FROM stamps',
      order: 'id',
      columns: ['id', 'at'],
      timestamps: ['at'],
      params: new SqlParams(),
      related: {},
    });
    const texts = await database.query<{ id: number; text: string | null }>(
      // The instant in UTC with its microseconds, whatever the server's time zone.
      `SELECT id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS text FROM stamps ORDER BY id`,
    );
    expect(page.rows).toHaveLength(3007);
    page.rows.forEach((row, index) => {
      const text = texts[index]?.text ?? null;
      expect(row.id).toBe(texts[index]?.id);
      expect(row.at?.getTime() ?? null, `row ${row.id}: ${text}`).toBe(
        text === null ? null : new Date(text).getTime(),
      );
    });
    expect(page.rows.at(-1)?.at).toBeNull();
  });
});
