import { describe, expect, it } from 'vitest';
import { ChatSocketPaths, CloseCode } from '../../contract/index.js';
import { accessTokenOf, signUp, type SignedInUser } from '../support/factories.js';
import { addActiveMember, createGroup, membershipOf } from '../support/groups.js';
import { connect, conversationOf } from '../support/matching.js';
import {
  closeCodeOf,
  liveEventsSince,
  openJoinedSocket,
  openSocket,
  type RawSocket,
} from '../support/sockets.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();
const join = (user: SignedInUser, path: string) =>
  openJoinedSocket(target.current, path, { token: accessTokenOf(user) });

async function groupOfThree() {
  const admin = await signUp(target.current);
  const group = await createGroup(admin);
  const member = await addActiveMember(target.current, admin, group);
  const other = await addActiveMember(target.current, admin, group);
  return { admin, member, other, group, path: ChatSocketPaths.group(group.id) };
}

async function directPath(alice: SignedInUser, bob: SignedInUser) {
  const connection = await connect(alice, bob);
  const conversationId = await conversationOf(alice, connection.id);
  return { connectionId: connection.id, path: ChatSocketPaths.direct(conversationId) };
}

/**
 * Right after a change's answer: `speaker` types and sends; `listener` gets both, and the revoked
 * sockets (events counted from `marks`) get neither and are closed with 4003.
 */
async function expectRevoked(
  revoked: { socket: RawSocket; mark: number }[],
  room: { speaker: RawSocket; listener: RawSocket },
) {
  const content = `after the change ${Math.random()}`;
  room.speaker.send({ type: 'typing_indicator', is_typing: true });
  room.speaker.send({ type: 'chat_message', content });
  await room.listener.waitFor((event) => event.type === 'typing_indicator', 'typing');
  await room.listener.waitFor((event) => event.type === 'chat_message' && event.content === content, content);
  for (const { socket, mark } of revoked) {
    expect(liveEventsSince(socket, mark)).toEqual([]);
    expect(await closeCodeOf(socket)).toBe(CloseCode.forbidden);
  }
}

const closeAll = (...sockets: RawSocket[]) => sockets.forEach((socket) => socket.close());

