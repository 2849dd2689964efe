import { describe, expect, it } from 'vitest';
import { signUp, type SignedInUser } from '../support/factories.js';
import { addUserGoal, addUserSubject, createGoal, createSubject } from '../support/reference-data.js';
import { useTarget } from '../targets/index.js';

const target = useTarget('each');

interface Outcome {
  status: number;
  body: unknown;
}

type Action = (user: SignedInUser, id: number) => Promise<Outcome>;

/** A user's own rows (user subjects, user goals), driven through the SDK. */
interface OwnRows {
  name: string;
  add: (user: SignedInUser) => Promise<{ id: number }>;
  list: (user: SignedInUser) => Promise<{ count: number; ids: number[] }>;
  get: Action;
  replace: Action;
  update: Action;
  remove: Action;
}

/** The count and ids of the caller's first page. */
const idsOf = (page: { count: number; results: { id: number }[] }) => ({
  count: page.count,
  ids: page.results.map((row) => row.id),
});

const OWN_ROWS: OwnRows[] = [
  {
    name: 'user-subjects',
    add: async (user) => addUserSubject(user, { subject: (await createSubject(user)).id, intent: 'teach' }),
    list: async (user) => {
      const page = await user.client.userSubjects.list();
      if (page.status !== 200) throw new Error(`list failed: ${page.status}`);
      return idsOf(page.body);
    },
    get: (user, id) => user.client.userSubjects.get({ params: { id } }),
    replace: async (user, id) =>
      user.client.userSubjects.replace({ params: { id }, body: { subject: (await createSubject(user)).id } }),
    update: (user, id) => user.client.userSubjects.update({ params: { id }, body: { note: 'hijacked' } }),
    remove: (user, id) => user.client.userSubjects.delete({ params: { id } }),
  },
  {
    name: 'user-goals',
    add: async (user) => addUserGoal(user, { goal: (await createGoal(user)).id, target_value: 3 }),
    list: async (user) => {
      const page = await user.client.userGoals.list();
      if (page.status !== 200) throw new Error(`list failed: ${page.status}`);
      return idsOf(page.body);
    },
    get: (user, id) => user.client.userGoals.get({ params: { id } }),
    replace: async (user, id) =>
      user.client.userGoals.replace({ params: { id }, body: { goal: (await createGoal(user)).id } }),
    update: (user, id) => user.client.userGoals.update({ params: { id }, body: { target_value: 99 } }),
    remove: (user, id) => user.client.userGoals.delete({ params: { id } }),
  },
];

describe.each(OWN_ROWS)("/api/$name/: the caller's own rows only", (rows) => {
  it("answers 404 to GET, PUT, PATCH and DELETE of another user's row, and changes nothing", async () => {
    const owner = await signUp(target.current);
    const intruder = await signUp(target.current);
    const row = await rows.add(owner);
    const before = (await rows.get(owner, row.id)).body;
    for (const attempt of [rows.get, rows.replace, rows.update, rows.remove]) {
      expect(await attempt(intruder, row.id)).toMatchObject({ status: 404, body: { detail: 'Not found.' } });
    }
    expect((await rows.get(owner, row.id)).body).toEqual(before);
  });

  it("never lists another user's rows", async () => {
    const owner = await signUp(target.current);
    const other = await signUp(target.current);
    const mine = [await rows.add(owner), await rows.add(owner)];
    const theirs = await rows.add(other);
    const ownerPage = await rows.list(owner);
    expect(ownerPage.count).toBe(2);
    expect(ownerPage.ids.sort()).toEqual(mine.map((row) => row.id).sort());
    expect(await rows.list(other)).toEqual({ count: 1, ids: [theirs.id] });
    expect(await rows.list(await signUp(target.current))).toEqual({ count: 0, ids: [] });
  });
});
