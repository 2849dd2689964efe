import type { Faker } from '@faker-js/faker';
import type { GroupPrivacy } from '@studymate/contract';
import { decideAccept, decideInvite, decideJoin, type Store } from '@studymate/core';
import type { WorldUser } from './world-sessions.js';

const CLUBS = [
  'Machine Learning Club',
  'Calculus Crew',
  'Law Review Circle',
  'Physics Problem Solvers',
  'Econ Debates',
  'Web Dev Guild',
  'Biology Lab Partners',
  'Literature Salon',
];
const LINES = [
  'Who is in for tomorrow?',
  'I uploaded my notes.',
  'Can someone explain question 3?',
  'Meeting moved to 6pm.',
  'Great session today!',
  'Library room is booked.',
];
const HOUR = 60 * 60 * 1000;

/** Groups of every privacy with members, join requests, invitations and some history, built with core's own decisions. */
export async function seedGroups(
  store: Store,
  { faker, now, users }: { faker: Faker; now: Date; users: WorldUser[] },
): Promise<{ groups: number }> {
  const subjects = await store.subjects.findByIds(Array.from({ length: 20 }, (_unused, index) => index + 1));
  // Eight clubs for a small world, one more for every 25 users in a big one.
  const count = Math.max(CLUBS.length, Math.floor(users.length / 25));
  const names = Array.from({ length: count }, (_unused, index) =>
    index < CLUBS.length
      ? CLUBS[index]
      : `${CLUBS[index % CLUBS.length]} ${Math.floor(index / CLUBS.length) + 1}`,
  );
  for (const [index, name = 'Study Club'] of names.entries()) {
    const admin = users[(index * 3) % users.length];
    if (!admin) continue;
    const privacy =
      (['public', 'private', 'invite_only'] as const satisfies GroupPrivacy[])[index % 3] ?? 'public';
    const createdAt = new Date(now.getTime() - faker.number.int({ min: 5, max: 60 }) * 24 * HOUR);
    const group = await store.groups.create({
      name,
      description: faker.lorem.sentence(),
      avatarUrl: null,
      createdById: admin.id,
      schoolId: null,
      subjectIds: faker.helpers.arrayElements([...subjects.keys()], { min: 0, max: 2 }),
      privacy,
      maxMembers: faker.helpers.arrayElement([null, 10, 30]),
      location: admin.location,
      createdAt,
      updatedAt: createdAt,
    });
    const others = faker.helpers.arrayElements(
      users.filter((user) => user.id !== admin.id),
      { min: 2, max: 7 },
    );
    const active = [admin.id];
    for (const user of others) {
      const target = { groupId: group.id, userId: user.id };
      if (privacy === 'invite_only') {
        await store.groups.changeMembership(target, (state) =>
          decideInvite(state, { inviterId: admin.id, now: createdAt }),
        );
      }
      const joined = await store.groups.changeMembership(target, (state) =>
        decideJoin(state, { message: faker.lorem.sentence(), now: createdAt }),
      );
      if (!joined.ok || faker.datatype.boolean({ probability: 0.3 })) continue;
      if (joined.membership.status === 'pending') {
        await store.groups.changeMembership({ membershipId: joined.membership.id }, (state) =>
          decideAccept(state, { adminId: admin.id, now: createdAt }),
        );
      }
      active.push(user.id);
    }
    for (let count = faker.number.int({ min: 0, max: 8 }); count > 0; count -= 1) {
      await store.chat.createMessage({
        conversationId: group.conversationId,
        senderId: faker.helpers.arrayElement(active),
        content: faker.helpers.arrayElement(LINES),
        clientId: null,
        createdAt: new Date(createdAt.getTime() + count * HOUR),
      });
    }
  }
  return { groups: count };
}
