import { describe, expect, it } from 'vitest';
import { RESUME_RESET_CODE } from '../../contract/index.js';
import type { ChatHistoryReset } from '../../sdk/index.js';
import { accessTokenOf } from '../support/factories.js';
import { groupChatRoom } from '../support/groups.js';
import { eventually, openJoinedSocket } from '../support/sockets.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();
/** An id kept across a database reset: far beyond anything stored. */
const FUTURE_ID = 1_000_000_000;

async function groupWithHistory() {
  const room = await groupChatRoom(target.current);
  return { ...room, newest: await room.send('before') };
}

describe('chat sockets: ?last_message_id= past the newest message (DESIGN §5)', () => {
  it('answers resume_reset right after connection_established, then delivers new messages', async () => {
    const { member, send, newest, path } = await groupWithHistory();
    const socket = await openJoinedSocket(target.current, path, {
      token: accessTokenOf(member),
      last_message_id: FUTURE_ID,
    });
    await socket.waitFor((event) => event.type === 'error', 'resume_reset');
    const id = await send('after the reset');
    await socket.waitFor((event) => event.type === 'chat_message', 'the new message');
    expect(socket.events).toEqual([
      { type: 'connection_established', message: 'Connected to chat', last_message_id: newest },
      {
        type: 'error',
        code: RESUME_RESET_CODE,
        message: `No message here comes after ${FUTURE_ID} (the newest is ${newest}): resuming from the newest; reload the history.`,
      },
      expect.objectContaining({ type: 'chat_message', message_id: id, content: 'after the reset' }),
    ]);
    socket.close();
  });

  it('resumes normally from the newest message itself, without resume_reset', async () => {
    const { member, send, newest, path } = await groupWithHistory();
    const socket = await openJoinedSocket(target.current, path, {
      token: accessTokenOf(member),
      last_message_id: newest,
    });
    await send('next');
    await socket.waitFor((event) => event.type === 'chat_message', 'the new message');
    expect(socket.events.map((event) => event.type)).toEqual(['connection_established', 'chat_message']);
    socket.close();
  });
});

describe('client.chat resuming from an id the server no longer has', () => {
  it('recovers by itself: reports a reset and receives the new messages', async () => {
    const { member, group, send } = await groupWithHistory();
    const connection = member.client.chat.group(group.id, { lastMessageId: FUTURE_ID });
    const resets: ChatHistoryReset[] = [];
    connection.on('reset', (reset) => resets.push(reset));
    await eventually(() => resets.length === 1, 'the reset event');
    expect(resets[0]?.lastMessageId).toBe(FUTURE_ID);
    const id = await send('after the reset');
    await eventually(() => connection.messages.length === 1, 'the new message');
    expect(connection.messages.map((message) => [message.message_id, message.content])).toEqual([
      [id, 'after the reset'],
    ]);
    const echo = await connection.send('mine too');
    expect(connection.messages.map((message) => message.message_id)).toEqual([id, echo.message_id]);
    connection.close();
  });
});
