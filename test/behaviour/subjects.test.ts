import { describe, expect, it } from 'vitest';
import type { SubjectListQuery } from '../../contract/index.js';
import { signUp, type SignedInUser } from '../support/factories.js';
import { createGroup } from '../support/groups.js';
import { addUserSubject, createSubject, signUpStaff } from '../support/reference-data.js';
import { hostSession, MINUTE } from '../support/sessions.js';
import { useTarget } from '../targets/index.js';

const target = useTarget('each');

async function codes(user: SignedInUser, query: SubjectListQuery = {}) {
  const response = await user.client.subjects.list({ query });
  if (response.status !== 200)
    throw new Error(`list failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.results.map((subject) => subject.code);
}

describe('POST /api/subjects/', () => {
  it('lets any signed-in user add a subject and answers its detail', async () => {
    const user = await signUp(target.current);
    const response = await user.client.subjects.create({
      body: {
        code: 'CS101',
        name_vi: 'Lập trình cơ bản',
        name_en: 'Introduction to Programming',
        level: 'beginner',
      },
    });
    const now = target.current.clock.now().toISOString();
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(Number) as unknown,
      code: 'CS101',
      name_vi: 'Lập trình cơ bản',
      name_en: 'Introduction to Programming',
      level: 'beginner',
      created_at: now,
      updated_at: now,
      user_count: 0,
      learners_count: 0,
      teachers_count: 0,
    });
  });

  it('refuses a code another subject has, and a level outside the four', async () => {
    const user = await signUp(target.current);
    await createSubject(user, { code: 'CS101' });
    const taken = await user.client.subjects.create({ body: { code: 'CS101', name_en: 'Again' } });
    expect(taken.status).toBe(400);
    expect(taken.body).toEqual({ code: ['subject with this code already exists.'] });
    const level = await user.client.subjects.create({
      body: { code: 'CS102', name_en: 'X', level: 'undergraduate' as never },
    });
    expect(level.body).toEqual({ level: ['"undergraduate" is not a valid choice.'] });
  });
});

describe('GET /api/subjects/{id}/', () => {
  it('counts users, learners and teachers (both counts as each)', async () => {
    const user = await signUp(target.current);
    const subject = await createSubject(user);
    for (const intent of ['learn', 'learn', 'teach', 'both'] as const) {
      await addUserSubject(await signUp(target.current), { subject: subject.id, intent });
    }
    const other = await createSubject(user);
    await addUserSubject(user, { subject: other.id });
    expect((await user.client.subjects.get({ params: { id: subject.id } })).body).toMatchObject({
      user_count: 4,
      learners_count: 3,
      teachers_count: 2,
    });
    const list = await user.client.subjects.list({ query: { search: subject.code } });
    expect(list.status === 200 && list.body.results).toEqual([
      {
        id: subject.id,
        code: subject.code,
        name_en: subject.name_en,
        name_vi: subject.name_vi,
        level: 'beginner',
        user_count: 4,
      },
    ]);
  });

  it('answers 404 for a subject that does not exist', async () => {
    const user = await signUp(target.current);
    expect((await user.client.subjects.get({ params: { id: 98_765 } })).status).toBe(404);
  });
});

describe('GET /api/subjects/', () => {
  it('lists subjects by code, 10 a page', async () => {
    const user = await signUp(target.current);
    for (let index = 11; index >= 0; index -= 1) await createSubject(user, { code: `S${index + 10}` });
    expect(await codes(user)).toEqual(Array.from({ length: 10 }, (_unused, index) => `S${index + 10}`));
    expect(await codes(user, { page: 2 })).toEqual(['S20', 'S21']);
  });

  it('searches code, name_en and name_vi, case-insensitively', async () => {
    const user = await signUp(target.current);
    await createSubject(user, { code: 'MATH101', name_en: 'Calculus I', name_vi: 'Giải tích I' });
    await createSubject(user, { code: 'CS101', name_en: 'Programming', name_vi: 'Lập trình' });
    await createSubject(user, { code: 'PHYS201', name_en: 'Physics II', name_vi: 'Vật lý II' });
    expect(await codes(user, { search: 'math' })).toEqual(['MATH101']);
    expect(await codes(user, { search: 'PROGRAM' })).toEqual(['CS101']);
    expect(await codes(user, { search: 'vật lý' })).toEqual(['PHYS201']);
  });

  it('filters by level', async () => {
    const user = await signUp(target.current);
    await createSubject(user, { code: 'A', level: 'beginner' });
    await createSubject(user, { code: 'B', level: 'expert' });
    await createSubject(user, { code: 'C', level: 'expert' });
    expect(await codes(user, { level: 'expert' })).toEqual(['B', 'C']);
    const wrong = await user.client.subjects.list({ query: { level: 'master' as never } });
    expect(wrong.body).toEqual({ level: ['"master" is not a valid choice.'] });
  });

  it('orders by code, ascending and descending', async () => {
    const user = await signUp(target.current);
    for (const code of ['B2', 'A1', 'C3']) await createSubject(user, { code });
    expect(await codes(user, { ordering: 'code' })).toEqual(['A1', 'B2', 'C3']);
    expect(await codes(user, { ordering: '-code' })).toEqual(['C3', 'B2', 'A1']);
  });

  it('orders by name_en, ascending and descending', async () => {
    const user = await signUp(target.current);
    await createSubject(user, { code: 'X1', name_en: 'Physics' });
    await createSubject(user, { code: 'X2', name_en: 'Algebra' });
    await createSubject(user, { code: 'X3', name_en: 'Zoology' });
    expect(await codes(user, { ordering: 'name_en' })).toEqual(['X2', 'X1', 'X3']);
    expect(await codes(user, { ordering: '-name_en' })).toEqual(['X3', 'X1', 'X2']);
  });

  it('orders by created_at, ascending and descending', async () => {
    const user = await signUp(target.current);
    for (const code of ['B', 'A', 'C']) {
      await createSubject(user, { code });
      target.current.clock.advance(MINUTE);
    }
    expect(await codes(user, { ordering: 'created_at' })).toEqual(['B', 'A', 'C']);
    expect(await codes(user, { ordering: '-created_at' })).toEqual(['C', 'A', 'B']);
  });

  it('refuses an ordering outside the allow-list with a 400 field error', async () => {
    const user = await signUp(target.current);
    const response = await user.client.subjects.list({ query: { ordering: 'level' as never } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ ordering: ['"level" is not a valid choice.'] });
  });
});

describe('PUT/PATCH/DELETE /api/subjects/{id}/ (staff)', () => {
  it('patches the fields sent', async () => {
    const staff = await signUpStaff(target.current);
    const subject = await createSubject(staff);
    target.current.clock.advance(MINUTE);
    const response = await staff.client.subjects.update({
      params: { id: subject.id },
      body: { name_en: 'Introduction to Programming - Updated', level: 'intermediate' },
    });
    expect(response.body).toEqual({
      ...subject,
      name_en: 'Introduction to Programming - Updated',
      level: 'intermediate',
      updated_at: target.current.clock.now().toISOString(),
    });
  });

  it('replaces with PUT, which needs code and name_en', async () => {
    const staff = await signUpStaff(target.current);
    const subject = await createSubject(staff);
    const missing = await staff.client.subjects.replace({ params: { id: subject.id }, body: {} as never });
    expect(missing.body).toEqual({ code: ['This field is required.'], name_en: ['This field is required.'] });
    const response = await staff.client.subjects.replace({
      params: { id: subject.id },
      body: { code: 'NEW1', name_en: 'New', name_vi: 'Mới', level: 'advanced' },
    });
    expect(response.body).toMatchObject({ code: 'NEW1', name_en: 'New', name_vi: 'Mới', level: 'advanced' });
  });

  it("refuses a code another subject has, and accepts the subject's own", async () => {
    const staff = await signUpStaff(target.current);
    await createSubject(staff, { code: 'TAKEN' });
    const subject = await createSubject(staff, { code: 'MINE' });
    const taken = await staff.client.subjects.update({ params: { id: subject.id }, body: { code: 'TAKEN' } });
    expect(taken.body).toEqual({ code: ['subject with this code already exists.'] });
    const own = await staff.client.subjects.update({ params: { id: subject.id }, body: { code: 'MINE' } });
    expect(own.status).toBe(200);
  });

  it('deletes with a bodiless 204; its sessions and groups keep no subject', async () => {
    const staff = await signUpStaff(target.current);
    const subject = await createSubject(staff);
    const host = await signUp(target.current);
    const session = await hostSession(target.current, host, { subject: subject.id });
    const group = await createGroup(host, { subject_ids: [subject.id] });
    const response = await staff.client.subjects.delete({ params: { id: subject.id } });
    expect(response.status).toBe(204);
    expect(response.body).toBeUndefined();
    expect((await staff.client.subjects.get({ params: { id: subject.id } })).status).toBe(404);
    expect((await host.client.sessions.get({ params: { id: session.id } })).body).toMatchObject({
      subject: null,
    });
    expect((await host.client.groups.get({ params: { id: group.id } })).body).toMatchObject({ subjects: [] });
  });

  it("refuses to delete a subject on users' lists with a 400 detail", async () => {
    const staff = await signUpStaff(target.current);
    const subject = await createSubject(staff);
    const learner = await signUp(target.current);
    const row = await addUserSubject(learner, { subject: subject.id });
    const response = await staff.client.subjects.delete({ params: { id: subject.id } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ detail: "This subject is on users' lists and cannot be deleted." });
    expect((await learner.client.userSubjects.get({ params: { id: row.id } })).status).toBe(200);
    await learner.client.userSubjects.delete({ params: { id: row.id } });
    expect((await staff.client.subjects.delete({ params: { id: subject.id } })).status).toBe(204);
  });
});
