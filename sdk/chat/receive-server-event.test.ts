import { describe, expect, it } from 'vitest';
import type { ChatConnectionEvents } from './chat-connection-events.js';
import { ChatSendError } from './connection-state.js';
import { Emitter } from './emitter.js';
import { chatMessageEvent } from './fake-chat-socket.test-support.js';
import { MessageLog } from './message-log.js';
import { Outbox } from './outbox.js';
import { receiveServerEvent } from './receive-server-event.js';

const chatMessage = chatMessageEvent;

/** A receiver over real parts, recording every event it emits. */
function receiver(lastMessageId: number | null = null) {
  const events = new Emitter<ChatConnectionEvents>();
  const emitted: [string, unknown][] = [];
  for (const name of ['state', 'message', 'typing', 'read', 'error', 'reset'] as const)
    events.on(name, (payload) => emitted.push([name, payload]));
  const parts = { events, outbox: new Outbox(), log: new MessageLog(lastMessageId), opened: 0 };
  const receive = (frame: unknown) =>
    receiveServerEvent(typeof frame === 'string' ? frame : JSON.stringify(frame), {
      ...parts,
      onOpen: () => (parts.opened += 1),
    });
  return {
    ...parts,
    emitted,
    receive,
    get opened() {
      return parts.opened;
    },
  };
}

describe('receiveServerEvent', () => {
  it('opens on connection_established, taking the room’s newest id as the cursor', () => {
    const r = receiver();
    r.receive({ type: 'connection_established', message: 'Connected', last_message_id: 9 });
    expect(r.opened).toBe(1);
    expect(r.log.resumeAfter).toBe(9);
    expect(r.emitted).toEqual([]);
  });

  it('opens without a cursor when connection_established tells none', () => {
    const r = receiver();
    r.receive({ type: 'connection_established', message: 'Connected' });
    expect(r.opened).toBe(1);
    expect(r.log.resumeAfter).toBeNull();
  });

  it('emits a new message once and logs it; a repeat is dropped', () => {
    const r = receiver();
    r.receive(chatMessage(1));
    r.receive(chatMessage(1));
    expect(r.emitted).toEqual([['message', chatMessage(1)]]);
    expect(r.log.messages).toEqual([chatMessage(1)]);
  });

  it('settles the send a message echoes, even when the log had already seen it', async () => {
    const r = receiver(5);
    const sent = r.outbox.add('c1', 'message 5');
    r.receive(chatMessage(5, 'c1'));
    await expect(sent).resolves.toEqual(chatMessage(5, 'c1'));
    expect(r.emitted).toEqual([]);
  });

  it('emits typing indicators and read receipts as they come', () => {
    const r = receiver();
    const typing = { type: 'typing_indicator', user_id: 2, user_name: 'B', is_typing: true };
    const read = { type: 'messages_read', user_id: 2, message_ids: [1], read_at: '2026-01-01T00:00:00Z' };
    r.receive(typing);
    r.receive(read);
    expect(r.emitted).toEqual([
      ['typing', typing],
      ['read', read],
    ]);
  });

  it('emits a server error with its code and fails the send it names', async () => {
    const r = receiver();
    const sent = r.outbox.add('c1', 'hi');
    r.receive({ type: 'error', message: 'Slow down.', code: 'rate_limited', client_id: 'c1' });
    const error = { code: 'server_error', message: 'Slow down.', serverCode: 'rate_limited' };
    expect(r.emitted).toEqual([['error', error]]);
    const failure = await sent.then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(failure).toBeInstanceOf(ChatSendError);
    expect((failure as ChatSendError).error).toEqual(error);
  });

  it('emits a server error without a code as such, and fails no send', () => {
    const r = receiver();
    void r.outbox.add('c1', 'hi');
    r.receive({ type: 'error', message: 'Bad.' });
    expect(r.emitted).toEqual([['error', { code: 'server_error', message: 'Bad.' }]]);
    expect(r.outbox.size).toBe(1);
  });

  it('on resume_reset forgets the log, takes the server’s cursor and emits reset, not error', () => {
    const r = receiver(100);
    r.receive({ type: 'connection_established', message: 'Connected', last_message_id: 3 });
    r.receive(chatMessage(101));
    r.emitted.length = 0;
    r.receive({ type: 'error', message: 'Resumed from the newest.', code: 'resume_reset' });
    expect(r.emitted).toEqual([['reset', { lastMessageId: 101, message: 'Resumed from the newest.' }]]);
    expect(r.log.messages).toEqual([]);
    expect(r.log.resumeAfter).toBe(3);
  });

  it.each([
    ['not JSON', '{oops'],
    ['an unknown type', JSON.stringify({ type: 'surprise' })],
    ['a message without its id', JSON.stringify({ ...chatMessage(1), message_id: 'x' })],
  ])('reports %s as invalid_event and acts on nothing', (_, frame) => {
    const r = receiver();
    r.receive(frame);
    expect(r.emitted).toEqual([
      ['error', { code: 'invalid_event', message: 'The server sent an event outside the contract.' }],
    ]);
    expect(r.opened).toBe(0);
  });

  it('reads a frame given as a Buffer', () => {
    const r = receiver();
    receiveServerEvent(Buffer.from(JSON.stringify(chatMessage(1))), { ...r, onOpen: () => undefined });
    expect(r.log.messages).toEqual([chatMessage(1)]);
  });
});
