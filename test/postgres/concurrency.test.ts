import { describe, expect, it } from 'vitest';
import { ChatSocketPaths } from '../../contract/index.js';
import { signUp, type SignedInUser } from '../support/factories.js';
import { createGroup, membershipOf } from '../support/groups.js';
import { hostSession } from '../support/sessions.js';
import { openSocket } from '../support/sockets.js';
import { createPostgresStore } from '../../server/postgres/create-postgres-store.js';
import { useTarget } from '../targets/index.js';
import { openSecondTestDatabase } from '../targets/postgres-databases.js';
import { announceRaceSetting, postgresDriver, raceSetting } from '../support/race-setting.js';
import { bodyOf, statusAndBody } from '../support/responses.js';

/**
 * DESIGN §6: the invariants that race hold in SQL. On the real server (DATABASE_URL, as CI runs
 * it) every request below has its own pool connection, so these are true races; on PGlite they
 * cannot race (PGlite runs one transaction at a time), so there they prove only that the rules
 * hold when the transactions serialize: a missing row lock passes on PGlite. Every name says which.
 */
const target = useTarget();
announceRaceSetting('test/postgres/concurrency.test.ts');

const signUpMany = async (count: number) => {
  const users: SignedInUser[] = [];
  for (let index = 0; index < count; index += 1) users.push(await signUp(target.current));
  return users;
};

const statusCounts = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>(
    (counts, status) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }),
    {},
  );

describe(`races on the Postgres store ${raceSetting()}`, () => {
  it('seats exactly 10 of 50 simultaneous joiners when 10 seats are left, and refuses 40 with 400', async () => {
    const host = await signUp(target.current);
    // The host holds a seat: 11 places leave 10 for the joiners.
    const session = await hostSession(target.current, host, { max_participants: 11 });
    const joiners = await signUpMany(50);
    const responses = await Promise.all(
      joiners.map((joiner) => joiner.client.sessions.join({ params: { id: session.id }, body: {} })),
    );
    expect(statusCounts(responses.map((response) => response.status))).toEqual({ 200: 10, 400: 40 });
    for (const refused of responses.filter((response) => response.status === 400)) {
      expect(refused.body).toEqual({ detail: 'This session is full.' });
    }
    const participants = await host.client.sessions.participants({
      params: { id: session.id },
      query: { page_size: 100 },
    });
    const seated =
      participants.status === 200
        ? participants.body.results.filter((row) => row.status === 'registered')
        : [];
    expect(seated).toHaveLength(11);
  });

  it('never leaves a group without an admin when all 20 admins demote themselves or leave at once', async () => {
    const creator = await signUp(target.current);
    const group = await createGroup(creator);
    const admins = [creator, ...(await signUpMany(19))];
    for (const admin of admins.slice(1)) {
      await admin.client.groups.join({ params: { id: group.id }, body: {} });
      const membership = await membershipOf(creator, group.id, admin.user.id);
      await creator.client.memberships.changeRole({ params: { id: membership.id }, body: { role: 'admin' } });
    }
    const ownMemberships = await Promise.all(
      admins.map((admin) => membershipOf(creator, group.id, admin.user.id)),
    );
    const responses = await Promise.all(
      admins.map((admin, index) =>
        index % 2 === 0
          ? admin.client.groups.leave({ params: { id: group.id } })
          : admin.client.memberships.changeRole({
              params: { id: ownMemberships[index]!.id },
              body: { role: 'member' },
            }),
      ),
    );
    expect(statusCounts(responses.map((response) => response.status))).toEqual({ 200: 19, 400: 1 });
    const survivors = admins.filter((_, index) => responses[index]?.status === 400);
    const survivor = survivors[0];
    if (!survivor) throw new Error('No admin was refused');
    const members = await survivor.client.groups.members({
      params: { id: group.id },
      query: { page_size: 100 },
    });
    const activeAdmins =
      members.status === 200
        ? members.body.results.filter((row) => row.status === 'active' && row.role === 'admin')
        : [];
    expect(activeAdmins.map((row) => row.user.id)).toEqual([survivor.user.id]);
  });

  it('keeps one request per pair when two users ask each other at the same instant, 20 times', async () => {
    for (let round = 0; round < 20; round += 1) {
      const [alice, bob] = await signUpMany(2);
      if (!alice || !bob) throw new Error('sign-up failed');
      const responses = await Promise.all([
        alice.client.matching.sendRequest({ body: { receiver_id: bob.user.id, message: 'hi' } }),
        bob.client.matching.sendRequest({ body: { receiver_id: alice.user.id, message: 'hi' } }),
      ]);
      expect(responses.map((response) => response.status).sort()).not.toContain(500);
      const seenByAlice = await alice.client.matching.listRequests({ query: {} });
      expect(seenByAlice.status === 200 && seenByAlice.body.count).toBe(1);
    }
  });

  it('stores one message when the same client_id arrives on 10 sockets at once', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin);
    const token = admin.client.tokens.get()?.access ?? '';
    const sockets = Array.from({ length: 10 }, () =>
      openSocket(target.current, ChatSocketPaths.group(group.id), { token }),
    );
    await Promise.all(
      sockets.map((socket) => socket.waitFor((event) => event.type === 'connection_established')),
    );
    for (const socket of sockets)
      socket.send({ type: 'chat_message', content: 'once only', client_id: 'same-1' });
    const echoes = await Promise.all(
      sockets.map((socket) =>
        socket.waitFor((event) => event.type === 'chat_message' && event.client_id === 'same-1', 'the echo'),
      ),
    );
    expect(new Set(echoes.map((event) => (event.type === 'chat_message' ? event.message_id : 0))).size).toBe(
      1,
    );
    const history = await admin.client.groupMessages.list({ params: { groupId: group.id } });
    expect(history.status === 200 && history.body.count).toBe(1);
    for (const socket of sockets) socket.close();
  });

  it('never overfills a group when joins race an accept for its last place', async () => {
    for (let round = 0; round < 5; round += 1) {
      const admin = await signUp(target.current);
      const group = await createGroup(admin, { privacy: 'private', max_members: 2 });
      const asker = await signUp(target.current);
      const asked = await asker.client.groups.join({ params: { id: group.id }, body: { message: 'me?' } });
      if (asked.status !== 200) throw new Error('join request failed');
      await admin.client.groups.update({ params: { id: group.id }, body: { privacy: 'public' } });
      const joiners = await signUpMany(5);
      const responses = await Promise.all([
        admin.client.memberships.accept({ params: { id: asked.body.membership.id } }),
        ...joiners.map((joiner) => joiner.client.groups.join({ params: { id: group.id }, body: {} })),
      ]);
      expect(statusCounts(responses.map((response) => response.status))).toEqual({ 200: 1, 400: 5 });
      const members = await admin.client.groups.members({
        params: { id: group.id },
        query: { page_size: 100 },
      });
      const active =
        members.status === 200 ? members.body.results.filter((row) => row.status === 'active') : [];
      expect(active).toHaveLength(2);
    }
  });
});

