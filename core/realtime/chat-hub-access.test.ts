import { describe, expect, it } from 'vitest';
import { CloseCode } from '../../contract/index.js';
import {
  createCoreServices,
  createPbkdf2PasswordHasher,
  createStudyMateApi,
  silentLogger,
} from '../index.js';
import { createMemoryStore } from '../adapters/memory-store/create-memory-store.js';
import { createChatHub } from './chat-hub.js';
import { createPresenceTracker } from './presence-tracker.js';

/** Lets a test hold the next membership read for a user: it reads, then waits until released. */
function holdMembershipReads(store: ReturnType<typeof createMemoryStore>) {
  let held: { userId: number; reached: () => void; released: Promise<void> } | null = null;
  const read = store.groups.membershipsOf.bind(store.groups);
  store.groups.membershipsOf = async (userId, groupIds) => {
    const memberships = await read(userId, groupIds);
    const hold = held;
    if (hold?.userId === userId) {
      held = null;
      hold.reached();
      await hold.released;
    }
    return memberships;
  };
  return (userId: number) => {
    let signalReached = (): void => undefined;
    let release = (): void => undefined;
    const reached = new Promise<void>((resolve) => (signalReached = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    held = { userId, reached: () => signalReached(), released };
    return { reached, release: () => release() };
  };
}

function hubWithHeldReads() {
  const store = createMemoryStore();
  const holdNextRead = holdMembershipReads(store);
  const services = createCoreServices({
    store,
    logger: silentLogger,
    hasher: createPbkdf2PasswordHasher(1_000),
  });
  const api = createStudyMateApi(services);
  const post = async (path: string, body: unknown, token?: string) => {
    const response = await api({
      method: 'POST',
      url: `http://localhost${path}`,
      contentType: 'application/json',
      authorization: token ? `Bearer ${token}` : null,
      body: JSON.stringify(body),
    });
    return response.body as Record<string, { id: number; access: string }>;
  };
  const register = async (email: string) => {
    const body = { email, password: 'long-enough-1', password_confirm: 'long-enough-1' };
    const registered = await post('/api/auth/register/', body);
    return { token: registered['tokens']?.access ?? '', id: registered['user']?.id ?? 0 };
  };
  const hub = createChatHub(services, { presence: createPresenceTracker() });
  return { post, register, holdNextRead, hub };
}

describe('the chat hub', () => {
  it('refuses with 4003 a socket whose access ended while its access check was running', async () => {
    const { post, register, holdNextRead, hub } = hubWithHeldReads();
    const admin = await register('admin@example.com');
    const member = await register('member@example.com');
    const group = (await post('/api/groups/', { name: 'Race' }, admin.token)) as unknown as { id: number };
    const joined = await post(`/api/groups/${group.id}/join/`, {}, member.token);

    const held = holdNextRead(member.id);
    const sent: string[] = [];
    const closed = new Promise<number>((resolve) => {
      hub.connect({
        pathname: `/ws/groups/${group.id}/chat/`,
        token: member.token,
        lastMessageId: null,
        transport: { send: (data) => sent.push(data), close: (code) => resolve(code) },
      });
    });
    await held.reached; // the check has read the active membership...
    await post(`/api/groups/memberships/${joined['membership']?.id ?? 0}/remove/`, {}, admin.token);
    held.release(); // ...and goes on after the removal was announced

    expect(await closed).toBe(CloseCode.forbidden);
    expect(sent).toEqual([]);
    hub.close();
  });
});
