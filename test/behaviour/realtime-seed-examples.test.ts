import { describe, expect, it } from 'vitest';
import { signUp } from '../support/factories.js';
import { addActiveMember, createGroup } from '../support/groups.js';
import { runSeedGroupChatExample } from '../support/seed-code/group-chat-example.js';
import { eventually, openJoinedSocket } from '../support/sockets.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();

describe('seed 000 "Example 3: Connect to Group Chat WebSocket", as written', () => {
  it('connects, receives its own message and a member’s typing and read receipt', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin);
    const member = await addActiveMember(target.current, admin, group);
    const groupId = group.id;
    const token = member.client.tokens.get()?.access ?? '';
    const seen: string[] = [];
    const shown: number[] = [];
    const logged: string[] = [];
    const quiet = { log: (line: string) => logged.push(line), error: () => undefined };
    const { ws, sendMessage, sendTypingIndicator, markMessagesRead } = runSeedGroupChatExample({
      origin: target.current.socketOrigin,
      groupId,
      token,
      displayMessage: (data) => {
        const { content, message_id } = data as { content: string; message_id: number };
        seen.push(`message:${content}`);
        shown.push(message_id);
      },
      showTypingIndicator: (name) => seen.push(`typing:${name}`),
      hideTypingIndicator: (name) => seen.push(`stopped:${name}`),
      updateReadReceipts: (ids, userId) => seen.push(`read:${ids.length}:${userId}`),
      console: quiet,
    });

    // The example's own log says when the server has taken the socket into the room.
    await eventually(() => logged.includes('Connection established'), 'the example to log its connection');
    sendMessage('Hello everyone!');
    sendTypingIndicator(true);
    const peer = await openJoinedSocket(target.current, `/ws/groups/${groupId}/chat/`, {
      token: admin.client.tokens.get()?.access ?? '',
    });
    peer.send({ type: 'typing_indicator', is_typing: true });
    await eventually(
      () => seen.includes('message:Hello everyone!') && seen.includes(`typing:${admin.user.full_name}`),
      'the events',
    );
    const [messageId] = shown;
    if (messageId === undefined) throw new Error('The example displayed no message');
    peer.send({ type: 'message_read', message_ids: [messageId] });
    markMessagesRead([messageId]);
    await eventually(() => seen.includes(`read:1:${admin.user.id}`), 'the read receipt');
    // The echo of a later message: the server has handled the example's own typing frame by now.
    sendMessage('Bye!');
    await eventually(() => seen.includes('message:Bye!'), 'the echo of a later message');
    expect(seen.filter((entry) => entry.startsWith('typing:'))).toEqual([`typing:${admin.user.full_name}`]);
    ws.close();
    peer.close();
  });
});
