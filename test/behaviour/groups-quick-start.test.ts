import { describe, expect, it } from 'vitest';
import { signUp, type SignedInUser } from '../support/factories.js';
import { useTarget } from '../targets/index.js';

const target = useTarget('each');

/** The seeds refer to subjects 10, 11, 20, 21 and user 42: make them exist, as in a populated database. */
async function populate(): Promise<SignedInUser[]> {
  for (let index = 1; index <= 21; index += 1) {
    await target.current.addSubject({ code: `S${index}`, name_en: `Subject ${index}` });
  }
  const users: SignedInUser[] = [];
  while ((users.at(-1)?.user.id ?? 0) < 42) users.push(await signUp(target.current));
  return users;
}

async function post(
  path: string,
  token: string,
  { body, method = 'POST' }: { body?: unknown; method?: string } = {},
) {
  const response = await fetch(`${target.current.baseUrl}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('seed 000 group quick starts, as written', () => {
  it('"Create and Manage a Study Group": creates a group with subjects and invites user 42', async () => {
    const [owner] = await populate();
    const token = owner?.client.tokens.get()?.access ?? '';
    const group = await fetch(`${target.current.baseUrl}/api/groups/`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: 'Machine Learning Club',
        description: 'Weekly ML discussions',
        privacy: 'public',
        subject_ids: [10, 11],
      }),
    }).then((r) => r.json() as Promise<{ id: number; subjects: { id: number }[] }>);
    expect(group.subjects.map((subject) => subject.id)).toEqual([10, 11]);
    const invite = await post(`/api/groups/${group.id}/invite/`, token, { body: { user_id: 42 } });
    expect(invite).toMatchObject({ status: 200, body: { status: 'invited', user: { id: 42 } } });
  });

  it('"Example 2": creates, joins, invites and promotes a member to moderator', async () => {
    const users = await populate();
    const owner = users[0]?.client.tokens.get()?.access ?? '';
    const joiner = users[1]?.client.tokens.get()?.access ?? '';
    const created = await post('/api/groups/', owner, {
      body: {
        name: 'Algorithms & Data Structures',
        description: 'Weekly problem-solving sessions',
        subject_ids: [20, 21],
        privacy: 'public',
        max_members: 15,
      },
    });
    expect(created.status).toBe(201);
    const groupId = created.body['id'] as number;
    const joined = await post(`/api/groups/${groupId}/join/`, joiner);
    expect(joined.status).toBe(200);
    expect((await post(`/api/groups/${groupId}/invite/`, owner, { body: { user_id: 42 } })).status).toBe(200);
    const membershipId = (joined.body['membership'] as { id: number }).id;
    const promoted = await post(`/api/groups/memberships/${membershipId}/role/`, owner, {
      body: { role: 'moderator' },
      method: 'PATCH',
    });
    expect(promoted).toMatchObject({ status: 200, body: { role: 'moderator' } });
  });
});
