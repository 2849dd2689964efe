import { describe, expect, it } from 'vitest';
import { signUp } from '../support/factories.js';
import { addActiveMember, createGroup } from '../support/groups.js';
import { runSeedGroupChatExample } from '../support/seed-code/group-chat-example.js';
import { eventually } from '../support/sockets.js';
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
    const quiet = { log: () => undefined, error: () => undefined };
    const { ws, sendMessage, sendTypingIndicator, markMessagesRead } = runSeedGroupChatExample({
      origin: target.current.socketOrigin,
      groupId,
      token,
      displayMessage: (data) => seen.push(`message:${(data as { content: string }).content}`),
      showTypingIndicator: (name) => seen.push(`typing:${name}`),
      hideTypingIndicator: (name) => seen.push(`stopped:${name}`),
      updateReadReceipts: (ids, userId) => seen.push(`read:${ids.length}:${userId}`),
      console: quiet,
    });
    const origin = target.current.socketOrigin;

    await eventually(() => ws.readyState === WebSocket.OPEN, 'the socket to open');
    await new Promise((resolve) => setTimeout(resolve, 20));
    sendMessage('Hello everyone!');
    sendTypingIndicator(true);
    const peer = new WebSocket(
      `${origin}/ws/groups/${groupId}/chat/?token=${admin.client.tokens.get()?.access ?? ''}`,
    );
    await eventually(() => peer.readyState === WebSocket.OPEN, 'the peer to open');
    await new Promise((resolve) => setTimeout(resolve, 20));
    peer.send(JSON.stringify({ type: 'typing_indicator', is_typing: true }));
    await eventually(
      () => seen.includes('message:Hello everyone!') && seen.includes(`typing:${admin.user.full_name}`),
      'the events',
    );
    const history = await member.client.groupMessages.list({ params: { groupId } });
    const messageId = history.status === 200 ? (history.body.results[0]?.id ?? 0) : 0;
    peer.send(JSON.stringify({ type: 'message_read', message_ids: [messageId] }));
    markMessagesRead([messageId]);
    await eventually(() => seen.includes(`read:1:${admin.user.id}`), 'the read receipt');
    expect(seen.filter((entry) => entry.startsWith('typing:'))).toEqual([`typing:${admin.user.full_name}`]);
    ws.close();
    peer.close();
  });
});
