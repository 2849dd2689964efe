import { describe, expect, it } from 'vitest';
import { ChatSocketPaths, CloseCode } from '../../contract/index.js';
import { accessTokenOf, signUp, type SignedInUser } from '../support/factories.js';
import { addActiveMember, createGroup } from '../support/groups.js';
import { connect, conversationOf } from '../support/matching.js';
import { bodyOf } from '../support/responses.js';
import { openSocket } from '../support/sockets.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();

async function groupWithMember() {
  const admin = await signUp(target.current);
  const group = await createGroup(admin);
  const member = await addActiveMember(target.current, admin, group);
  return { admin, member, group, path: ChatSocketPaths.group(group.id) };
}

async function joined(user: SignedInUser, path: string, query: Record<string, string | number> = {}) {
  const socket = openSocket(target.current, path, { token: accessTokenOf(user), ...query });
  await socket.waitFor((event) => event.type === 'connection_established', 'connection_established');
  return socket;
}

describe('chat sockets: who may connect', () => {
  it('closes 4001 without a valid token', async () => {
    const { path } = await groupWithMember();
    expect((await openSocket(target.current, path).closed).code).toBe(CloseCode.unauthenticated);
    expect((await openSocket(target.current, path, { token: 'nope' }).closed).code).toBe(
      CloseCode.unauthenticated,
    );
  });

  it('closes 4004 for an unknown room, a hidden group and someone else’s conversation', async () => {
    const outsider = await signUp(target.current);
    const admin = await signUp(target.current);
    const hidden = await createGroup(admin, { privacy: 'invite_only' });
    const [alice, bob] = [await signUp(target.current), await signUp(target.current)];
    const connection = await connect(alice, bob);
    const conversationId = await conversationOf(alice, connection.id);
    for (const path of [
      ChatSocketPaths.group(987_654),
      ChatSocketPaths.group(hidden.id),
      ChatSocketPaths.direct(conversationId),
    ]) {
      expect((await openSocket(target.current, path, { token: accessTokenOf(outsider) }).closed).code).toBe(
        CloseCode.unknownRoom,
      );
    }
  });

  it('closes 4003 for a non-member of a visible group and over a blocked connection', async () => {
    const { path } = await groupWithMember();
    const outsider = await signUp(target.current);
    expect((await openSocket(target.current, path, { token: accessTokenOf(outsider) }).closed).code).toBe(
      CloseCode.forbidden,
    );
    const [alice, bob] = [await signUp(target.current), await signUp(target.current)];
    const connection = await connect(alice, bob);
    const conversationId = await conversationOf(alice, connection.id);
    await bob.client.matching.blockRequest({ params: { id: connection.id } });
    expect(
      (
        await openSocket(target.current, ChatSocketPaths.direct(conversationId), {
          token: accessTokenOf(alice),
        }).closed
      ).code,
    ).toBe(CloseCode.forbidden);
  });

  it('sends connection_established first', async () => {
    const { member, path } = await groupWithMember();
    const socket = await joined(member, path);
    expect(socket.events[0]).toEqual({
      type: 'connection_established',
      message: 'Connected to chat',
      last_message_id: 0,
    });
    socket.close();
  });
});

