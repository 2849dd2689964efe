import type { Faker } from '@faker-js/faker';
import { decideAnswer, decideBlock, decideSend, type Store } from '@studymate/core';
import type { WorldUser } from './world-sessions.js';

const LINES = [
  'Hey! Same class?',
  'Want to review together on Friday?',
  'Sure, library at 5?',
  'Sent you my notes.',
  'Thanks!',
  'See you there.',
];
const HOUR = 60 * 60 * 1000;

/** Connection requests in every state, and conversations with history for the accepted ones. */
export async function seedConnections(
  store: Store,
  { faker, now, users }: { faker: Faker; now: Date; users: WorldUser[] },
): Promise<{ requests: number }> {
  let requests = 0;
  // The demo student (first user) always has an accepted chat, and a pending request each way.
  const [student, , friend, asker, asked] = users;
  if (student && friend && asker && asked) {
    const planned: [typeof student, typeof student, 'accepted' | 'pending'][] = [
      [friend, student, 'accepted'],
      [asker, student, 'pending'],
      [student, asked, 'pending'],
    ];
    for (const [sender, receiver, outcome] of planned) {
      requests += await connectPair(store, {
        faker,
        sender,
        receiver,
        outcome,
        at: new Date(now.getTime() - 48 * HOUR),
      });
    }
  }
  for (const [index, sender] of users.entries()) {
    const partners = faker.helpers.arrayElements(users.slice(index + 1), { min: 0, max: 3 });
    for (const receiver of partners) {
      const at = new Date(now.getTime() - faker.number.int({ min: 1, max: 20 * 24 }) * HOUR);
      const sent = await store.connectionRequests.changePair(
        { senderId: sender.id, receiverId: receiver.id },
        (existing) =>
          decideSend(existing, {
            senderId: sender.id,
            receiverId: receiver.id,
            message: faker.lorem.sentence(),
            now: at,
          }),
      );
      if (!sent.ok || !sent.request) continue;
      requests += 1;
      const outcome = faker.helpers.weightedArrayElement([
        { weight: 5, value: 'accepted' },
        { weight: 3, value: 'pending' },
        { weight: 1, value: 'rejected' },
        { weight: 1, value: 'blocked' },
      ] as const);
      if (outcome === 'pending') continue;
      const answeredAt = new Date(at.getTime() + HOUR);
      const answer = await store.connectionRequests.change(sent.request.id, (existing) =>
        outcome === 'blocked'
          ? decideBlock(existing, { callerId: receiver.id, now: answeredAt })
          : decideAnswer(existing, {
              callerId: receiver.id,
              accept: outcome === 'accepted',
              now: answeredAt,
            }),
      );
      if (outcome === 'accepted' && answer.ok && answer.request) {
        await seedHistory(store, {
          faker,
          connectionId: answer.request.id,
          people: [sender.id, receiver.id],
          from: answeredAt,
        });
      }
    }
  }
  return { requests };
}

async function connectPair(
  store: Store,
  pair: { faker: Faker; sender: WorldUser; receiver: WorldUser; outcome: 'accepted' | 'pending'; at: Date },
): Promise<number> {
  const { faker, sender, receiver, at } = pair;
  const sent = await store.connectionRequests.changePair(
    { senderId: sender.id, receiverId: receiver.id },
    (existing) =>
      decideSend(existing, {
        senderId: sender.id,
        receiverId: receiver.id,
        message: 'Study buddies?',
        now: at,
      }),
  );
  if (!sent.ok || !sent.request) return 0;
  if (pair.outcome === 'accepted') {
    const answeredAt = new Date(at.getTime() + HOUR);
    await store.connectionRequests.change(sent.request.id, (existing) =>
      decideAnswer(existing, { callerId: receiver.id, accept: true, now: answeredAt }),
    );
    await seedHistory(store, {
      faker,
      connectionId: sent.request.id,
      people: [sender.id, receiver.id],
      from: answeredAt,
    });
  }
  return 1;
}

async function seedHistory(
  store: Store,
  { faker, connectionId, people, from }: { faker: Faker; connectionId: number; people: number[]; from: Date },
): Promise<void> {
  const conversation = (await store.chat.directConversationsOf([connectionId])).get(connectionId);
  if (!conversation) return;
  for (let index = 0; index < faker.number.int({ min: 0, max: 6 }); index += 1) {
    await store.chat.createMessage({
      conversationId: conversation.id,
      senderId: faker.helpers.arrayElement(people),
      content: faker.helpers.arrayElement(LINES),
      clientId: null,
      createdAt: new Date(from.getTime() + (index + 1) * 10 * 60 * 1000),
    });
  }
}
