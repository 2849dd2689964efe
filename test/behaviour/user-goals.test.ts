import { describe, expect, it } from 'vitest';
import type { GoalCreateRequest, UserGoalCreateRequest, UserGoalListQuery } from '../../contract/index.js';
import { signUp, type SignedInUser } from '../support/factories.js';
import { addUserGoal, createGoal } from '../support/reference-data.js';
import { MINUTE } from '../support/sessions.js';
import { useTarget } from '../targets/index.js';

const target = useTarget('each');

async function goalCodes(user: SignedInUser, query: UserGoalListQuery = {}) {
  const response = await user.client.userGoals.list({ query });
  if (response.status !== 200)
    throw new Error(`list failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.results.map((row) => row.goal_code);
}

/** A user with one goal per entry, added a minute apart (oldest first). */
async function userWith(rows: (Partial<GoalCreateRequest> & Omit<Partial<UserGoalCreateRequest>, 'goal'>)[]) {
  const user = await signUp(target.current);
  for (const { code, name, type, ...row } of rows) {
    const goal = await createGoal(user, {
      ...(code && { code }),
      ...(name && { name }),
      ...(type && { type }),
    });
    await addUserGoal(user, { goal: goal.id, ...row });
    target.current.clock.advance(MINUTE);
  }
  return user;
}

describe('POST /api/user-goals/', () => {
  it("adds a goal to the caller's list and answers the detail", async () => {
    const user = await signUp(target.current, { full_name: 'John Doe' });
    const goal = await createGoal(user, { code: 'STUDY_HOURS', name: 'Study Hours Per Day', type: 'daily' });
    const response = await user.client.userGoals.create({
      body: { goal: goal.id, target_value: 5.0, target_date: '2026-12-31' },
    });
    const now = target.current.clock.now().toISOString();
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(Number) as unknown,
      user: user.user.id,
      user_email: user.email,
      user_full_name: 'John Doe',
      goal: goal.id,
      goal_code: 'STUDY_HOURS',
      goal_name: 'Study Hours Per Day',
      goal_type: 'daily',
      target_value: 5,
      target_date: '2026-12-31',
      created_at: now,
      updated_at: now,
    });
  });

  it('leaves the target value and date null when not sent', async () => {
    const user = await signUp(target.current);
    const goal = await createGoal(user);
    expect(await addUserGoal(user, { goal: goal.id })).toMatchObject({
      target_value: null,
      target_date: null,
    });
  });

  it('refuses a goal that does not exist, a negative target and a date that is not YYYY-MM-DD', async () => {
    const user = await signUp(target.current);
    const unknown = await user.client.userGoals.create({ body: { goal: 98_765 } });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual({ goal: ['Invalid pk "98765" - object does not exist.'] });
    const goal = await createGoal(user);
    const invalid = await user.client.userGoals.create({
      body: { goal: goal.id, target_value: -1, target_date: '31/12/2026' },
    });
    expect(invalid.body).toEqual({
      target_value: ['Ensure this value is greater than or equal to 0.'],
      target_date: ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'],
    });
  });

  it('refuses a goal already on the list, while another user may add it', async () => {
    const user = await signUp(target.current);
    const goal = await createGoal(user);
    await addUserGoal(user, { goal: goal.id });
    const again = await user.client.userGoals.create({ body: { goal: goal.id, target_value: 2 } });
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ goal: ['This goal is already on your list.'] });
    const other = await signUp(target.current);
    expect((await other.client.userGoals.create({ body: { goal: goal.id } })).status).toBe(201);
  });
});

describe('GET /api/user-goals/', () => {
  it('lists the rows in the list shape, newest first, 10 a page', async () => {
    const rows = Array.from({ length: 12 }, (_unused, index) => ({
      code: `G${index + 10}`,
      name: `Goal ${index}`,
    }));
    const user = await userWith([
      { ...rows[0], target_value: 5, target_date: '2026-12-31' },
      ...rows.slice(1),
    ]);
    const page = await user.client.userGoals.list();
    expect(page.status === 200 && page.body.count).toBe(12);
    expect(await goalCodes(user)).toEqual(
      rows
        .map((row) => row.code)
        .reverse()
        .slice(0, 10),
    );
    const second = await user.client.userGoals.list({ query: { page: 2 } });
    expect(second.status === 200 && second.body.results.at(-1)).toEqual({
      id: expect.any(Number) as unknown,
      goal: expect.any(Number) as unknown,
      goal_code: 'G10',
      goal_name: 'Goal 0',
      target_value: 5,
      target_date: '2026-12-31',
    });
  });

  it("searches the goal's code and name, case-insensitively", async () => {
    const user = await userWith([
      { code: 'STUDY_HOURS', name: 'Study Hours Per Day' },
      { code: 'BOOKS', name: 'Books Read Per Month' },
    ]);
    expect(await goalCodes(user, { search: 'study_' })).toEqual(['STUDY_HOURS']);
    expect(await goalCodes(user, { search: 'read' })).toEqual(['BOOKS']);
  });

  it("filters by the goal's type", async () => {
    const user = await userWith([
      { code: 'D', type: 'daily' },
      { code: 'M', type: 'milestone' },
    ]);
    expect(await goalCodes(user, { type: 'milestone' })).toEqual(['M']);
    expect(await goalCodes(user, { type: 'weekly' })).toEqual([]);
  });

  it('orders by target_value, ascending and descending, rows without one last when ascending', async () => {
    const user = await userWith([
      { code: 'FIVE', target_value: 5 },
      { code: 'NONE' },
      { code: 'ONE', target_value: 1.5 },
    ]);
    expect(await goalCodes(user, { ordering: 'target_value' })).toEqual(['ONE', 'FIVE', 'NONE']);
    expect(await goalCodes(user, { ordering: '-target_value' })).toEqual(['NONE', 'FIVE', 'ONE']);
  });

  it('orders by target_date, ascending and descending', async () => {
    const user = await userWith([
      { code: 'JUNE', target_date: '2026-06-30' },
      { code: 'JAN', target_date: '2026-01-31' },
      { code: 'DEC', target_date: '2026-12-31' },
    ]);
    expect(await goalCodes(user, { ordering: 'target_date' })).toEqual(['JAN', 'JUNE', 'DEC']);
    expect(await goalCodes(user, { ordering: '-target_date' })).toEqual(['DEC', 'JUNE', 'JAN']);
  });

  it('orders by created_at, ascending and descending', async () => {
    const user = await userWith([{ code: 'FIRST' }, { code: 'SECOND' }, { code: 'THIRD' }]);
    expect(await goalCodes(user, { ordering: 'created_at' })).toEqual(['FIRST', 'SECOND', 'THIRD']);
    expect(await goalCodes(user, { ordering: '-created_at' })).toEqual(['THIRD', 'SECOND', 'FIRST']);
  });

  it('refuses an ordering outside the allow-list with a 400 field error', async () => {
    const user = await signUp(target.current);
    const response = await user.client.userGoals.list({ query: { ordering: 'goal_name' as never } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ ordering: ['"goal_name" is not a valid choice.'] });
  });
});

describe('PUT/PATCH/DELETE /api/user-goals/{id}/', () => {
  it('patches the target, and null clears it', async () => {
    const user = await signUp(target.current);
    const goal = await createGoal(user);
    const row = await addUserGoal(user, { goal: goal.id, target_value: 5, target_date: '2026-12-31' });
    target.current.clock.advance(MINUTE);
    const response = await user.client.userGoals.update({
      params: { id: row.id },
      body: { target_value: 6.0 },
    });
    expect(response.body).toEqual({
      ...row,
      target_value: 6,
      updated_at: target.current.clock.now().toISOString(),
    });
    const cleared = await user.client.userGoals.update({
      params: { id: row.id },
      body: { target_date: null },
    });
    expect(cleared.body).toMatchObject({ target_value: 6, target_date: null });
  });

  it('replaces with PUT, which needs a goal, and refuses a goal already on the list', async () => {
    const user = await signUp(target.current);
    const first = await createGoal(user);
    const second = await createGoal(user);
    const third = await createGoal(user, { code: 'THIRD' });
    const row = await addUserGoal(user, { goal: first.id });
    await addUserGoal(user, { goal: second.id });
    const missing = await user.client.userGoals.replace({
      params: { id: row.id },
      body: { target_value: 1 } as never,
    });
    expect(missing.body).toEqual({ goal: ['This field is required.'] });
    const taken = await user.client.userGoals.replace({ params: { id: row.id }, body: { goal: second.id } });
    expect(taken.body).toEqual({ goal: ['This goal is already on your list.'] });
    const moved = await user.client.userGoals.replace({
      params: { id: row.id },
      body: { goal: third.id, target_value: 2, target_date: '2027-01-01' },
    });
    expect(moved.body).toMatchObject({
      goal: third.id,
      goal_code: 'THIRD',
      target_value: 2,
      target_date: '2027-01-01',
    });
  });

  it('removes a row with a bodiless 204, after which it is gone', async () => {
    const user = await signUp(target.current);
    const goal = await createGoal(user);
    const row = await addUserGoal(user, { goal: goal.id });
    const response = await user.client.userGoals.delete({ params: { id: row.id } });
    expect(response.status).toBe(204);
    expect(response.body).toBeUndefined();
    expect((await user.client.userGoals.get({ params: { id: row.id } })).status).toBe(404);
    expect(await goalCodes(user)).toEqual([]);
  });
});