describe('chat sockets: events', () => {
  it('broadcasts a message to every socket in the room, the sender’s included, and stores it', async () => {
    const { admin, member, group, path } = await groupWithMember();
    const [mine, theirs] = [await joined(member, path), await joined(admin, path)];
    mine.send({ type: 'chat_message', content: 'Hello everyone!' });
    const expected = {
      type: 'chat_message',
      content: 'Hello everyone!',
      sender_id: member.user.id,
      sender_name: member.user.full_name,
    };
    const echoed = await mine.waitFor((event) => event.type === 'chat_message');
    expect(echoed).toMatchObject(expected);
    expect(await theirs.waitFor((event) => event.type === 'chat_message')).toEqual(echoed);
    const history = await admin.client.groupMessages.list({ params: { groupId: group.id } });
    expect(history.status === 200 && history.body.results.map((message) => message.id)).toEqual([
      (echoed as { message_id: number }).message_id,
    ]);
    mine.close();
    theirs.close();
  });

  it('sends typing indicators to the others only', async () => {
    const { admin, member, path } = await groupWithMember();
    const [mine, theirs] = [await joined(member, path), await joined(admin, path)];
    mine.send({ type: 'typing_indicator', is_typing: true });
    expect(await theirs.waitFor((event) => event.type === 'typing_indicator')).toEqual({
      type: 'typing_indicator',
      user_id: member.user.id,
      user_name: member.user.full_name,
      is_typing: true,
    });
    mine.send({ type: 'chat_message', content: 'after typing' });
    await mine.waitFor((event) => event.type === 'chat_message');
    expect(mine.events.some((event) => event.type === 'typing_indicator')).toBe(false);
    mine.close();
    theirs.close();
  });

  it('answers message_read with messages_read to the room, and records the receipt', async () => {
    const { admin, member, group, path } = await groupWithMember();
    const [mine, theirs] = [await joined(member, path), await joined(admin, path)];
    theirs.send({ type: 'chat_message', content: 'read me' });
    const message = (await mine.waitFor((event) => event.type === 'chat_message')) as { message_id: number };
    mine.send({ type: 'message_read', message_ids: [message.message_id] });
    expect(await theirs.waitFor((event) => event.type === 'messages_read')).toMatchObject({
      type: 'messages_read',
      user_id: member.user.id,
      message_ids: [message.message_id],
    });
    const seen = await member.client.groupMessages.list({ params: { groupId: group.id } });
    expect(seen.status === 200 && seen.body.results[0]?.is_read).toBe(true);
    mine.close();
    theirs.close();
  });

  it('stores a resent client_id once and echoes the same message', async () => {
    const { member, group, path } = await groupWithMember();
    const socket = await joined(member, path);
    socket.send({ type: 'chat_message', content: 'once', client_id: 'abc-1' });
    socket.send({ type: 'chat_message', content: 'once', client_id: 'abc-1' });
    await socket.waitFor(
      (event) =>
        event.type === 'chat_message' && socket.events.filter((e) => e.type === 'chat_message').length === 2,
      'two echoes',
    );
    const echoes = socket.events.flatMap((event) => (event.type === 'chat_message' ? [event] : []));
    expect(new Set(echoes.map((event) => event.message_id)).size).toBe(1);
    expect(echoes.map((event) => event.client_id)).toEqual(['abc-1', 'abc-1']);
    const history = await member.client.groupMessages.list({ params: { groupId: group.id } });
    expect(history.status === 200 && history.body.count).toBe(1);
    socket.close();
  });

  it('stores the same client_id from two senders in one room as two messages', async () => {
    const { admin, member, group, path } = await groupWithMember();
    const [mine, theirs] = [await joined(member, path), await joined(admin, path)];
    mine.send({ type: 'chat_message', content: 'from the member', client_id: 'same-1' });
    await theirs.waitFor((event) => event.type === 'chat_message', "the member's message");
    theirs.send({ type: 'chat_message', content: 'from the admin', client_id: 'same-1' });
    const chatMessages = () => theirs.events.filter((event) => event.type === 'chat_message');
    await theirs.waitFor(() => chatMessages().length === 2, "the admin's echo");
    expect(chatMessages()).toEqual([
      expect.objectContaining({ sender_id: member.user.id, content: 'from the member', client_id: 'same-1' }),
      expect.objectContaining({ sender_id: admin.user.id, content: 'from the admin', client_id: 'same-1' }),
    ]);
    const history = bodyOf(
      await admin.client.groupMessages.list({ params: { groupId: group.id } }),
      200,
      'the history',
    );
    expect(history.results.map((message) => [message.sender.id, message.content])).toEqual([
      [admin.user.id, 'from the admin'],
      [member.user.id, 'from the member'],
    ]);
    mine.close();
    theirs.close();
  });

  it('resumes: sends every stored message after last_message_id, in order, right after connection_established', async () => {
    const { admin, member, group, path } = await groupWithMember();
    const ids = [];
    for (const content of ['one', 'two', 'three']) {
      const sent = await admin.client.groupMessages.send({
        params: { groupId: group.id },
        body: { content },
      });
      ids.push(bodyOf(sent, 201, `sending ${content}`).id);
    }
    const socket = await joined(member, path, { last_message_id: ids[0]! });
    await socket.waitFor(
      (event) => event.type === 'chat_message' && event.content === 'three',
      'the backlog',
    );
    expect(
      socket.events.map((event) => (event.type === 'chat_message' ? event.content : event.type)),
    ).toEqual(['connection_established', 'two', 'three']);
    socket.close();
  });

  it('delivers messages and read receipts made over REST like socket ones', async () => {
    const [alice, bob] = [await signUp(target.current), await signUp(target.current)];
    const connection = await connect(alice, bob);
    const conversationId = await conversationOf(alice, connection.id);
    const socket = await joined(alice, ChatSocketPaths.direct(conversationId));
    const sent = await bob.client.chat.sendMessage({
      body: { conversation: conversationId, content: 'over REST' },
    });
    expect(await socket.waitFor((event) => event.type === 'chat_message')).toMatchObject({
      message_id: bodyOf(sent, 201, 'the REST message').id,
      content: 'over REST',
      sender_id: bob.user.id,
    });
    await alice.client.chat.markRead({ params: { id: conversationId }, body: {} });
    expect(await socket.waitFor((event) => event.type === 'messages_read')).toMatchObject({
      user_id: alice.user.id,
    });
    socket.close();
  });
});

