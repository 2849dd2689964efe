import { describe, expect, it } from 'vitest';
import type { ChatMessageEvent } from '../../contract/index.js';
import { Outbox } from './outbox.js';

const echo = (clientId: string | null | undefined, id = 1): ChatMessageEvent => ({
  type: 'chat_message',
  message_id: id,
  sender_id: 1,
  sender_name: 'A',
  sender_avatar: null,
  content: 'hi',
  created_at: '2026-01-01T00:00:00Z',
  ...(clientId !== undefined && { client_id: clientId }),
});

/** Whether a promise has settled yet, without waiting for it. */
async function isSettled(promise: Promise<unknown>) {
  const marker = Symbol('pending');
  const result = await Promise.race([
    promise.then(
      () => 'done',
      () => 'done',
    ),
    Promise.resolve(marker),
  ]);
  return result !== marker;
}

describe('Outbox', () => {
  it('lists the messages waiting for their echo, oldest first', () => {
    const outbox = new Outbox();
    void outbox.add('a', 'first');
    void outbox.add('b', 'second');
    expect(outbox.entries()).toEqual([
      { clientId: 'a', content: 'first' },
      { clientId: 'b', content: 'second' },
    ]);
    expect(outbox.size).toBe(2);
  });

  it('settles the send whose client_id the server echoed, and only that one', async () => {
    const outbox = new Outbox();
    const first = outbox.add('a', 'first');
    const second = outbox.add('b', 'second');
    const event = echo('b', 7);
    outbox.settle(event);
    await expect(second).resolves.toBe(event);
    expect(await isSettled(first)).toBe(false);
    expect(outbox.entries()).toEqual([{ clientId: 'a', content: 'first' }]);
  });

  it('ignores an echo without a client_id or with an unknown one', async () => {
    const outbox = new Outbox();
    const pending = outbox.add('a', 'first');
    outbox.settle(echo(undefined));
    outbox.settle(echo(null));
    outbox.settle(echo('zzz'));
    expect(outbox.size).toBe(1);
    expect(await isSettled(pending)).toBe(false);
  });

  it('fails the send the server refused, and only that one', async () => {
    const outbox = new Outbox();
    const first = outbox.add('a', 'first');
    const second = outbox.add('b', 'second');
    const error = new Error('rate limited');
    outbox.reject('a', error);
    outbox.reject('unknown', new Error('ignored'));
    await expect(first).rejects.toBe(error);
    expect(await isSettled(second)).toBe(false);
    expect(outbox.size).toBe(1);
  });

  it('fails every waiting send at once, and is empty after', async () => {
    const outbox = new Outbox();
    const sends = [outbox.add('a', 'first'), outbox.add('b', 'second')];
    const error = new Error('closed');
    outbox.rejectAll(error);
    for (const send of sends) await expect(send).rejects.toBe(error);
    expect(outbox.size).toBe(0);
    expect(outbox.entries()).toEqual([]);
  });
});
