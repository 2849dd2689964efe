import { describe, expect, it, vi } from 'vitest';
import { CloseCode, type ServerEvent } from '../../contract/index.js';
import { brokerLikeEvents } from '../../test/support/broker-like-events.js';
import { waitLong } from '../../test/support/wait-long.js';
import { inProcessGroup } from '../../test/support/in-process-group.js';
import { createCoreServices, createPbkdf2PasswordHasher, silentLogger } from '../index.js';
import { createMemoryStore } from '../adapters/memory-store/create-memory-store.js';
import { createChatHub } from './chat-hub.js';
import { createPresenceTracker } from './presence-tracker.js';

type Answer = Record<string, { id?: number; access?: string; refresh?: string } | undefined>;

/** A group of an admin's, and a hub behind a broker that can be cut off and come back. */
async function groupBehindBroker() {
  const broker = brokerLikeEvents();
  const services = createCoreServices({
    store: createMemoryStore(),
    events: broker.events,
    logger: silentLogger,
    hasher: createPbkdf2PasswordHasher(1_000),
  });
  const { post: postRaw, token: adminToken, group } = await inProcessGroup(services);
  const post = async (path: string, body: unknown, token?: string) =>
    (await postRaw(path, body, token)) as unknown as Answer;
  const hub = createChatHub(services, { presence: createPresenceTracker() });

  /** A socket in the group's room, once `connection_established` came. */
  const open = async (token: string) => {
    const received: ServerEvent[] = [];
    const closes: { code: number; reason: string }[] = [];
    hub.connect({
      pathname: `/ws/groups/${group.id}/chat/`,
      token,
      lastMessageId: null,
      transport: {
        send: (data) => received.push(JSON.parse(data) as ServerEvent),
        close: (code, reason) => closes.push({ code, reason }),
      },
    });
    await vi.waitFor(() => expect(received).toHaveLength(1));
    const messages = () => received.filter((event) => event.type === 'chat_message');
    return { closes, messages };
  };
  const send = (content: string) => post(`/api/groups/${group.id}/messages/`, { content }, adminToken);
  return { broker, hub, post, open, send, group, adminToken, services };
}

const credentials = { email: 'member@example.com', password: 'long-enough-1' };
const revoked = { code: CloseCode.forbidden, reason: 'Access revoked.' };

describe('the chat hub behind a broker: access that ended during a cut', () => {
  it('closes with 4003 a removed member’s socket once the broker is back; the admin’s stays open', async () => {
    const { broker, hub, post, open, send, group, adminToken } = await groupBehindBroker();
    const registered = await post('/api/auth/register/', {
      ...credentials,
      password_confirm: credentials.password,
    });
    const memberToken = registered['tokens']?.access ?? '';
    const joined = await post(`/api/groups/${group.id}/join/`, {}, memberToken);
    const admin = await open(adminToken);
    const member = await open(memberToken);

    broker.cut();
    await post(`/api/groups/memberships/${joined['membership']?.id ?? 0}/remove/`, {}, adminToken);
    await send('said after the removal');
    expect(member.closes).toEqual([]); // the revocation was not heard

    broker.reconnect();
    await vi.waitFor(() => expect(member.closes).toEqual([revoked]));
    await vi.waitFor(() => expect(admin.messages()).toHaveLength(1));
    expect(member.messages()).toEqual([]);
    expect(admin.closes).toEqual([]);
    hub.close();
  });

  it('closes the socket of a session signed out during the cut; the same user’s other session stays open', async () => {
    const { broker, hub, post, open, send, adminToken } = await groupBehindBroker();
    const login = await post('/api/auth/login/', { email: 'admin@example.com', password: 'long-enough-1' });
    const kept = await open(adminToken);
    const signedOut = await open(login['tokens']?.access ?? '');

    broker.cut();
    await post('/api/auth/logout/', { refresh: login['tokens']?.refresh }, login['tokens']?.access);
    broker.reconnect();

    await vi.waitFor(() => expect(signedOut.closes).toEqual([revoked]));
    await send('after the resync');
    await vi.waitFor(() => expect(kept.messages()).toHaveLength(1));
    expect(kept.closes).toEqual([]);
    hub.close();
  });

  it('closes a socket whose check read its access before a removal in the cut and that joined after the resync', async () => {
    const { broker, hub, post, open, send, group, adminToken, services } = await groupBehindBroker();
    const registered = await post('/api/auth/register/', {
      ...credentials,
      password_confirm: credentials.password,
    });
    const memberToken = registered['tokens']?.access ?? '';
    const memberId = registered['user']?.id ?? 0;
    const joined = await post(`/api/groups/${group.id}/join/`, {}, memberToken);
    const admin = await open(adminToken);

    // The member's socket reads its membership, then waits (a slow store) until released.
    const { groups } = services.store;
    const membershipsOf = groups.membershipsOf.bind(groups);
    let release: (() => void) | undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let reached = false;
    groups.membershipsOf = async (userId, groupIds) => {
      const found = await membershipsOf(userId, groupIds);
      if (userId === memberId && !reached) {
        reached = true;
        await released;
      }
      return found;
    };
    const received: ServerEvent[] = [];
    const closes: { code: number; reason: string }[] = [];
    hub.connect({
      pathname: `/ws/groups/${group.id}/chat/`,
      token: memberToken,
      lastMessageId: null,
      transport: {
        send: (data) => received.push(JSON.parse(data) as ServerEvent),
        close: (code, reason) => closes.push({ code, reason }),
      },
    });
    await waitLong(() => expect(reached).toBe(true));

    broker.cut();
    await post(`/api/groups/memberships/${joined['membership']?.id ?? 0}/remove/`, {}, adminToken);
    broker.reconnect();
    // The room's re-check ran (before this message, in the room's order) without the member's socket.
    await send('after the resync');
    await waitLong(() => expect(admin.messages()).toHaveLength(1));
    release?.();

    await waitLong(() => expect(closes).toEqual([revoked]));
    expect(received.filter((event) => event.type === 'chat_message')).toEqual([]);
    hub.close();
  });

  it('closes the sockets of the sessions a password change ended during the cut, not the changer’s', async () => {
    const { broker, hub, post, open, adminToken } = await groupBehindBroker();
    const login = await post('/api/auth/login/', { email: 'admin@example.com', password: 'long-enough-1' });
    const ended = await open(adminToken);
    const changer = await open(login['tokens']?.access ?? '');

    broker.cut();
    const change = {
      old_password: 'long-enough-1',
      new_password: 'longer-still-2',
      new_password_confirm: 'longer-still-2',
    };
    await post('/api/auth/change-password/', change, login['tokens']?.access);
    broker.reconnect();

    await vi.waitFor(() => expect(ended.closes).toEqual([revoked]));
    expect(changer.closes).toEqual([]);
    hub.close();
  });
});