describe('chat sockets: bad input keeps the socket open', () => {
  it('answers invalid JSON, an unknown type, an over-long message and a null character with error events', async () => {
    const { member, group, path } = await groupWithMember();
    const socket = await joined(member, path);
    socket.sendRaw('{not json');
    socket.send({ type: 'dance' });
    socket.send({ type: 'chat_message', content: 'x'.repeat(5001) });
    socket.send({ type: 'chat_message', content: 'nul\u0000byte' });
    await socket.waitFor(
      (event) => event.type === 'error' && socket.events.filter((e) => e.type === 'error').length === 4,
      'four errors',
    );
    const errors = socket.events.flatMap((event) => (event.type === 'error' ? [event] : []));
    expect(errors.map((event) => event.code)).toEqual([
      'invalid_json',
      'invalid_event',
      'invalid_event',
      'invalid_event',
    ]);
    expect(errors[3]?.message).toBe('content: Null characters are not allowed.');
    socket.send({ type: 'chat_message', content: 'still here' });
    await socket.waitFor((event) => event.type === 'chat_message');
    const history = await member.client.groupMessages.list({ params: { groupId: group.id } });
    expect(history.status === 200 && history.body.results.map((message) => message.content)).toEqual([
      'still here',
    ]);
    socket.close();
  });

  it('refuses the 21st message within 10 seconds with a rate_limited error, storing nothing for it', async () => {
    const { member, group, path } = await groupWithMember();
    const socket = await joined(member, path);
    for (let index = 1; index <= 21; index += 1) socket.send({ type: 'chat_message', content: `m${index}` });
    expect(await socket.waitFor((event) => event.type === 'error')).toMatchObject({ code: 'rate_limited' });
    await socket.waitFor((event) => event.type === 'chat_message' && event.content === 'm20', 'the 20th');
    target.current.clock.advance(10_001);
    socket.send({ type: 'chat_message', content: 'later' });
    await socket.waitFor(
      (event) => event.type === 'chat_message' && event.content === 'later',
      'after the window',
    );
    const history = await member.client.groupMessages.list({
      params: { groupId: group.id },
      query: { page_size: 100 },
    });
    expect(history.status === 200 && history.body.count).toBe(21);
    socket.close();
  });
});

describe('presence', () => {
  it('is online while a socket is open, and last_seen is when the last one closed', async () => {
    const { admin, member, path } = await groupWithMember();
    const status = async () => (await admin.client.users.getStatus({ params: { id: member.user.id } })).body;
    const [first, second] = [await joined(member, path), await joined(member, path)];
    expect(await status()).toEqual({ is_online: true, last_seen: target.current.clock.now().toISOString() });
    first.close();
    await first.closed;
    expect(await status()).toMatchObject({ is_online: true });
    target.current.clock.advance(60_000);
    second.close();
    await second.closed;
    await expect
      .poll(status)
      .toEqual({ is_online: false, last_seen: target.current.clock.now().toISOString() });
  });
});
