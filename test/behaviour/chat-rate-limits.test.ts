import { describe, expect, it } from 'vitest';
import { ChatSocketPaths, type ServerEvent } from '../../contract/index.js';
import { accessTokenOf, signUp, type SignedInUser } from '../support/factories.js';
import { addActiveMember, createGroup } from '../support/groups.js';
import { connect } from '../support/matching.js';
import { bodyOf } from '../support/responses.js';
import { eventually, openSocket, type RawSocket } from '../support/sockets.js';
import { useTarget } from '../targets/index.js';

// DESIGN §5 and CoreConfig.rateLimits: per user and room, over all their sockets and REST.
const MESSAGES = 20;
const MESSAGE_WINDOW_MS = 10_000;
const TYPING_PER_SECOND = 3;
const RECEIPTS_PER_SECOND = 10;

const target = useTarget();

async function groupWithMember() {
  const admin = await signUp(target.current);
  const group = await createGroup(admin);
  const member = await addActiveMember(target.current, admin, group);
  return { admin, member, groupId: group.id, path: ChatSocketPaths.group(group.id) };
}

async function joined(user: SignedInUser, path: string): Promise<RawSocket> {
  const socket = openSocket(target.current, path, { token: accessTokenOf(user) });
  await socket.waitFor((event) => event.type === 'connection_established', 'connection_established');
  return socket;
}

const ofType = <Type extends ServerEvent['type']>(sockets: RawSocket[], type: Type, code?: string) =>
  sockets.flatMap((socket) =>
    socket.events.filter(
      (event): event is Extract<ServerEvent, { type: Type }> =>
        event.type === type && (code === undefined || (event.type === 'error' && event.code === code)),
    ),
  );

async function sendToGroup(user: SignedInUser, groupId: number, content: string) {
  return user.client.groupMessages.send({ params: { groupId }, body: { content } });
}

async function storedCount(user: SignedInUser, groupId: number): Promise<number> {
  const page = await user.client.groupMessages.list({ params: { groupId }, query: { page_size: 100 } });
  return page.status === 200 ? page.body.count : -1;
}

/** Sends `content` on each socket after everything sent before it, and waits until `observer` has them all. */
async function settle(senders: RawSocket[], observer: RawSocket, label: string) {
  senders.forEach((socket, index) => socket.send({ type: 'chat_message', content: `${label} ${index}` }));
  await eventually(
    () =>
      ofType([observer], 'chat_message').filter((event) => event.content.startsWith(label)).length ===
      senders.length,
    `the ${label} messages`,
  );
}

describe('WS /ws/groups/{group_id}/chat/: chat_message budget', () => {
  it('stores at most 20 messages in 10 seconds from one user over three sockets together', async () => {
    const { admin, member, groupId, path } = await groupWithMember();
    const sockets = [await joined(member, path), await joined(member, path), await joined(member, path)];
    for (let round = 0; round < 10; round += 1) {
      sockets.forEach((socket, index) =>
        socket.send({
          type: 'chat_message',
          content: `s${index} r${round}`,
          client_id: `s${index} r${round}`,
        }),
      );
    }
    await eventually(
      () =>
        ofType(sockets, 'error', 'rate_limited').length === 30 - MESSAGES &&
        ofType(sockets.slice(0, 1), 'chat_message').length === MESSAGES,
      'ten refusals and twenty messages',
    );
    expect(await storedCount(admin, groupId)).toBe(MESSAGES);
    for (const socket of sockets) socket.close();
  });

  it('answers every refused message with rate_limited and its client_id, storing nothing for it', async () => {
    const { admin, member, groupId, path } = await groupWithMember();
    const socket = await joined(member, path);
    for (let index = 1; index <= MESSAGES + 2; index += 1) {
      socket.send({ type: 'chat_message', content: `m${index}`, client_id: `c${index}` });
    }
    await eventually(
      () => ofType([socket], 'error').length === 2 && ofType([socket], 'chat_message').length === MESSAGES,
      'two refusals and twenty messages',
    );
    expect(ofType([socket], 'error')).toEqual([
      expect.objectContaining({ code: 'rate_limited', client_id: 'c21' }),
      expect.objectContaining({ code: 'rate_limited', client_id: 'c22' }),
    ]);
    expect(ofType([socket], 'error')[0]?.message).toMatch(/at most 20 every 10 seconds/);
    expect(await storedCount(admin, groupId)).toBe(MESSAGES);
    socket.close();
  });

  it('answers a flood of messages without client_id once, not once per refused message', async () => {
    const { admin, member, groupId, path } = await groupWithMember();
    const socket = await joined(member, path);
    for (let index = 0; index < MESSAGES + 30; index += 1) {
      socket.send({ type: 'chat_message', content: `plain ${index}` });
    }
    // Frames of one socket are handled in order: this refusal comes after every one above.
    socket.send({ type: 'chat_message', content: 'last', client_id: 'last' });
    await socket.waitFor((event) => event.type === 'error' && event.client_id === 'last', 'the last refusal');
    expect(ofType([socket], 'error').map((event) => [event.code, event.client_id ?? null])).toEqual([
      ['rate_limited', null],
      ['rate_limited', 'last'],
    ]);
    expect(await storedCount(admin, groupId)).toBe(MESSAGES);
    socket.close();
  });

  it('shares one budget between REST and WebSocket sends', async () => {
    const { admin, member, groupId, path } = await groupWithMember();
    for (let index = 0; index < 15; index += 1) {
      expect((await sendToGroup(member, groupId, `rest ${index}`)).status).toBe(201);
    }
    const socket = await joined(member, path);
    for (let index = 0; index < 10; index += 1) {
      socket.send({ type: 'chat_message', content: `ws ${index}`, client_id: `ws ${index}` });
    }
    await eventually(
      () =>
        ofType([socket], 'error', 'rate_limited').length === 5 &&
        ofType([socket], 'chat_message').length === 5,
      'five refusals and five messages',
    );
    const refused = await sendToGroup(member, groupId, 'one more');
    expect(refused.status).toBe(429);
    expect(await storedCount(admin, groupId)).toBe(MESSAGES);
    socket.close();
  });

  it('leaves other users and the same user’s other rooms their own budgets', async () => {
    const { admin, member, groupId } = await groupWithMember();
    const other = await createGroup(admin, { name: 'Another room' });
    await member.client.groups.join({ params: { id: other.id }, body: {} });
    for (let index = 0; index < MESSAGES; index += 1) await sendToGroup(member, groupId, `m${index}`);
    expect((await sendToGroup(member, groupId, 'over')).status).toBe(429);
    expect((await sendToGroup(member, other.id, 'elsewhere')).status).toBe(201);
    expect((await sendToGroup(admin, groupId, 'someone else')).status).toBe(201);
  });
});

