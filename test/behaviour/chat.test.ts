import { describe, expect, it } from 'vitest';
import { signUp, type SignedInUser } from '../support/factories.js';
import { connect, sendRequest } from '../support/matching.js';
import { MINUTE } from '../support/sessions.js';
import { statusAndBody } from '../support/responses.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();

/** Two connected users and their conversation id. */
async function pair() {
  const [alice, bob] = [await signUp(target.current), await signUp(target.current)];
  const connection = await connect(alice, bob);
  const opened = await alice.client.chat.conversationByConnection({
    query: { connection_id: connection.id },
  });
  if (opened.status !== 200) throw new Error('no conversation');
  return { alice, bob, connection, conversationId: opened.body.id };
}

async function say(user: SignedInUser, conversation: number, content: string) {
  const response = await user.client.chat.sendMessage({ body: { conversation, content } });
  if (response.status !== 201) throw new Error(`send failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

describe('conversations', () => {
  it('opens the conversation of an accepted connection with both participants', async () => {
    const { alice, bob, connection, conversationId } = await pair();
    const response = await bob.client.chat.getConversation({ params: { id: conversationId } });
    expect(response.body).toMatchObject({
      id: conversationId,
      connection: connection.id,
      other_participant: { id: alice.user.id, email: alice.email },
      last_message: null,
      unread_count: 0,
      last_message_at: null,
    });
    expect(response.status === 200 && response.body.participants.map((user) => user.id).sort()).toEqual(
      [alice.user.id, bob.user.id].sort(),
    );
  });

  it('needs connection_id, and refuses a connection that was never accepted', async () => {
    const [alice, bob] = [await signUp(target.current), await signUp(target.current)];
    expect((await alice.client.chat.conversationByConnection({ query: {} })).body).toEqual({
      connection_id: ['This field is required.'],
    });
    const request = await sendRequest(alice, bob);
    const pending = await alice.client.chat.conversationByConnection({
      query: { connection_id: request.id },
    });
    expect(statusAndBody(pending)).toEqual({
      status: 400,
      body: { detail: 'This connection has not been accepted.' },
    });
  });

  it('lists conversations newest activity first with unread counts', async () => {
    const me = await signUp(target.current);
    const [a, b] = [await signUp(target.current), await signUp(target.current)];
    await connect(me, a);
    await connect(me, b);
    const conversations = await me.client.chat.listConversations();
    const byOther = new Map(
      (conversations.status === 200 ? conversations.body : []).map((row) => [
        row.other_participant.id,
        row.id,
      ]),
    );
    await say(a, byOther.get(a.user.id)!, 'from a');
    target.current.clock.advance(MINUTE);
    await say(b, byOther.get(b.user.id)!, 'from b');
    await say(b, byOther.get(b.user.id)!, 'again b');
    const response = await me.client.chat.listConversations();
    expect(
      response.status === 200 && response.body.map((row) => [row.other_participant.id, row.unread_count]),
    ).toEqual([
      [b.user.id, 2],
      [a.user.id, 1],
    ]);
    expect(response.status === 200 && response.body[0]?.last_message_preview).toMatchObject({
      content: 'again b',
      sender_id: b.user.id,
    });
  });

  it('starts or gets a conversation with a connected user: 201 when created, then 200', async () => {
    const [alice, bob] = [await signUp(target.current), await signUp(target.current)];
    await target.current.addConnectionRequest({
      senderId: alice.user.id,
      receiverId: bob.user.id,
      state: 'accepted',
    });
    const first = await alice.client.chat.startConversation({ body: { user_id: bob.user.id } });
    expect(first.status).toBe(201);
    const again = await bob.client.chat.startConversation({ body: { user_id: alice.user.id } });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.status === 201 ? first.body.id : -1 });
  });

  it('refuses to start a conversation with a user who is not a connection, and 404s an unknown user', async () => {
    const [alice, bob] = [await signUp(target.current), await signUp(target.current)];
    const refused = await alice.client.chat.startConversation({ body: { user_id: bob.user.id } });
    expect(refused.status).toBe(403);
    expect((await alice.client.chat.startConversation({ body: { user_id: 999_999 } })).status).toBe(404);
  });
});

describe('messages', () => {
  it('sends over HTTP with trimmed content, read_at null until the recipient reads', async () => {
    const { alice, conversationId } = await pair();
    const sent = await say(alice, conversationId, '  Hello! How are you?  ');
    expect(sent).toMatchObject({
      conversation: conversationId,
      sender: { id: alice.user.id },
      content: 'Hello! How are you?',
      is_read: false,
      read_at: null,
    });
  });

  it('lists history newest first with cursors, is_read meaning read by the recipient', async () => {
    const { alice, bob, conversationId } = await pair();
    const ids = [];
    for (const text of ['one', 'two', 'three']) ids.push((await say(alice, conversationId, text)).id);
    await bob.client.chat.markRead({ params: { id: conversationId }, body: { message_ids: [ids[0]!] } });
    const history = await alice.client.chat.listMessages({ params: { id: conversationId } });
    expect(
      history.status === 200 && history.body.results.map((message) => [message.content, message.is_read]),
    ).toEqual([
      ['three', false],
      ['two', false],
      ['one', true],
    ]);
    const after = await bob.client.chat.listMessages({
      params: { id: conversationId },
      query: { after: ids[0] },
    });
    expect(after.status === 200 && after.body.results.map((message) => message.content)).toEqual([
      'two',
      'three',
    ]);
    expect(after.status === 200 && [after.body.count, history.status === 200 && history.body.count]).toEqual([
      2, 3,
    ]);
  });

  it('marks only the other side’s messages read, answering the count', async () => {
    const { alice, bob, conversationId } = await pair();
    await say(alice, conversationId, 'a1');
    await say(alice, conversationId, 'a2');
    await say(bob, conversationId, 'b1');
    const response = await bob.client.chat.markRead({ params: { id: conversationId }, body: {} });
    expect(response.body).toEqual({ message: 'Marked 2 message(s) as read', marked_count: 2 });
    const detail = await bob.client.chat.getConversation({ params: { id: conversationId } });
    expect(detail.body).toMatchObject({ unread_count: 0, last_message: { content: 'b1', is_read: false } });
  });

  it('marks one message read with PATCH messages/{id}/read/', async () => {
    const { alice, bob, conversationId } = await pair();
    const sent = await say(alice, conversationId, 'read me');
    const response = await bob.client.chat.readMessage({ params: { id: sent.id } });
    expect(response.body).toEqual({ status: 'marked as read' });
    const detail = await bob.client.chat.getConversation({ params: { id: conversationId } });
    expect(detail.body).toMatchObject({ unread_count: 0 });
  });

  it('refuses to send once the connection is blocked, keeping the history readable', async () => {
    const { alice, bob, connection, conversationId } = await pair();
    await say(alice, conversationId, 'before');
    await bob.client.matching.blockRequest({ params: { id: connection.id } });
    const refused = await alice.client.chat.sendMessage({
      body: { conversation: conversationId, content: 'after' },
    });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ detail: 'You can only message accepted, unblocked connections.' });
    const history = await alice.client.chat.listMessages({ params: { id: conversationId } });
    expect(history.status === 200 && history.body.count).toBe(1);
  });

  it('refuses empty and over-long messages', async () => {
    const { alice, conversationId } = await pair();
    const blank = await alice.client.chat.sendMessage({
      body: { conversation: conversationId, content: ' ' },
    });
    expect(blank.body).toEqual({ content: ['This field may not be blank.'] });
    const long = await alice.client.chat.sendMessage({
      body: { conversation: conversationId, content: 'x'.repeat(5001) },
    });
    expect(long.status).toBe(400);
  });
});
