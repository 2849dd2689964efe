import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatSocketPaths } from '../../contract/index.js';
import { createPbkdf2PasswordHasher, silentLogger } from '../../core/index.js';
import { startServer, type RunningServer } from '../../server/http/start-server.js';
import { createMemoryStore } from '../../core/adapters/memory-store/create-memory-store.js';
import { createClient, type StudyMateClient } from '../../sdk/index.js';
import { registrationBody } from '../support/factories.js';
import {
  drained,
  flood,
  openChatSocket,
  openPausedReader,
  settledHeap,
  until,
  type RecordingSocket,
} from './abuse-clients.js';

/**
 * The reference server (memory store, real clock, default limits) under a WebSocket attacker,
 * while a well-behaved pair keeps chatting in the attacked room.
 *
 * Memory after GC (JS heap + Buffers), measured on 2 cores: 1.6–1.9 MB above the start in five
 * runs; with the slow-reader bound taken out (`maxBufferedBytes: Infinity`) 11.2 MB, and with the
 * rate limits out too 47 MB. The bound sits between, with room for noise.
 */
const MEMORY_BOUND_BYTES = 8 * 1024 * 1024;
/** Deliveries to the well-behaved socket took at most ~130 ms here under every flood. */
const LATENCY_BOUND_MS = 2_000;
const FLOOD_MS = 1_500;

let running: RunningServer;
let baseline = { heap: 0, external: 0 };
const store = createMemoryStore();
const markReads = new Map<number, number>();
const open: RecordingSocket[] = [];
const cleanups: (() => void)[] = [];
interface Person {
  id: number;
  client: StudyMateClient;
  token: string;
}
let people: Record<'admin' | 'speaker' | 'listener' | 'attacker' | 'reader', Person>;
let crowd: Person[];
let groupId = 0;
let libraryId = 0;
let backlogBytes = 0;
const beats = { sent: new Map<string, number>(), timer: undefined as NodeJS.Timeout | undefined };
let listener: RecordingSocket;

async function register(): Promise<Person> {
  const client = createClient({ baseUrl: running.url });
  const response = await client.auth.register({ body: registrationBody() });
  if (response.status !== 201) throw new Error('register failed');
  return { id: response.body.user.id, client, token: response.body.tokens.access };
}

async function join(user: Person, path = ChatSocketPaths.group(groupId)): Promise<RecordingSocket> {
  const socket = await openChatSocket(`${running.url.replace('http', 'ws')}${path}?token=${user.token}`);
  open.push(socket);
  return socket;
}

async function status(user: Person) {
  const response = await people.admin.client.users.getStatus({ params: { id: user.id } });
  if (response.status !== 200) throw new Error('status failed');
  return response.body;
}

const seconds = (since: number) => Math.ceil((Date.now() - since) / 1000);

beforeAll(async () => {
  const markRead = store.chat.markRead.bind(store.chat);
  store.chat.markRead = (read) => {
    markReads.set(read.userId, (markReads.get(read.userId) ?? 0) + 1);
    return markRead(read);
  };
  running = await startServer({
    store,
    port: 0,
    host: '127.0.0.1',
    logger: silentLogger,
    hasher: createPbkdf2PasswordHasher(1_000),
  });
  const [admin, speaker, listening, attacker, reader] = await Promise.all(
    Array.from({ length: 5 }, () => register()),
  );
  people = { admin: admin!, speaker: speaker!, listener: listening!, attacker: attacker!, reader: reader! };
  crowd = await Promise.all(Array.from({ length: 5 }, () => register()));
  const group = await people.admin.client.groups.create({ body: { name: 'Attacked', description: '' } });
  const library = await people.admin.client.groups.create({ body: { name: 'Library', description: '' } });
  if (group.status !== 201 || library.status !== 201) throw new Error('groups');
  [groupId, libraryId] = [group.body.id, library.body.id];
  for (const user of [people.speaker, people.listener, people.attacker, ...crowd]) {
    await user.client.groups.join({ params: { id: groupId }, body: {} });
  }
  await people.reader.client.groups.join({ params: { id: libraryId }, body: {} });
  // A backlog far larger than the kernel's socket buffers, for the reader that stops reading.
  const conversationId = (await store.groups.findById(libraryId))?.conversationId ?? 0;
  const content = 'b'.repeat(4_000);
  for (let index = 0; index < 3_000; index += 1) {
    const createdAt = new Date();
    await store.chat.createMessage({
      conversationId,
      senderId: people.admin.id,
      content,
      clientId: null,
      createdAt,
    });
    backlogBytes += content.length;
  }
  // Warm up every path once, then take the baseline.
  const warm = await join(people.attacker);
  warm.ws.send('{not json');
  warm.ws.send(JSON.stringify({ type: 'typing_indicator', is_typing: true }));
  warm.ws.send(JSON.stringify({ type: 'message_read', message_ids: [1] }));
  await drained([warm], 'warm');
  warm.ws.close();
  await warm.closed;
  baseline = await settledHeap();
  const speaking = await join(people.speaker);
  listener = await join(people.listener);
  let beat = 0;
  beats.timer = setInterval(() => {
    beat += 1;
    beats.sent.set(`beat ${beat}`, Date.now());
    speaking.ws.send(JSON.stringify({ type: 'chat_message', content: `beat ${beat}` }));
  }, 600);
}, 60_000);