describe('POST /api/groups/{group_id}/messages/', () => {
  it('answers 429 with DRF’s detail and Retry-After over the budget, and frees up as the clock moves', async () => {
    const { member, groupId } = await groupWithMember();
    for (let index = 0; index < MESSAGES; index += 1) await sendToGroup(member, groupId, `m${index}`);
    const refused = await sendToGroup(member, groupId, 'too soon');
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ detail: 'Request was throttled. Expected available in 10 seconds.' });
    expect(refused.headers.get('retry-after')).toBe('10');
    target.current.clock.advance(4_000);
    const later = await sendToGroup(member, groupId, 'still too soon');
    expect([later.status, later.headers.get('retry-after')]).toEqual([429, '6']);
    target.current.clock.advance(MESSAGE_WINDOW_MS - 4_000);
    expect((await sendToGroup(member, groupId, 'in the next window')).status).toBe(201);
  });
});

describe('POST /api/chat/messages/', () => {
  it('shares the conversation’s budget with the socket and answers 429 with Retry-After over it', async () => {
    const [alice, bob] = [await signUp(target.current), await signUp(target.current)];
    const connection = await connect(alice, bob);
    const opened = await alice.client.chat.conversationByConnection({
      query: { connection_id: connection.id },
    });
    const conversation = bodyOf(opened, 200, 'the conversation').id;
    const socket = await joined(alice, ChatSocketPaths.direct(conversation));
    for (let index = 0; index < MESSAGES; index += 1)
      socket.send({ type: 'chat_message', content: `ws ${index}` });
    await eventually(() => ofType([socket], 'chat_message').length === MESSAGES, 'twenty echoes');
    const refused = await alice.client.chat.sendMessage({ body: { conversation, content: 'rest' } });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('10');
    const fromBob = await bob.client.chat.sendMessage({ body: { conversation, content: 'hi' } });
    expect(fromBob.status).toBe(201);
    target.current.clock.advance(MESSAGE_WINDOW_MS);
    expect((await alice.client.chat.sendMessage({ body: { conversation, content: 'rest' } })).status).toBe(
      201,
    );
    socket.close();
  });
});

describe('WS /ws/groups/{group_id}/chat/: typing and read receipts', () => {
  it('forwards at most 3 typing indicators a second from one user, and says so once per flood', async () => {
    const { admin, member, path } = await groupWithMember();
    const observer = await joined(admin, path);
    const typists = [await joined(member, path), await joined(member, path)];
    for (let index = 0; index < 100; index += 1) {
      typists[index % 2]?.send({ type: 'typing_indicator', is_typing: index % 3 !== 0 });
    }
    await settle(typists, observer, 'after the first flood');
    expect(ofType([observer], 'typing_indicator')).toHaveLength(TYPING_PER_SECOND);
    expect(ofType(typists, 'error')).toEqual([expect.objectContaining({ code: 'typing_rate_limited' })]);

    target.current.clock.advance(1_000);
    for (let index = 0; index < 100; index += 1)
      typists[index % 2]?.send({ type: 'typing_indicator', is_typing: true });
    await settle(typists, observer, 'after the second flood');
    expect(ofType([observer], 'typing_indicator')).toHaveLength(2 * TYPING_PER_SECOND);
    expect(ofType(typists, 'error', 'typing_rate_limited')).toHaveLength(2);
    for (const socket of [observer, ...typists]) socket.close();
  });

  it('records at most 10 read receipts a second from one user, and says so once per flood', async () => {
    const { admin, member, groupId, path } = await groupWithMember();
    const ids: number[] = [];
    for (let index = 0; index < 15; index += 1) {
      const sent = await sendToGroup(admin, groupId, `m${index}`);
      ids.push(bodyOf(sent, 201, `sending m${index}`).id);
    }
    const observer = await joined(admin, path);
    const reader = await joined(member, path);
    for (const id of ids) reader.send({ type: 'message_read', message_ids: [id] });
    await settle([reader], observer, 'after the receipts');
    expect(ofType([observer], 'messages_read')).toHaveLength(RECEIPTS_PER_SECOND);
    expect(ofType([reader], 'error')).toEqual([expect.objectContaining({ code: 'read_rate_limited' })]);
    const page = await member.client.groupMessages.list({ params: { groupId }, query: { page_size: 100 } });
    const read = page.status === 200 ? page.body.results.filter((message) => message.is_read) : [];
    // The reader's own settle message counts as read too.
    expect(read).toHaveLength(RECEIPTS_PER_SECOND + 1);
    for (const socket of [observer, reader]) socket.close();
  });
});
