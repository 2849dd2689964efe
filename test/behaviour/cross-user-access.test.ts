import { describe, expect, it } from 'vitest';
import { signUp } from '../support/factories.js';
import { connect, sendRequest } from '../support/matching.js';
import { addUserGoal, addUserSubject, createGoal, createSubject } from '../support/reference-data.js';
import { bodyOf } from '../support/responses.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();

/** Alice and Bob's private world, and Eve, who must see and touch none of it. */
async function privateWorld() {
  const [alice, bob, eve] = [
    await signUp(target.current),
    await signUp(target.current),
    await signUp(target.current),
  ];
  const connection = await connect(alice, bob);
  const pending = await sendRequest(alice, await signUp(target.current));
  const opened = await alice.client.chat.conversationByConnection({
    query: { connection_id: connection.id },
  });
  const conversationId = bodyOf(opened, 200, "the pair's conversation").id;
  const sent = await alice.client.chat.sendMessage({
    body: { conversation: conversationId, content: 'private' },
  });
  const messageId = bodyOf(sent, 201, 'the private message').id;
  await alice.client.location.update({ body: { latitude: 10, longitude: 20 } });
  const history = await alice.client.location.listHistory();
  const historyId = bodyOf(history, 200, 'the location history').results[0]?.id;
  if (historyId === undefined) throw new Error('The location update wrote no history row');
  const userSubject = await addUserSubject(alice, {
    subject: (await createSubject(alice)).id,
    intent: 'learn',
  });
  const userGoal = await addUserGoal(alice, { goal: (await createGoal(alice)).id, target_value: 3 });
  return {
    alice,
    bob,
    eve,
    connection,
    pending,
    conversationId,
    messageId,
    historyId,
    userSubject,
    userGoal,
  };
}

describe('no user reads or writes another user’s private data', () => {
  it('answers 404 to every route that takes the id of someone else’s request, conversation, message, location, user subject or user goal', async () => {
    const world = await privateWorld();
    const { eve } = world;
    const calls = {
      'GET request': eve.client.matching.getRequest({ params: { id: world.pending.id } }),
      'DELETE request': eve.client.matching.cancelRequest({ params: { id: world.pending.id } }),
      'POST accept': eve.client.matching.acceptRequest({ params: { id: world.pending.id } }),
      'POST reject': eve.client.matching.rejectRequest({ params: { id: world.pending.id } }),
      'POST block': eve.client.matching.blockRequest({ params: { id: world.connection.id } }),
      'GET connection': eve.client.connections.get({ params: { id: world.connection.id } }),
      'GET by-connection': eve.client.chat.conversationByConnection({
        query: { connection_id: world.connection.id },
      }),
      'GET conversation': eve.client.chat.getConversation({ params: { id: world.conversationId } }),
      'GET messages': eve.client.chat.listMessages({ params: { id: world.conversationId } }),
      'POST mark_read': eve.client.chat.markRead({ params: { id: world.conversationId }, body: {} }),
      'POST message': eve.client.chat.sendMessage({
        body: { conversation: world.conversationId, content: 'hi' },
      }),
      'PATCH message read': eve.client.chat.readMessage({ params: { id: world.messageId } }),
      'GET location history entry': eve.client.location.getHistoryEntry({ params: { id: world.historyId } }),
      'GET user subject': eve.client.userSubjects.get({ params: { id: world.userSubject.id } }),
      'PUT user subject': eve.client.userSubjects.replace({
        params: { id: world.userSubject.id },
        body: { subject: world.userSubject.subject, intent: 'teach' },
      }),
      'PATCH user subject': eve.client.userSubjects.update({
        params: { id: world.userSubject.id },
        body: { note: 'mine' },
      }),
      'DELETE user subject': eve.client.userSubjects.delete({ params: { id: world.userSubject.id } }),
      'GET user goal': eve.client.userGoals.get({ params: { id: world.userGoal.id } }),
      'PUT user goal': eve.client.userGoals.replace({
        params: { id: world.userGoal.id },
        body: { goal: world.userGoal.goal },
      }),
      'PATCH user goal': eve.client.userGoals.update({
        params: { id: world.userGoal.id },
        body: { target_value: 9 },
      }),
      'DELETE user goal': eve.client.userGoals.delete({ params: { id: world.userGoal.id } }),
    };
    const statuses = Object.fromEntries(
      await Promise.all(
        Object.entries(calls).map(async ([name, call]) => [name, (await call).status] as const),
      ),
    );
    expect(statuses).toEqual(Object.fromEntries(Object.keys(calls).map((name) => [name, 404])));
    const after = await world.bob.client.chat.getConversation({ params: { id: world.conversationId } });
    expect(after.body).toMatchObject({ unread_count: 1 });
    expect(
      (await world.alice.client.userSubjects.get({ params: { id: world.userSubject.id } })).body,
    ).toMatchObject({
      intent: 'learn',
      note: '',
    });
    expect(
      (await world.alice.client.userGoals.get({ params: { id: world.userGoal.id } })).body,
    ).toMatchObject({ target_value: 3 });
  });

  it('shows none of it in Eve’s lists', async () => {
    const { eve } = await privateWorld();
    expect((await eve.client.chat.listConversations()).body).toEqual([]);
    expect((await eve.client.matching.listRequests()).body).toMatchObject({ count: 0 });
    expect((await eve.client.connections.list()).body).toMatchObject({ count: 0 });
    expect((await eve.client.location.listHistory()).body).toMatchObject({ count: 0 });
    expect((await eve.client.userSubjects.list()).body).toMatchObject({ count: 0 });
    expect((await eve.client.userGoals.list()).body).toMatchObject({ count: 0 });
  });
});