describe('chat sockets: access that ends closes the open sockets (DESIGN §5)', () => {
  it('closes a removed member’s socket with 4003 at once; the others keep receiving', async () => {
    const { admin, member, other, group, path } = await groupOfThree();
    const [removed, speaker, listener] = [
      await join(member, path),
      await join(admin, path),
      await join(other, path),
    ];
    const membership = await membershipOf(admin, group.id, member.user.id);
    expect((await admin.client.memberships.remove({ params: { id: membership.id } })).status).toBe(200);
    await expectRevoked([{ socket: removed, mark: removed.events.length }], { speaker, listener });
    closeAll(speaker, listener);
  });

  it('closes the socket of a member who leaves with 4003 at once; the others keep receiving', async () => {
    const { admin, member, other, group, path } = await groupOfThree();
    const [leaving, speaker, listener] = [
      await join(member, path),
      await join(admin, path),
      await join(other, path),
    ];
    expect((await member.client.groups.leave({ params: { id: group.id } })).status).toBe(200);
    await expectRevoked([{ socket: leaving, mark: leaving.events.length }], { speaker, listener });
    closeAll(speaker, listener);
  });

  it('closes every socket of an archived group with 4003 and opens no new one; its history stays readable', async () => {
    const { admin, member, group, path } = await groupOfThree();
    await admin.client.groupMessages.send({ params: { groupId: group.id }, body: { content: 'before' } });
    const [adminSocket, memberSocket] = [await join(admin, path), await join(member, path)];
    const elsewhere = await createGroup(member);
    const [speaker, listener] = [
      await join(member, ChatSocketPaths.group(elsewhere.id)),
      await join(member, ChatSocketPaths.group(elsewhere.id)),
    ];
    expect((await admin.client.groups.archive({ params: { id: group.id } })).status).toBe(200);
    await expectRevoked(
      [adminSocket, memberSocket].map((socket) => ({ socket, mark: socket.events.length })),
      { speaker, listener },
    );
    expect(await closeCodeOf(openSocket(target.current, path, { token: accessTokenOf(member) }))).toBe(
      CloseCode.forbidden,
    );
    const history = await member.client.groupMessages.list({ params: { groupId: group.id } });
    expect(history.status === 200 && history.body.results.map((message) => message.content)).toEqual([
      'before',
    ]);
    closeAll(speaker, listener);
  });

  it('closes both sides’ sockets on a blocked connection with 4003; their group rooms go on', async () => {
    const [alice, bob] = [await signUp(target.current), await signUp(target.current)];
    const { connectionId, path } = await directPath(alice, bob);
    const [aliceSocket, bobSocket] = [await join(alice, path), await join(bob, path)];
    const group = await createGroup(alice);
    const groupPath = ChatSocketPaths.group(group.id);
    const [speaker, listener] = [await join(alice, groupPath), await join(alice, groupPath)];
    expect((await bob.client.matching.blockRequest({ params: { id: connectionId } })).status).toBe(200);
    await expectRevoked(
      [aliceSocket, bobSocket].map((socket) => ({ socket, mark: socket.events.length })),
      { speaker, listener },
    );
    closeAll(speaker, listener);
  });

  it.each(['banned', 'deleted'] as const)(
    'closes every socket of a %s user with 4003 at once; the others keep receiving',
    async (status) => {
      const { admin, member, other, path } = await groupOfThree();
      const elsewhere = await createGroup(member);
      const [inGroup, inOwnGroup] = [
        await join(member, path),
        await join(member, ChatSocketPaths.group(elsewhere.id)),
      ];
      const [speaker, listener] = [await join(admin, path), await join(other, path)];
      await target.current.setUserStatus(member.email, status);
      await expectRevoked(
        [inGroup, inOwnGroup].map((socket) => ({ socket, mark: socket.events.length })),
        { speaker, listener },
      );
      closeAll(speaker, listener);
    },
  );
});

describe('chat sockets: logout ends its session’s sockets', () => {
  async function secondSession(user: SignedInUser): Promise<SignedInUser> {
    const client = target.current.client();
    const login = await client.auth.login({ body: { email: user.email, password: user.password } });
    if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`);
    return { ...user, client };
  }

  const logout = (user: SignedInUser) =>
    user.client.auth.logout({ body: { refresh: user.client.tokens.get()?.refresh ?? '' } });

  it('closes the logged-out session’s sockets with 4003 at once; the user’s other session keeps its own', async () => {
    const { admin, member, path } = await groupOfThree();
    const phone = await secondSession(member);
    const [laptopSocket, phoneSocket, speaker] = [
      await join(member, path),
      await join(phone, path),
      await join(admin, path),
    ];
    const accessOfLoggedOut = accessTokenOf(member);
    expect((await logout(member)).status).toBe(200);
    await expectRevoked([{ socket: laptopSocket, mark: laptopSocket.events.length }], {
      speaker,
      listener: phoneSocket,
    });
    expect(await closeCodeOf(openSocket(target.current, path, { token: accessOfLoggedOut }))).toBe(
      CloseCode.unauthenticated,
    );
    closeAll(phoneSocket, speaker);
  });

  it('ends a socket opened before its session’s tokens were refreshed', async () => {
    const { admin, member, other, path } = await groupOfThree();
    const [socket, speaker, listener] = [
      await join(member, path),
      await join(admin, path),
      await join(other, path),
    ];
    const refreshed = await member.client.auth.refreshToken({
      body: { refresh: member.client.tokens.get()?.refresh ?? '' },
    });
    expect(refreshed.status).toBe(200);
    expect((await logout(member)).status).toBe(200);
    await expectRevoked([{ socket, mark: socket.events.length }], { speaker, listener });
    closeAll(speaker, listener);
  });
});
