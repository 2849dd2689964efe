import { describe, expect, it } from 'vitest';
import { signUp, type SignedInUser } from '../support/factories.js';
import {
  createCity,
  createGoal,
  createSchool,
  createSubject,
  signUpStaff,
  uniqueCode,
} from '../support/reference-data.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();

interface Outcome {
  status: number;
  body: unknown;
}

type Action = (user: SignedInUser, id: number) => Promise<Outcome>;

/** One kind of reference data, driven through the SDK. */
interface Resource {
  name: string;
  create: (user: SignedInUser) => Promise<{ id: number }>;
  get: Action;
  replace: Action;
  update: Action;
  remove: Action;
}

const RESOURCES: Resource[] = [
  {
    name: 'schools',
    create: (user) => createSchool(user),
    get: (user, id) => user.client.schools.get({ params: { id } }),
    replace: (user, id) => user.client.schools.replace({ params: { id }, body: { name: 'Replaced U' } }),
    update: (user, id) => user.client.schools.update({ params: { id }, body: { name: 'Patched U' } }),
    remove: (user, id) => user.client.schools.delete({ params: { id } }),
  },
  {
    name: 'cities',
    create: (user) => createCity(user),
    get: (user, id) => user.client.cities.get({ params: { id } }),
    replace: (user, id) => user.client.cities.replace({ params: { id }, body: { name: 'Replaced City' } }),
    update: (user, id) => user.client.cities.update({ params: { id }, body: { name: 'Patched City' } }),
    remove: (user, id) => user.client.cities.delete({ params: { id } }),
  },
  {
    name: 'subjects',
    create: (user) => createSubject(user),
    get: (user, id) => user.client.subjects.get({ params: { id } }),
    replace: (user, id) =>
      user.client.subjects.replace({ params: { id }, body: { code: uniqueCode(), name_en: 'Replaced' } }),
    update: (user, id) => user.client.subjects.update({ params: { id }, body: { name_en: 'Patched' } }),
    remove: (user, id) => user.client.subjects.delete({ params: { id } }),
  },
  {
    name: 'goals',
    create: (user) => createGoal(user),
    get: (user, id) => user.client.goals.get({ params: { id } }),
    replace: (user, id) =>
      user.client.goals.replace({
        params: { id },
        body: { code: uniqueCode(), name: 'Replaced', type: 'weekly' },
      }),
    update: (user, id) => user.client.goals.update({ params: { id }, body: { name: 'Patched' } }),
    remove: (user, id) => user.client.goals.delete({ params: { id } }),
  },
];

const FORBIDDEN = { detail: 'You do not have permission to perform this action.' };

describe.each(RESOURCES)('/api/$name/{id}/: only staff edit and delete (DESIGN §3)', (resource) => {
  it('refuses PUT, PATCH and DELETE from a signed-in user who is not staff with 403, changing nothing', async () => {
    const user = await signUp(target.current);
    const row = await resource.create(user);
    const before = (await resource.get(user, row.id)).body;
    for (const attempt of [resource.replace, resource.update, resource.remove]) {
      const response = await attempt(user, row.id);
      expect(response.status).toBe(403);
      expect(response.body).toEqual(FORBIDDEN);
    }
    expect((await resource.get(user, row.id)).body).toEqual(before);
  });

  it('lets staff replace (200), patch (200) and delete (204) a row anyone created', async () => {
    const staff = await signUpStaff(target.current);
    const row = await resource.create(await signUp(target.current));
    expect((await resource.replace(staff, row.id)).status).toBe(200);
    expect((await resource.update(staff, row.id)).status).toBe(200);
    const removed = await resource.remove(staff, row.id);
    expect(removed).toMatchObject({ status: 204, body: undefined });
    expect((await resource.get(staff, row.id)).status).toBe(404);
  });

  it('answers 404 for an unknown id, to staff and to everyone else', async () => {
    const staff = await signUpStaff(target.current);
    const user = await signUp(target.current);
    for (const caller of [staff, user]) {
      for (const attempt of [resource.get, resource.replace, resource.update, resource.remove]) {
        expect(await attempt(caller, 98_765)).toMatchObject({ status: 404, body: { detail: 'Not found.' } });
      }
    }
  });

  it('needs a signed-in caller, even to read', async () => {
    const user = await signUp(target.current);
    const row = await resource.create(user);
    const anonymous = { ...user, client: target.current.client() };
    for (const attempt of [resource.get, resource.update, resource.remove]) {
      expect((await attempt(anonymous, row.id)).status).toBe(401);
    }
  });
});
