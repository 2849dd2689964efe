import { randomBytes, randomInt } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { dropPgSchema } from '../../server/postgres/pg-database.js';
import { isRunning, killAndProveDead, startServerProcess } from '../support/child-processes.js';
import {
  chatUntilKilled,
  prepareRoom,
  resendAfterRestart,
  storedMessages,
  type Acknowledgements,
  type RoomUnderTest,
} from './chat-under-kill.js';
import { readEverything, writeEverything } from './durable-writes.js';

/**
 * Durability: what the server acknowledged before its process died is there after a restart on
 * the same database. The server's own process is SIGKILLed (nothing gets flushed on the way out)
 * and proven dead (pid gone, port closed) before another one opens the database.
 * On the store the `postgres` project picks: the Postgres server at DATABASE_URL, else a PGlite data dir.
 */
const TRIALS = 3;
const JWT_SECRET = 'durability-test-secret-0123456789abcdef';
const seed = Number(process.env['STUDYMATE_SEED'] ?? randomInt(2 ** 31));
const onPostgresServer = process.env['STUDYMATE_TARGET'] === 'server-postgres';

/** mulberry32: the kill points and pauses of a run replay from its seed. */
function seededRandom(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** The server's environment for a new, empty database of the chosen store. */
async function newDatabase(): Promise<Record<string, string>> {
  if (onPostgresServer) {
    const schema = `durability_${randomBytes(4).toString('hex')}`;
    cleanups.push(() => dropPgSchema(process.env['DATABASE_URL'] ?? '', schema));
    return { JWT_SECRET, DATABASE_SCHEMA: schema };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'studymate-durability-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  return { JWT_SECRET, DATA_DIR: dataDir, DATABASE_URL: '' };
}

/**
 * After a restart: the acknowledged messages are there; the resend stores only what was missing
 * (a client_id already stored is echoed with its first message); then each sender's messages are
 * there once each, in the order sent.
 */
async function checkAfterRestart(url: string, room: RoomUnderTest, acknowledged: Acknowledgements) {
  const before = new Map((await storedMessages(url, room)).map((message) => [message.content, message.id]));
  const lostAcknowledged = [...acknowledged].filter(([clientId, id]) => before.get(clientId) !== id);
  const echoes = await resendAfterRestart(url, room, acknowledged);
  const resentStored = [...echoes.keys()].filter((clientId) => before.has(clientId));
  const after = await storedMessages(url, room);
  const contents = after.map((message) => message.content);
  const duplicates = contents.length - new Set(contents).size;
  expect({
    lostAcknowledged,
    echoedAnew: resentStored.filter((clientId) => echoes.get(clientId) !== before.get(clientId)),
    duplicates,
    bySender: room.senders.map((sender) =>
      after.filter((message) => message.senderId === sender.id).map((message) => message.content),
    ),
  }).toEqual({
    lostAcknowledged: [],
    echoedAnew: [],
    duplicates: 0,
    bySender: room.senders.map((sender) => sender.clientIds),
  });
  return {
    sent: room.senders.reduce((count, sender) => count + sender.clientIds.length, 0),
    acknowledgedBeforeKill: acknowledged.size,
    storedButUnacknowledged: resentStored.filter((clientId) => !acknowledged.has(clientId)).length,
    resentUnacknowledged: [...echoes.keys()].filter((clientId) => !acknowledged.has(clientId)).length,
    resentAcknowledged: [...echoes.keys()].filter((clientId) => acknowledged.has(clientId)).length,
    lostAcknowledged: lostAcknowledged.length,
    duplicates,
  };
}

describe('durability across a killed server process', () => {
  const store = onPostgresServer ? 'the Postgres server at DATABASE_URL' : 'a PGlite data dir';

  it(`keeps every acknowledged chat message once and in order through ${TRIALS} kills mid-stream, with resends, and everything else written (${store})`, async () => {
    onTestFailed(() => console.error(`durability: replay the kill points with STUDYMATE_SEED=${seed}`));
    const random = seededRandom(seed);
    const environment = await newDatabase();
    let server = await startServerProcess(environment);
    try {
      const written = await writeEverything(server.url);
      const url = server.url;
      const rooms = await Promise.all(
        Array.from({ length: TRIALS }, (_, trial) => prepareRoom(url, `trial${trial + 1}`)),
      );
      for (const [trial, room] of rooms.entries()) {
        const started = Date.now();
        const acknowledged = await chatUntilKilled(server, room, random);
        server = await startServerProcess(environment);
        const figures = await checkAfterRestart(server.url, room, acknowledged);
        const took = `${Date.now() - started} ms`;
        console.info(`durability trial ${trial + 1} (seed ${seed}, ${took}): ${JSON.stringify(figures)}`);
      }
      await readEverything(server.url, written);
    } finally {
      if (isRunning(server.child)) await killAndProveDead(server.child, server.port);
    }
  });
});