afterAll(async () => {
  clearInterval(beats.timer);
  for (const socket of open) socket.ws.terminate();
  for (const cleanup of cleanups) cleanup();
  await running.close();
});

describe('WS /ws/groups/{group_id}/chat/ under abuse', () => {
  it('answers invalid JSON with errors and keeps the socket open', async () => {
    const socket = await join(people.attacker);
    for (let index = 0; index < 2_000; index += 1) socket.ws.send('{not json');
    await drained([socket], 'json');
    expect(
      socket.events.filter((event) => event.type === 'error' && event.code === 'invalid_json').length,
    ).toBe(2_000);
    expect(socket.ws.readyState).toBe(socket.ws.OPEN);
  });

  it('closes a socket that sends a 1 MiB frame with 1009', async () => {
    const socket = await join(people.attacker);
    socket.ws.send('x'.repeat(1024 * 1024));
    expect(await socket.closed).toBe(1009);
  });

  it('stores at most 20 messages in 10 seconds from a chat flood over 25 sockets of one user', async () => {
    const sockets = await Promise.all(Array.from({ length: 25 }, () => join(people.attacker)));
    const sent = await flood(
      sockets,
      (index) => ({ type: 'chat_message', content: `spam ${index}` }),
      FLOOD_MS,
    );
    await drained(sockets, 'chat');
    const page = await people.admin.client.groupMessages.list({
      params: { groupId },
      query: { page_size: 100 },
    });
    const stored =
      page.status === 200 ? page.body.results.filter((row) => row.sender.id === people.attacker.id) : [];
    console.info(`chat flood: ${sent} frames over 25 sockets, ${stored.length} stored`);
    expect(stored.length).toBeLessThanOrEqual(20);
  });

  it('forwards at most 3 typing indicators a second from a typing flood, and answers it once a window', async () => {
    const sockets = await Promise.all(Array.from({ length: 25 }, () => join(people.attacker)));
    const [start, before] = [Date.now(), listener.events.length];
    const sent = await flood(
      sockets,
      (index) => ({ type: 'typing_indicator', is_typing: index % 2 === 0 }),
      FLOOD_MS,
    );
    await drained(sockets, 'typing');
    const forwarded = listener.events
      .slice(before)
      .filter((event) => event.type === 'typing_indicator' && event.user_id === people.attacker.id).length;
    const answered = sockets.flatMap((socket) =>
      socket.events.filter((event) => event.type === 'error' && event.code === 'typing_rate_limited'),
    ).length;
    console.info(
      `typing flood: ${sent} frames, ${forwarded} forwarded in ${seconds(start)} s, ${answered} errors`,
    );
    expect(forwarded).toBeLessThanOrEqual(3 * (seconds(start) + 1));
    expect(answered).toBeLessThanOrEqual(forwarded + 1);
  });

  it('records at most 10 read receipts a second from a receipt flood', async () => {
    const sockets = await Promise.all(Array.from({ length: 25 }, () => join(people.attacker)));
    const [start, before] = [Date.now(), markReads.get(people.attacker.id) ?? 0];
    const ids = Array.from({ length: 100 }, (_unused, index) => index + 1);
    const sent = await flood(sockets, () => ({ type: 'message_read', message_ids: ids }), FLOOD_MS);
    await drained(sockets, 'receipts');
    const recorded = (markReads.get(people.attacker.id) ?? 0) - before;
    console.info(`receipt flood: ${sent} frames, ${recorded} reached the store in ${seconds(start)} s`);
    expect(recorded).toBeLessThanOrEqual(10 * (seconds(start) + 1));
  });

  it('drops a reader that stopped reading once its send buffer passes the bound', async () => {
    expect(await status(people.reader)).toEqual({ is_online: false, last_seen: null });
    const query = `?token=${people.reader.token}&last_message_id=1`;
    const paused: Socket = await openPausedReader(
      new URL(running.url),
      `${ChatSocketPaths.group(libraryId)}${query}`,
    );
    paused.on('error', () => undefined);
    cleanups.push(() => paused.destroy());
    // Offline with a last_seen: the reader's socket was open, and the server let go of it.
    await until(async () => {
      const { is_online, last_seen } = await status(people.reader);
      return !is_online && last_seen !== null;
    }, 10_000);
    let received = 0;
    paused.on('data', (chunk: Buffer) => (received += chunk.length));
    paused.resume();
    await new Promise((resolve) => paused.once('close', resolve));
    console.info(`paused reader: dropped after ${received} of ${backlogBytes}+ backlog bytes reached it`);
    expect(received).toBeLessThan(backlogBytes);
  });

  it('forgets 500 sockets dropped without a close frame', async () => {
    const sockets: RecordingSocket[] = [];
    for (const user of crowd)
      sockets.push(...(await Promise.all(Array.from({ length: 100 }, () => join(user)))));
    expect(await Promise.all(crowd.map(async (user) => (await status(user)).is_online))).toEqual(
      crowd.map(() => true),
    );
    for (const socket of sockets) socket.ws.terminate();
    await until(async () => (await Promise.all(crowd.map(status))).every((row) => !row.is_online));
  });

  it('kept delivering to a well-behaved socket throughout, and its heap came back near the start', async () => {
    clearInterval(beats.timer);
    // Every beat has arrived, or the latency bound has passed since the last was sent (no fixed sleep,
    // which counted a beat still within the bound as lost).
    const lastSentAt = Math.max(...beats.sent.values());
    const arrived = (content: string) =>
      listener.events.some((event) => event.type === 'chat_message' && event.content === content);
    await until(() => [...beats.sent.keys()].every(arrived) || Date.now() - lastSentAt > LATENCY_BOUND_MS);
    const latencies = [...beats.sent].map(([content, sentAt]) => {
      const index = listener.events.findIndex(
        (event) => event.type === 'chat_message' && event.content === content,
      );
      return index < 0 ? Number.POSITIVE_INFINITY : (listener.arrivals[index] ?? 0) - sentAt;
    });
    expect((await people.admin.client.auth.getProfile()).status).toBe(200);
    for (const socket of open) socket.ws.terminate();
    await Promise.all(open.map((socket) => socket.closed));
    await until(async () => !(await status(people.listener)).is_online);
    // What the clients recorded is the test's memory, not the server's.
    open.splice(0);
    listener.events.splice(0);
    const end = await settledHeap();
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    const grown = end.heap + end.external - (baseline.heap + baseline.external);
    console.info(
      `well-behaved: ${latencies.length} messages, max latency ${Math.max(...latencies)} ms; ` +
        `heap ${mb(baseline.heap)} -> ${mb(end.heap)}, external ${mb(baseline.external)} -> ${mb(end.external)}, ` +
        `grown ${mb(grown)}`,
    );
    expect(latencies.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...latencies)).toBeLessThan(LATENCY_BOUND_MS);
    expect(grown).toBeLessThan(MEMORY_BOUND_BYTES);
  });
});
