import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChatEvent } from '@studymate/core';
import { describeRateLimits } from '../../test/support/rate-limit-cases.js';
import { connectRedis, type RedisConnection } from './redis-connection.js';
import { createRedisChatEvents } from './redis-chat-events.js';
import { createRedisPresenceBoard } from './redis-presence-board.js';
import { createRedisRateLimits } from './redis-rate-limits.js';

/** The Redis adapters on a real Redis (REDIS_URL); skipped, saying why, without one. */
const url = process.env['REDIS_URL'];
const skipped = url ? null : 'skipped: REDIS_URL not set (these tests need a real Redis; .ci/run sets it)';
if (skipped) console.warn(`server/redis/redis-backplane.test.ts: ${skipped}`);

const errors: unknown[] = [];
const onError = (_message: string, error: unknown) => errors.push(error);
const prefix = `studymate-test:unit:${randomBytes(4).toString('hex')}:`;
const connections: RedisConnection[] = [];
async function connect(): Promise<RedisConnection> {
  const connection = await connectRedis(url ?? '', onError);
  connections.push(connection);
  return connection;
}

describe.skipIf(skipped !== null)('the Redis backplane adapters', () => {
  let client: RedisConnection;
  beforeAll(async () => {
    client = await connect();
  });
  afterAll(async () => {
    for (const connection of connections) if (connection.isOpen) await connection.close();
  });

  describeRateLimits('createRedisRateLimits', () => createRedisRateLimits({ client, prefix }));

  it('a budget is one across processes: two clients share it', async () => {
    const [first, second] = [
      createRedisRateLimits({ client, prefix }),
      createRedisRateLimits({ client: await connect(), prefix }),
    ];
    const key = { action: 'chat_message' as const, userId: Date.now(), conversationId: 7 };
    const rule = { limit: 4, windowMs: 60_000 };
    const decisions = [];
    for (let index = 0; index < 6; index += 1)
      decisions.push(await (index % 2 === 0 ? first : second).take({ key, rule, at: new Date() }));
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, true, false, false]);
  });

  it('carries every chat event to every subscriber, dates restored, in one publisher’s order', async () => {
    const channel = `${prefix}events`;
    const publisher = await createRedisChatEvents({
      publisher: client,
      subscriber: await connect(),
      channel,
      onError,
    });
    const listener = await createRedisChatEvents({
      publisher: client,
      subscriber: await connect(),
      channel,
      onError,
    });
    const heard: ChatEvent[] = [];
    listener.subscribe((event) => heard.push(event));
    const createdAt = new Date('2026-12-05T10:00:00.123Z');
    const sent: ChatEvent[] = [
      {
        type: 'message_created',
        conversationId: 3,
        message: { id: 41, conversationId: 3, senderId: 2, content: 'hi', clientId: null, createdAt },
      },
      { type: 'messages_read', conversationId: 3, userId: 5, messageIds: [41], readAt: createdAt },
      { type: 'typing', conversationId: 3, userId: 2, userName: 'Ana', isTyping: true, fromSocketId: 's-1' },
      { type: 'access_revoked', reason: 'removed', conversationId: 3, userIds: [5] },
    ];
    for (const event of sent) publisher.publish(event);
    await expect.poll(() => heard.length).toBe(sent.length);
    expect(heard).toEqual(sent);
    expect(listener.crossesProcesses).toBe(true);
  });

  it('says when its subscription came back after a cut, and hears events again', async () => {
    const channel = `${prefix}resync`;
    const subscriber = await connect();
    // Asked before it subscribes: a subscribed connection answers only subscription commands.
    const id = await subscriber.clientId();
    const events = await createRedisChatEvents({ publisher: client, subscriber, channel, onError });
    let resyncs = 0;
    events.onResync?.(() => (resyncs += 1));
    const heard: ChatEvent[] = [];
    events.subscribe((event) => heard.push(event));
    // The server drops the subscriber's connection, as a network cut or a Redis restart would.
    await client.sendCommand(['CLIENT', 'KILL', 'ID', String(id)]);
    await expect.poll(() => resyncs, { timeout: 5_000 }).toBe(1);
    await expect
      .poll(
        async () => {
          events.publish({ type: 'access_revoked', reason: 'blocked', userIds: [1] });
          await new Promise((resolve) => setTimeout(resolve, 50));
          return heard.length;
        },
        { timeout: 5_000 },
      )
      .toBeGreaterThan(0);
  });

  it('reports an unreadable event on the channel and goes on', async () => {
    const channel = `${prefix}garbage`;
    const events = await createRedisChatEvents({
      publisher: client,
      subscriber: await connect(),
      channel,
      onError,
    });
    const heard: ChatEvent[] = [];
    events.subscribe((event) => heard.push(event));
    const before = errors.length;
    await client.publish(channel, '{"type":"mystery"}');
    await client.publish(channel, 'not json');
    events.publish({ type: 'access_revoked', reason: 'blocked' });
    await expect.poll(() => heard.length).toBe(1);
    expect(errors.length - before).toBe(2);
  });

  it('presence: online anywhere while one process says so; a process that stops renewing drops out after the TTL', async () => {
    const boardOf = async (connection?: RedisConnection) =>
      createRedisPresenceBoard({
        client: connection ?? (await connect()),
        prefix,
        instanceId: randomBytes(4).toString('hex'),
        ttlMs: 400,
        onError,
      });
    const crashing = await connect();
    const [here, there] = [await boardOf(crashing), await boardOf()];
    const userId = Date.now();
    expect(await there.isOnline(userId)).toBe(false);
    here.online(userId);
    await expect.poll(() => there.isOnline(userId)).toBe(true);
    // Renewed: still online well past one TTL.
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(await there.isOnline(userId)).toBe(true);
    // The process dies without a word: its connection is gone, its heartbeats stop.
    crashing.destroy();
    const diedAt = Date.now();
    await expect.poll(() => there.isOnline(userId), { timeout: 3_000, interval: 50 }).toBe(false);
    expect(Date.now() - diedAt).toBeLessThan(400 + 500);
    await here.close().catch(() => undefined);
    await there.close();
  });

  it('presence: a heartbeat renews every user here in one pipelined batch, however many', async () => {
    const connection = await connect();
    const batches = vi.spyOn(connection, 'multi');
    const single = [vi.spyOn(connection, 'zAdd'), vi.spyOn(connection, 'pExpire')];
    const board = createRedisPresenceBoard({
      client: connection,
      prefix,
      instanceId: 'many',
      // Long enough that a stalled event loop on a loaded machine does not expire anyone.
      ttlMs: 1_500,
      onError,
    });
    const first = Date.now() * 1_000;
    const users = Array.from({ length: 2_000 }, (_, index) => first + index);
    for (const userId of users) board.online(userId);
    const started = Date.now();
    const before = batches.mock.calls.length;
    // Past two TTLs: only the heartbeats (every 500 ms) kept them.
    await new Promise((resolve) => setTimeout(resolve, 3_300));
    const heartbeats = batches.mock.calls.length - before;
    expect(heartbeats).toBeGreaterThanOrEqual(2);
    expect(heartbeats).toBeLessThanOrEqual(Math.ceil((Date.now() - started) / 500) + 1);
    for (const spy of single) expect(spy).not.toHaveBeenCalled();
    const online = await Promise.all(users.map((userId) => board.isOnline(userId)));
    expect(online.filter((isOnline) => !isOnline)).toEqual([]);
    await board.close();
  });

  it('presence: the last socket here closing takes the user offline at once; a clean shutdown too', async () => {
    const board = createRedisPresenceBoard({ client, prefix, instanceId: 'one', ttlMs: 60_000, onError });
    const other = createRedisPresenceBoard({ client, prefix, instanceId: 'two', ttlMs: 60_000, onError });
    const [first, second] = [Date.now() + 1, Date.now() + 2];
    board.online(first);
    other.online(first);
    board.online(second);
    await expect.poll(() => board.isOnline(second)).toBe(true);
    board.offline(first);
    // Still online through the other process.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await board.isOnline(first)).toBe(true);
    other.offline(first);
    await expect.poll(() => board.isOnline(first)).toBe(false);
    await board.close();
    expect(await other.isOnline(second)).toBe(false);
    await other.close();
  });
});

describe.skipIf(skipped === null)('the Redis backplane adapters', () => {
  it.skip(skipped ?? '', () => undefined);
});