/**
 * Lowering a capacity from 30 to 8 while 10 people join a place 6 already hold. Either outcome is
 * right, and each is checked: the update wins (8 is the limit and no join goes past it), or it
 * loses to joins that took more than 8 places first (400 naming a count above 8 that the final
 * count reaches, and the limit stays 30). The update goes first in even rounds and last in odd ones.
 */
const LOWERED = 8;
const countIn = (message: string | undefined) => Number(/\((\d+)\)\.$/.exec(message ?? '')?.[1]);

describe(`capacity lowered while people join ${raceSetting()}`, () => {
  it('never leaves a session with more seats taken than its max_participants, 5 rounds', async () => {
    for (let round = 0; round < 5; round += 1) {
      const host = await signUp(target.current);
      const session = await hostSession(target.current, host, { max_participants: 30 });
      for (const early of await signUpMany(5)) {
        bodyOf(
          await early.client.sessions.join({ params: { id: session.id }, body: {} }),
          200,
          'an early join',
        );
      }
      const joiners = await signUpMany(10);
      const update = () =>
        host.client.sessions.update({ params: { id: session.id }, body: { max_participants: LOWERED } });
      const joins = joiners.map(
        (joiner) => () => joiner.client.sessions.join({ params: { id: session.id }, body: {} }),
      );
      const calls = round % 2 === 0 ? [update, ...joins] : [...joins, update];
      const responses = await Promise.all(calls.map((call) => call()));
      const updated = responses[round % 2 === 0 ? 0 : responses.length - 1]!;
      const joined = responses.filter((response) => response !== updated && response.status === 200).length;
      const detail = bodyOf(
        await host.client.sessions.get({ params: { id: session.id } }),
        200,
        'the session',
      );
      expect(detail.participant_count).toBe(6 + joined);
      if (updated.status === 200) {
        expect(detail.max_participants).toBe(LOWERED);
        expect(detail.participant_count).toBeLessThanOrEqual(LOWERED);
      } else {
        expect(statusAndBody(updated)).toEqual({
          status: 400,
          body: {
            max_participants: [
              expect.stringMatching(/^Cannot be lower than the current number of participants \(\d+\)\.$/),
            ],
          },
        });
        const seatsTakenThen = countIn(
          (updated.body as { max_participants?: string[] }).max_participants?.[0],
        );
        expect(seatsTakenThen).toBeGreaterThan(LOWERED);
        expect(seatsTakenThen).toBeLessThanOrEqual(detail.participant_count);
        expect(detail.max_participants).toBe(30);
      }
    }
  });

  it('never leaves a group with more active members than its max_members, 5 rounds', async () => {
    for (let round = 0; round < 5; round += 1) {
      const admin = await signUp(target.current);
      const group = await createGroup(admin, { max_members: 30 });
      for (const early of await signUpMany(5)) {
        bodyOf(await early.client.groups.join({ params: { id: group.id }, body: {} }), 200, 'an early join');
      }
      const joiners = await signUpMany(10);
      const update = () =>
        admin.client.groups.update({ params: { id: group.id }, body: { max_members: LOWERED } });
      const joins = joiners.map(
        (joiner) => () => joiner.client.groups.join({ params: { id: group.id }, body: {} }),
      );
      const calls = round % 2 === 0 ? [update, ...joins] : [...joins, update];
      const responses = await Promise.all(calls.map((call) => call()));
      const updated = responses[round % 2 === 0 ? 0 : responses.length - 1]!;
      const joined = responses.filter((response) => response !== updated && response.status === 200).length;
      const detail = bodyOf(await admin.client.groups.get({ params: { id: group.id } }), 200, 'the group');
      expect(detail.member_count).toBe(6 + joined);
      if (updated.status === 200) {
        expect(detail.max_members).toBe(LOWERED);
        expect(detail.member_count).toBeLessThanOrEqual(LOWERED);
      } else {
        expect(statusAndBody(updated)).toEqual({
          status: 400,
          body: {
            max_members: [
              expect.stringMatching(/^Cannot be lower than the current number of members \(\d+\)\.$/),
            ],
          },
        });
        const membersThen = countIn((updated.body as { max_members?: string[] }).max_members?.[0]);
        expect(membersThen).toBeGreaterThan(LOWERED);
        expect(membersThen).toBeLessThanOrEqual(detail.member_count);
        expect(detail.max_members).toBe(30);
      }
    }
  });
});

