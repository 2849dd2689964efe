import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/postgres/database.js';
import { migrate } from '../../server/postgres/migrate.js';
import { migrations } from '../../server/postgres/migrations/index.js';
import { createPgDatabase, dropPgSchema } from '../../server/postgres/pg-database.js';
import { createPgliteDatabase } from '../../server/postgres/pglite-database.js';

/**
 * Migration 7 numbers the messages a database already holds: positions 1, 2, … per conversation
 * in id order, and each conversation's count, so that the counts read from positions hold for
 * messages written before it. On the Postgres server at DATABASE_URL, or on PGlite.
 */
const url = process.env['DATABASE_URL'];
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function openEmptyDatabase(): Promise<Database> {
  if (!url) {
    const database = await createPgliteDatabase();
    closers.push(() => database.close());
    return database;
  }
  const schema = `test_positions_${randomBytes(4).toString('hex')}`;
  const database = await createPgDatabase({ connectionString: url, schema, max: 2 });
  closers.push(async () => {
    await database.close();
    await dropPgSchema(url, schema);
  });
  return database;
}

describe('migration 7 (message positions)', () => {
  it('numbers existing messages per conversation in id order and counts them', async () => {
    const database = await openEmptyDatabase();
    const version = migrations.findIndex((migration) => migration.version === 7);
    await migrate(database, migrations.slice(0, version));
    await database.exec(`
      INSERT INTO users (email, password_hash, full_name, phone, major, bio, learning_radius_km,
        privacy_level, status, is_staff, created_at)
        VALUES ('a@example.com', 'x', 'A', '', '', '', 5, 'open', 'active', false, now());
      INSERT INTO conversations (kind, participant_ids, created_at, updated_at)
        SELECT 'group', ARRAY[1], now(), now() FROM generate_series(1, 3);
      INSERT INTO messages (conversation_id, sender_id, content, created_at)
        SELECT CASE WHEN n % 3 = 0 THEN 2 ELSE 1 END, 1, 'm' || n, now() FROM generate_series(1, 9) AS n;`);
    await migrate(database);
    const positions = await database.query<{ conversation_id: number; id: number; position: number }>(
      'SELECT conversation_id, id, position FROM messages ORDER BY conversation_id, id',
    );
    expect(positions.map((row) => [row.conversation_id, row.id, row.position])).toEqual([
      [1, 1, 1],
      [1, 2, 2],
      [1, 4, 3],
      [1, 5, 4],
      [1, 7, 5],
      [1, 8, 6],
      [2, 3, 1],
      [2, 6, 2],
      [2, 9, 3],
    ]);
    const counts = await database.query<{ id: number; message_count: number }>(
      'SELECT id, message_count FROM conversations ORDER BY id',
    );
    expect(counts).toEqual([
      { id: 1, message_count: 6 },
      { id: 2, message_count: 3 },
      { id: 3, message_count: 0 },
    ]);
    // A message written by hand without its position, or with one taken, is refused.
    await expect(
      database.exec(
        `INSERT INTO messages (conversation_id, sender_id, content, created_at) VALUES (3, 1, 'x', now())`,
      ),
    ).rejects.toThrow();
    await expect(
      database.exec(
        `INSERT INTO messages (conversation_id, sender_id, content, created_at, position) VALUES (2, 1, 'x', now(), 3)`,
      ),
    ).rejects.toThrow();
  });
});
