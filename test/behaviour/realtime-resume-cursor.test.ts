import { describe, expect, it } from 'vitest';
import type { ChatConnection } from '../../sdk/index.js';
import { accessTokenOf, type SignedInUser } from '../support/factories.js';
import { groupChatRoom } from '../support/groups.js';
import { heldTimers } from '../support/held-timers.js';
import { eventually, openJoinedSocket } from '../support/sockets.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();

/** Opens `member`'s SDK chat with no lastMessageId, cuts it server-side and holds its reconnect. */
async function openThenCut(member: SignedInUser, groupId: number) {
  const { timers, release } = heldTimers();
  const client = target.current.client({ tokens: member.client.tokens, chat: { timers } });
  const connection = client.chat.group(groupId);
  await eventually(() => connection.state === 'open', 'the connection to open');
  const away = new Promise<void>((resolve) => {
    const stop = connection.on('state', (state) => {
      if (state !== 'reconnecting') return;
      stop();
      resolve();
    });
  });
  // The heartbeat timer is cleared on the cut: only the reconnect is left to release.
  expect(target.current.dropChatConnections((userId) => userId === member.user.id)).toBe(1);
  await away;
  return { connection, reconnect: release };
}

const logOf = (connection: ChatConnection) =>
  connection.messages.map((message) => [message.message_id, message.content]);

describe('client.chat reconnecting without a lastMessageId (DESIGN §5)', () => {
  it('receives, once and in order, the messages sent while it was away from an empty room', async () => {
    const { member, group, send } = await groupChatRoom(target.current);
    const { connection, reconnect } = await openThenCut(member, group.id);
    const ids = [await send('one'), await send('two')];
    expect(connection.state).toBe('reconnecting');
    reconnect();
    await eventually(() => connection.messages.length >= 2, 'the missed messages');
    const three = await send('three');
    await eventually(() => connection.messages.length >= 3, 'the next message');
    expect(logOf(connection)).toEqual([
      [ids[0], 'one'],
      [ids[1], 'two'],
      [three, 'three'],
    ]);
    connection.close();
  });

  it('starts after the history it found and misses nothing sent while it was away', async () => {
    const { member, group, send } = await groupChatRoom(target.current);
    await send('history');
    const { connection, reconnect } = await openThenCut(member, group.id);
    const ids = [await send('one'), await send('two')];
    reconnect();
    await eventually(() => connection.messages.length >= 2, 'the missed messages');
    expect(logOf(connection)).toEqual([
      [ids[0], 'one'],
      [ids[1], 'two'],
    ]);
    connection.close();
  });
});

describe('chat sockets: the resume point (DESIGN §5)', () => {
  it('tells the room’s newest message id in connection_established, 0 in an empty room', async () => {
    const { member, send, path } = await groupChatRoom(target.current);
    const empty = await openJoinedSocket(target.current, path, { token: accessTokenOf(member) });
    expect(empty.events[0]).toEqual({
      type: 'connection_established',
      message: 'Connected to chat',
      last_message_id: 0,
    });
    empty.close();
    const newest = await send('hello');
    const socket = await openJoinedSocket(target.current, path, { token: accessTokenOf(member) });
    expect(socket.events[0]).toMatchObject({ type: 'connection_established', last_message_id: newest });
    socket.close();
  });

  it('replays every stored message after last_message_id=0, in order', async () => {
    const { member, send, path } = await groupChatRoom(target.current);
    const ids = [await send('first'), await send('second')];
    const socket = await openJoinedSocket(target.current, path, {
      token: accessTokenOf(member),
      last_message_id: 0,
    });
    await eventually(() => socket.events.length >= 3, 'the replay');
    expect(
      socket.events.map((event) => (event.type === 'chat_message' ? event.message_id : event.type)),
    ).toEqual(['connection_established', ...ids]);
    socket.close();
  });
});