describe(`races between two server processes on one database ${raceSetting(`server-${postgresDriver() === 'pg' ? 'postgres' : 'pglite'}`)}`, () => {
  // Two stores on one database stand for two server processes: nothing in-process orders their calls.
  it('stores one message when the same client_id reaches two stores 10 times at once', async () => {
    const opened = await openSecondTestDatabase(postgresDriver());
    try {
      const [first, second] = [createPostgresStore(opened.database), createPostgresStore(opened.database)];
      const now = new Date();
      const user = await first.users.create({
        ...{
          email: 'racer@example.com',
          passwordHash: 'x',
          status: 'active',
          isStaff: false,
          createdAt: now,
        },
        ...{ fullName: 'Racer', phone: '', schoolId: null, major: '', year: null, bio: '', avatarUrl: null },
        ...{ learningRadiusKm: 10, privacyLevel: 'open' },
      });
      if (user === 'email_taken') throw new Error('email taken');
      const group = await first.groups.create({
        ...{ name: 'Race', description: '', avatarUrl: null, createdById: user.id, schoolId: null },
        ...{
          subjectIds: [],
          privacy: 'public',
          maxMembers: null,
          location: null,
          createdAt: now,
          updatedAt: now,
        },
      });
      const message = {
        conversationId: group.conversationId,
        senderId: user.id,
        content: 'once',
        clientId: 'k-1',
      };
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, index) =>
          (index % 2 === 0 ? first : second).chat.createMessage({ ...message, createdAt: now }),
        ),
      );
      expect(results.filter((result) => result.created)).toHaveLength(1);
      expect(new Set(results.map((result) => result.message.id)).size).toBe(1);
      const stored = await first.chat.listMessages(group.conversationId, {}, { offset: 0, limit: 100 });
      expect(stored.count).toBe(1);
    } finally {
      await opened.close();
    }
  });
});
