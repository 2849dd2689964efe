import { describe, expect, it } from 'vitest';
import type { GoalListQuery } from '../../contract/index.js';
import { signUp, type SignedInUser } from '../support/factories.js';
import { addUserGoal, createGoal, signUpStaff } from '../support/reference-data.js';
import { MINUTE } from '../support/sessions.js';
import { useTarget } from '../targets/index.js';

const target = useTarget('each');

async function codes(user: SignedInUser, query: GoalListQuery = {}) {
  const response = await user.client.goals.list({ query });
  if (response.status !== 200)
    throw new Error(`list failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.results.map((goal) => goal.code);
}

describe('POST /api/goals/', () => {
  it('lets any signed-in user add a goal and answers its detail', async () => {
    const user = await signUp(target.current);
    const response = await user.client.goals.create({
      body: { code: 'STUDY_HOURS', name: 'Study Hours Per Day', type: 'daily' },
    });
    const now = target.current.clock.now().toISOString();
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(Number) as unknown,
      code: 'STUDY_HOURS',
      name: 'Study Hours Per Day',
      type: 'daily',
      created_at: now,
      updated_at: now,
      user_count: 0,
      avg_target_value: null,
    });
  });

  it('refuses a code another goal has, and a type outside the five', async () => {
    const user = await signUp(target.current);
    await createGoal(user, { code: 'STUDY_HOURS' });
    const taken = await user.client.goals.create({
      body: { code: 'STUDY_HOURS', name: 'Again', type: 'weekly' },
    });
    expect(taken.status).toBe(400);
    expect(taken.body).toEqual({ code: ['goal with this code already exists.'] });
    const type = await user.client.goals.create({ body: { code: 'X', name: 'X', type: 'hourly' as never } });
    expect(type.body).toEqual({ type: ['"hourly" is not a valid choice.'] });
  });
});

describe('GET /api/goals/{id}/', () => {
  it('counts the users who have the goal, in detail and in lists', async () => {
    const user = await signUp(target.current);
    const goal = await createGoal(user);
    for (let count = 0; count < 3; count += 1)
      await addUserGoal(await signUp(target.current), { goal: goal.id });
    expect((await user.client.goals.get({ params: { id: goal.id } })).body).toMatchObject({ user_count: 3 });
    const list = await user.client.goals.list({ query: { search: goal.code } });
    expect(list.status === 200 && list.body.results).toEqual([
      { id: goal.id, code: goal.code, name: goal.name, type: 'daily', user_count: 3 },
    ]);
  });

  it("averages the users' target values, leaving out goals without one, to two decimals", async () => {
    const user = await signUp(target.current);
    const goal = await createGoal(user);
    for (const target_value of [4, 5, 5, null]) {
      await addUserGoal(await signUp(target.current), { goal: goal.id, target_value });
    }
    expect((await user.client.goals.get({ params: { id: goal.id } })).body).toMatchObject({
      user_count: 4,
      avg_target_value: 4.67,
    });
  });

  it('answers avg_target_value null when no user has set a target', async () => {
    const user = await signUp(target.current);
    const goal = await createGoal(user);
    await addUserGoal(user, { goal: goal.id });
    expect((await user.client.goals.get({ params: { id: goal.id } })).body).toMatchObject({
      user_count: 1,
      avg_target_value: null,
    });
  });

  it('answers 404 for a goal that does not exist', async () => {
    const user = await signUp(target.current);
    expect((await user.client.goals.get({ params: { id: 98_765 } })).status).toBe(404);
  });
});

describe('GET /api/goals/', () => {
  it('lists goals by code, 10 a page', async () => {
    const user = await signUp(target.current);
    for (let index = 11; index >= 0; index -= 1) await createGoal(user, { code: `G${index + 10}` });
    expect(await codes(user)).toEqual(Array.from({ length: 10 }, (_unused, index) => `G${index + 10}`));
    expect(await codes(user, { page: 2 })).toEqual(['G20', 'G21']);
  });

  it('searches code and name, case-insensitively', async () => {
    const user = await signUp(target.current);
    await createGoal(user, { code: 'STUDY_HOURS', name: 'Study Hours Per Day' });
    await createGoal(user, { code: 'BOOKS', name: 'Books Read Per Month' });
    expect(await codes(user, { search: 'study_h' })).toEqual(['STUDY_HOURS']);
    expect(await codes(user, { search: 'READ' })).toEqual(['BOOKS']);
    expect(await codes(user, { search: 'per' })).toEqual(['BOOKS', 'STUDY_HOURS']);
  });

  it('filters by type', async () => {
    const user = await signUp(target.current);
    await createGoal(user, { code: 'A', type: 'daily' });
    await createGoal(user, { code: 'B', type: 'milestone' });
    expect(await codes(user, { type: 'milestone' })).toEqual(['B']);
  });

  it('orders by code, ascending and descending', async () => {
    const user = await signUp(target.current);
    for (const code of ['B', 'A', 'C']) await createGoal(user, { code });
    expect(await codes(user, { ordering: 'code' })).toEqual(['A', 'B', 'C']);
    expect(await codes(user, { ordering: '-code' })).toEqual(['C', 'B', 'A']);
  });

  it('orders by name, ascending and descending', async () => {
    const user = await signUp(target.current);
    await createGoal(user, { code: 'X1', name: 'Mid' });
    await createGoal(user, { code: 'X2', name: 'Alpha' });
    await createGoal(user, { code: 'X3', name: 'Zulu' });
    expect(await codes(user, { ordering: 'name' })).toEqual(['X2', 'X1', 'X3']);
    expect(await codes(user, { ordering: '-name' })).toEqual(['X3', 'X1', 'X2']);
  });

  it('orders by type in the order daily, weekly, monthly, yearly, milestone, and reversed', async () => {
    const user = await signUp(target.current);
    await createGoal(user, { code: 'M', type: 'milestone' });
    await createGoal(user, { code: 'D', type: 'daily' });
    await createGoal(user, { code: 'Y', type: 'yearly' });
    await createGoal(user, { code: 'W', type: 'weekly' });
    expect(await codes(user, { ordering: 'type' })).toEqual(['D', 'W', 'Y', 'M']);
    expect(await codes(user, { ordering: '-type' })).toEqual(['M', 'Y', 'W', 'D']);
  });

  it('orders by created_at, ascending and descending', async () => {
    const user = await signUp(target.current);
    for (const code of ['B', 'A', 'C']) {
      await createGoal(user, { code });
      target.current.clock.advance(MINUTE);
    }
    expect(await codes(user, { ordering: 'created_at' })).toEqual(['B', 'A', 'C']);
    expect(await codes(user, { ordering: '-created_at' })).toEqual(['C', 'A', 'B']);
  });

  it('refuses an ordering outside the allow-list with a 400 field error', async () => {
    const user = await signUp(target.current);
    const response = await user.client.goals.list({ query: { ordering: '-user_count' as never } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ ordering: ['"-user_count" is not a valid choice.'] });
  });
});

describe('PUT/PATCH/DELETE /api/goals/{id}/ (staff)', () => {
  it('patches the fields sent', async () => {
    const staff = await signUpStaff(target.current);
    const goal = await createGoal(staff);
    target.current.clock.advance(MINUTE);
    const response = await staff.client.goals.update({
      params: { id: goal.id },
      body: { name: 'Study Hours Per Day - Updated' },
    });
    expect(response.body).toEqual({
      ...goal,
      name: 'Study Hours Per Day - Updated',
      updated_at: target.current.clock.now().toISOString(),
    });
  });

  it('replaces with PUT, which needs code, name and type', async () => {
    const staff = await signUpStaff(target.current);
    const goal = await createGoal(staff);
    const missing = await staff.client.goals.replace({
      params: { id: goal.id },
      body: { name: 'x' } as never,
    });
    expect(missing.body).toEqual({ code: ['This field is required.'], type: ['This field is required.'] });
    const response = await staff.client.goals.replace({
      params: { id: goal.id },
      body: { code: 'NEW', name: 'New', type: 'yearly' },
    });
    expect(response.body).toMatchObject({ code: 'NEW', name: 'New', type: 'yearly' });
  });

  it('refuses a code another goal has', async () => {
    const staff = await signUpStaff(target.current);
    await createGoal(staff, { code: 'TAKEN' });
    const goal = await createGoal(staff);
    const taken = await staff.client.goals.update({ params: { id: goal.id }, body: { code: 'TAKEN' } });
    expect(taken.body).toEqual({ code: ['goal with this code already exists.'] });
  });

  it('deletes with a bodiless 204', async () => {
    const staff = await signUpStaff(target.current);
    const goal = await createGoal(staff);
    const response = await staff.client.goals.delete({ params: { id: goal.id } });
    expect(response.status).toBe(204);
    expect(response.body).toBeUndefined();
    expect((await staff.client.goals.get({ params: { id: goal.id } })).status).toBe(404);
  });

  it("refuses to delete a goal on users' lists with a 400 detail", async () => {
    const staff = await signUpStaff(target.current);
    const goal = await createGoal(staff);
    const user = await signUp(target.current);
    const row = await addUserGoal(user, { goal: goal.id, target_value: 3 });
    const response = await staff.client.goals.delete({ params: { id: goal.id } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ detail: "This goal is on users' lists and cannot be deleted." });
    expect((await user.client.userGoals.get({ params: { id: row.id } })).status).toBe(200);
  });
});
