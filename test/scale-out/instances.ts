import { randomBytes } from 'node:crypto';
import { ChatSocketPaths, type GroupDetail } from '../../contract/index.js';
import { createClient, type StudyMateClient } from '../../sdk/index.js';
import { dropPgSchema } from '../../server/postgres/pg-database.js';
import { startServerProcess, type ServerProcess } from '../support/child-processes.js';
import { accessTokenOf, signUp, type SignedInUser } from '../support/factories.js';
import { membershipOf } from '../support/groups.js';
import { openJoinedSocket, type RawSocket } from '../support/sockets.js';

/** Why the scale-out tests cannot run here, or null when they can. */
export function missingServices(): string | null {
  const missing = ['DATABASE_URL', 'REDIS_URL'].filter((name) => !process.env[name]);
  return missing.length === 0
    ? null
    : `skipped: ${missing.join(' and ')} not set (the scale-out tests need a real Postgres and a real Redis; .ci/run sets both)`;
}

/** A crashed instance's users count as online at most this long: short, so the test can watch it pass. */
export const PRESENCE_TTL_MS = 1_500;

/** The environment every instance of one API shares: its database schema, Redis prefix and JWT secret. */
export function sharedEnvironment(label: string): { env: Record<string, string>; drop(): Promise<void> } {
  const suffix = randomBytes(4).toString('hex');
  const schema = `${label}_${suffix}`;
  return {
    env: {
      DATABASE_SCHEMA: schema,
      REDIS_PREFIX: `studymate-test:${label}:${suffix}:`,
      JWT_SECRET: `scale-out-${suffix}-0123456789abcdef0123456789`,
      PRESENCE_TTL_MS: String(PRESENCE_TTL_MS),
      // Room for the busy-room tests; the budget test counts to it.
      CHAT_MESSAGE_LIMIT: '60',
      CHAT_MESSAGE_WINDOW_MS: '60000',
    },
    drop: () => dropPgSchema(process.env['DATABASE_URL'] ?? '', schema),
  };
}

/** One running server process, as the test talks to it. */
export interface Instance {
  name: string;
  baseUrl: string;
  socketOrigin: string;
  server: ServerProcess;
  client(): StudyMateClient;
}

export function instanceOf(name: string, server: ServerProcess): Instance {
  return {
    name,
    baseUrl: server.url,
    socketOrigin: server.url.replace(/^http/, 'ws'),
    server,
    client: () => createClient({ baseUrl: server.url }),
  };
}

/** Starts `cli/start.ts` with the shared environment (the first start creates the demo world). */
export async function startInstance(name: string, env: Record<string, string>): Promise<Instance> {
  return instanceOf(name, await startServerProcess(env));
}

/** A public group made on `instance` by a new admin, and `count` new members. */
export async function groupWithMembers(instance: Instance, count: number) {
  const admin = await signUp(instance);
  const created = await admin.client.groups.create({
    body: { name: `Scale-out ${Math.random().toString(36).slice(2, 8)}`, description: 'Two instances' },
  });
  if (created.status !== 201) throw new Error(`create group: ${JSON.stringify(created.body)}`);
  const group: GroupDetail = created.body;
  const members = await Promise.all(
    Array.from({ length: count }, async () => {
      const member = await signUp(instance);
      const joined = await member.client.groups.join({ params: { id: group.id }, body: {} });
      if (joined.status !== 200) throw new Error(`join: ${JSON.stringify(joined.body)}`);
      return member;
    }),
  );
  return { admin, members, group, path: ChatSocketPaths.group(group.id) };
}

/** `user`'s socket in the room at `path`, opened on `instance`, once `connection_established` came. */
export function socketOn(instance: Instance, path: string, user: SignedInUser): Promise<RawSocket> {
  return openJoinedSocket(instance, path, { token: accessTokenOf(user) });
}

/** The same user as a client of another instance (same tokens: every instance shares JWT_SECRET). */
export function asClientOf(instance: Instance, user: SignedInUser): StudyMateClient {
  const client = instance.client();
  const tokens = user.client.tokens.get();
  if (tokens) client.tokens.set(tokens);
  return client;
}

export { membershipOf };
