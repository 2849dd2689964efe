import { describe, expect, it } from 'vitest';
import type { UserSubjectCreateRequest, UserSubjectListQuery } from '../../contract/index.js';
import { signUp, type SignedInUser } from '../support/factories.js';
import { addUserSubject, createSubject } from '../support/reference-data.js';
import { MINUTE } from '../support/sessions.js';
import { useTarget } from '../targets/index.js';

const target = useTarget('each');

async function subjectCodes(user: SignedInUser, query: UserSubjectListQuery = {}) {
  const response = await user.client.userSubjects.list({ query });
  if (response.status !== 200)
    throw new Error(`list failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.results.map((row) => row.subject_code);
}

/** A learner with one subject per code, added a minute apart (oldest first). */
async function learnerWith(codes: string[], rows: Partial<UserSubjectCreateRequest>[] = []) {
  const learner = await signUp(target.current);
  for (const [index, code] of codes.entries()) {
    const subject = await createSubject(learner, { code, name_en: `Subject ${code}` });
    await addUserSubject(learner, { subject: subject.id, ...rows[index] });
    target.current.clock.advance(MINUTE);
  }
  return learner;
}

describe('POST /api/user-subjects/', () => {
  it("adds a subject to the caller's list and answers the detail, with defaults", async () => {
    const learner = await signUp(target.current, { full_name: 'John Doe' });
    const subject = await createSubject(learner, {
      code: 'CS101',
      name_en: 'Introduction to Programming',
      name_vi: 'Lập trình cơ bản',
    });
    const response = await learner.client.userSubjects.create({ body: { subject: subject.id } });
    const now = target.current.clock.now().toISOString();
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(Number) as unknown,
      user: learner.user.id,
      user_email: learner.email,
      user_full_name: 'John Doe',
      subject: subject.id,
      subject_code: 'CS101',
      subject_name_vi: 'Lập trình cơ bản',
      subject_name_en: 'Introduction to Programming',
      subject_level: 'beginner',
      level: 'beginner',
      intent: 'learn',
      note: '',
      created_at: now,
      updated_at: now,
    });
  });

  it('keeps the level, intent and note sent', async () => {
    const learner = await signUp(target.current);
    const subject = await createSubject(learner);
    const row = await addUserSubject(learner, {
      subject: subject.id,
      level: 'intermediate',
      intent: 'both',
      note: 'Studying for exam',
    });
    expect(row).toMatchObject({ level: 'intermediate', intent: 'both', note: 'Studying for exam' });
  });

  it('refuses a subject that does not exist', async () => {
    const learner = await signUp(target.current);
    const response = await learner.client.userSubjects.create({ body: { subject: 98_765 } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ subject: ['Invalid pk "98765" - object does not exist.'] });
  });

  it('refuses a subject already on the list, while another user may add it', async () => {
    const learner = await signUp(target.current);
    const subject = await createSubject(learner);
    await addUserSubject(learner, { subject: subject.id });
    const again = await learner.client.userSubjects.create({
      body: { subject: subject.id, intent: 'teach' },
    });
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ subject: ['This subject is already on your list.'] });
    const other = await signUp(target.current);
    expect((await other.client.userSubjects.create({ body: { subject: subject.id } })).status).toBe(201);
  });

  it('adds a subject once when the same add races', async () => {
    const learner = await signUp(target.current);
    const subject = await createSubject(learner);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => learner.client.userSubjects.create({ body: { subject: subject.id } })),
    );
    expect(results.filter((result) => result.status === 201)).toHaveLength(1);
    expect(await subjectCodes(learner)).toEqual([subject.code]);
  });
});

describe('GET /api/user-subjects/', () => {
  it('lists the rows in the list shape, newest first, 10 a page', async () => {
    const codes = Array.from({ length: 12 }, (_unused, index) => `U${index + 10}`);
    const learner = await learnerWith(codes, [{ level: 'advanced', intent: 'teach' }]);
    const page = await learner.client.userSubjects.list();
    expect(page.status === 200 && page.body.count).toBe(12);
    expect(await subjectCodes(learner)).toEqual([...codes].reverse().slice(0, 10));
    const second = await learner.client.userSubjects.list({ query: { page: 2 } });
    expect(second.status === 200 && second.body.results.at(-1)).toEqual({
      id: expect.any(Number) as unknown,
      subject: expect.any(Number) as unknown,
      subject_code: 'U10',
      subject_name_en: 'Subject U10',
      level: 'advanced',
      intent: 'teach',
    });
  });

  it("searches the subject's code, name_en and name_vi, case-insensitively", async () => {
    const learner = await signUp(target.current);
    const rows = [
      { code: 'MATH101', name_en: 'Calculus', name_vi: 'Giải tích' },
      { code: 'CS101', name_en: 'Programming', name_vi: 'Lập trình' },
      { code: 'LAW210', name_en: 'Contract Law', name_vi: 'Luật hợp đồng' },
    ];
    for (const row of rows)
      await addUserSubject(learner, { subject: (await createSubject(learner, row)).id });
    expect(await subjectCodes(learner, { search: 'math' })).toEqual(['MATH101']);
    expect(await subjectCodes(learner, { search: 'programMING' })).toEqual(['CS101']);
    expect(await subjectCodes(learner, { search: 'luật' })).toEqual(['LAW210']);
  });

  it("filters by the user's level", async () => {
    const learner = await learnerWith(['A', 'B', 'C'], [{ level: 'expert' }, { level: 'beginner' }, {}]);
    expect(await subjectCodes(learner, { level: 'expert' })).toEqual(['A']);
    expect(await subjectCodes(learner, { level: 'beginner' })).toEqual(['C', 'B']);
  });

  it('filters by intent', async () => {
    const learner = await learnerWith(['A', 'B', 'C'], [{ intent: 'teach' }, { intent: 'both' }, {}]);
    expect(await subjectCodes(learner, { intent: 'teach' })).toEqual(['A']);
    expect(await subjectCodes(learner, { intent: 'both' })).toEqual(['B']);
    expect(await subjectCodes(learner, { intent: 'learn' })).toEqual(['C']);
  });

  it('orders by level from beginner to expert, and reversed', async () => {
    const learner = await learnerWith(
      ['ADV', 'BEG', 'EXP', 'INT'],
      [{ level: 'advanced' }, { level: 'beginner' }, { level: 'expert' }, { level: 'intermediate' }],
    );
    expect(await subjectCodes(learner, { ordering: 'level' })).toEqual(['BEG', 'INT', 'ADV', 'EXP']);
    expect(await subjectCodes(learner, { ordering: '-level' })).toEqual(['EXP', 'ADV', 'INT', 'BEG']);
  });

  it('orders by intent (learn, teach, both), and reversed', async () => {
    const learner = await learnerWith(
      ['BOTH', 'TEACH', 'LEARN'],
      [{ intent: 'both' }, { intent: 'teach' }, { intent: 'learn' }],
    );
    expect(await subjectCodes(learner, { ordering: 'intent' })).toEqual(['LEARN', 'TEACH', 'BOTH']);
    expect(await subjectCodes(learner, { ordering: '-intent' })).toEqual(['BOTH', 'TEACH', 'LEARN']);
  });

  it('orders by created_at, ascending and descending', async () => {
    const learner = await learnerWith(['FIRST', 'SECOND', 'THIRD']);
    expect(await subjectCodes(learner, { ordering: 'created_at' })).toEqual(['FIRST', 'SECOND', 'THIRD']);
    expect(await subjectCodes(learner, { ordering: '-created_at' })).toEqual(['THIRD', 'SECOND', 'FIRST']);
  });

  it('refuses an ordering outside the allow-list with a 400 field error', async () => {
    const learner = await signUp(target.current);
    const response = await learner.client.userSubjects.list({
      query: { ordering: 'subject__code' as never },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ ordering: ['"subject__code" is not a valid choice.'] });
  });
});

describe('PUT/PATCH/DELETE /api/user-subjects/{id}/', () => {
  it('patches level and note, keeping the rest', async () => {
    const learner = await signUp(target.current);
    const subject = await createSubject(learner);
    const row = await addUserSubject(learner, { subject: subject.id, intent: 'teach', note: 'Exam' });
    target.current.clock.advance(MINUTE);
    const response = await learner.client.userSubjects.update({
      params: { id: row.id },
      body: { level: 'advanced', note: 'Preparing for final exam' },
    });
    expect(response.body).toEqual({
      ...row,
      level: 'advanced',
      note: 'Preparing for final exam',
      updated_at: target.current.clock.now().toISOString(),
    });
  });

  it('replaces with PUT, which needs a subject, and may move the row to another subject', async () => {
    const learner = await signUp(target.current);
    const first = await createSubject(learner);
    const second = await createSubject(learner, { code: 'SECOND', name_en: 'Second' });
    const row = await addUserSubject(learner, { subject: first.id });
    const missing = await learner.client.userSubjects.replace({ params: { id: row.id }, body: {} as never });
    expect(missing.body).toEqual({ subject: ['This field is required.'] });
    const moved = await learner.client.userSubjects.replace({
      params: { id: row.id },
      body: { subject: second.id, level: 'expert', intent: 'teach' },
    });
    expect(moved.body).toMatchObject({
      subject: second.id,
      subject_code: 'SECOND',
      level: 'expert',
      intent: 'teach',
    });
  });

  it('refuses to move a row to a subject already on the list, or to one that does not exist', async () => {
    const learner = await signUp(target.current);
    const first = await createSubject(learner);
    const second = await createSubject(learner);
    const row = await addUserSubject(learner, { subject: first.id });
    await addUserSubject(learner, { subject: second.id });
    const taken = await learner.client.userSubjects.update({
      params: { id: row.id },
      body: { subject: second.id },
    });
    expect(taken.body).toEqual({ subject: ['This subject is already on your list.'] });
    const unknown = await learner.client.userSubjects.update({
      params: { id: row.id },
      body: { subject: 98_765 },
    });
    expect(unknown.body).toEqual({ subject: ['Invalid pk "98765" - object does not exist.'] });
  });

  it('removes a row with a bodiless 204, after which it is gone and may be added again', async () => {
    const learner = await signUp(target.current);
    const subject = await createSubject(learner);
    const row = await addUserSubject(learner, { subject: subject.id });
    const response = await learner.client.userSubjects.delete({ params: { id: row.id } });
    expect(response.status).toBe(204);
    expect(response.body).toBeUndefined();
    expect((await learner.client.userSubjects.get({ params: { id: row.id } })).status).toBe(404);
    expect((await learner.client.userSubjects.create({ body: { subject: subject.id } })).status).toBe(201);
  });
});
