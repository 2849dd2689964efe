import { describe, expect, it } from 'vitest';
import { ChatSocketPaths, CloseCode } from '../../contract/index.js';
import { createMemoryTokenStore } from '../../sdk/index.js';
import { signUp, type SignedInUser } from '../support/factories.js';
import { addActiveMember, createGroup } from '../support/groups.js';
import { closeCodeOf, eventually, openJoinedSocket, openSocket } from '../support/sockets.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();
const NEW_PASSWORD = 'brand-new-secret-9';
const INVALID_TOKEN = { detail: 'Given token not valid for any token type' };

/** The user signed in again on another device: a second sign-in session. */
async function signInAgain(user: SignedInUser, password = user.password): Promise<SignedInUser> {
  const client = target.current.client();
  const login = await client.auth.login({ body: { email: user.email, password } });
  if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`);
  return { ...user, client, password };
}

async function changePassword(user: SignedInUser, to = NEW_PASSWORD) {
  const changed = await user.client.auth.changePassword({
    body: { old_password: user.password, new_password: to, new_password_confirm: to },
  });
  expect(changed.status).toBe(200);
}

const tokensOf = (user: SignedInUser) => user.client.tokens.get() ?? { access: '', refresh: '' };

/** A client that sends exactly this access token and never refreshes. */
const clientWithAccess = (access: string) =>
  target.current.client({ tokens: createMemoryTokenStore({ access, refresh: '' }) });

describe('POST /api/auth/change-password/', () => {
  it('ends the other sign-in sessions: their access tokens answer 401 and their refresh is refused', async () => {
    const laptop = await signUp(target.current);
    const phone = await signInAgain(laptop);
    const { access, refresh } = tokensOf(phone);
    await changePassword(laptop);

    const profile = await clientWithAccess(access).auth.getProfile();
    expect(profile.status).toBe(401);
    expect(profile.body).toEqual(INVALID_TOKEN);
    const refreshed = await target.current.client().auth.refreshToken({ body: { refresh } });
    expect(refreshed.status).toBe(401);
  });

  it('keeps the caller’s session working: its access token, and its refresh', async () => {
    const laptop = await signUp(target.current);
    await signInAgain(laptop);
    const { access, refresh } = tokensOf(laptop);
    await changePassword(laptop);

    expect((await clientWithAccess(access).auth.getProfile()).status).toBe(200);
    const refreshed = await target.current.client().auth.refreshToken({ body: { refresh } });
    expect(refreshed.status).toBe(200);
    const renewed = refreshed.status === 200 ? refreshed.body.access : '';
    expect((await clientWithAccess(renewed).auth.getProfile()).status).toBe(200);
  });

  it('lets a sign-in with the new password work at once, and a change made there end the first session', async () => {
    const laptop = await signUp(target.current);
    await changePassword(laptop);
    const phone = await signInAgain(laptop, NEW_PASSWORD);
    expect((await clientWithAccess(tokensOf(phone).access).auth.getProfile()).status).toBe(200);

    const laptopAccess = tokensOf(laptop).access;
    await changePassword(phone, 'another-secret-77');
    expect((await clientWithAccess(laptopAccess).auth.getProfile()).status).toBe(401);
    expect((await clientWithAccess(tokensOf(phone).access).auth.getProfile()).status).toBe(200);
  });
});

describe('chat sockets after a password change (DESIGN §5)', () => {
  it('closes the other sessions’ sockets with 4003 and refuses them a new one (4001); the caller’s stays', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin);
    const laptop = await addActiveMember(target.current, admin, group);
    const phone = await signInAgain(laptop);
    const path = ChatSocketPaths.group(group.id);
    const join = (user: SignedInUser) =>
      openJoinedSocket(target.current, path, { token: tokensOf(user).access });
    const [laptopSocket, phoneSocket] = [await join(laptop), await join(phone)];

    await changePassword(laptop);
    expect(await closeCodeOf(phoneSocket)).toBe(CloseCode.forbidden);
    const fresh = openSocket(target.current, path, { token: tokensOf(phone).access });
    expect(await closeCodeOf(fresh)).toBe(CloseCode.unauthenticated);

    const sent = await admin.client.groupMessages.send({
      params: { groupId: group.id },
      body: { content: 'still here?' },
    });
    expect(sent.status).toBe(201);
    await eventually(
      () => laptopSocket.events.some((event) => event.type === 'chat_message'),
      'the caller’s socket to receive the message',
    );
    expect(phoneSocket.events.some((event) => event.type === 'chat_message')).toBe(false);
    laptopSocket.close();
  });
});
