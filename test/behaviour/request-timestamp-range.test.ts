import { describe, expect, it } from 'vitest';
import { signUp, type SignedInUser } from '../support/factories.js';
import { createGoal } from '../support/reference-data.js';
import { sessionBody } from '../support/sessions.js';
import { useTarget } from '../targets/index.js';

/**
 * A timestamp or a date in a request (body or query) names a moment in years 0001 to 9999 UTC,
 * as Django's datetimes do: year 0000 is a malformed value and a moment an offset pushes outside
 * those years is out of range, both a 400 on the field. The queries are raw, to send `+` offsets.
 */
const target = useTarget();
const DATETIME_FORMAT = [
  'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].',
];
const DATE_FORMAT = ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'];
const OUT_OF_RANGE = ['Datetime value out of range.'];
const DATE_OR_DATETIME = ['Enter a valid date or date/time (ISO 8601).'];

async function get(user: SignedInUser, path: string, query: Record<string, string>) {
  const url = `${target.current.baseUrl}${path}?${new URLSearchParams(query).toString()}`;
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${user.client.tokens.get()?.access ?? ''}` },
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('GET /api/sessions/', () => {
  it('refuses a date_from or date_to in year 0000 or outside years 0001-9999 UTC', async () => {
    const user = await signUp(target.current);
    const list = (query: Record<string, string>) => get(user, '/api/sessions/', query);
    expect(await list({ date_to: '0000-01-01T00:00:00Z' })).toEqual({
      status: 400,
      body: { date_to: DATE_OR_DATETIME },
    });
    expect(await list({ date_from: '0000-12-31' })).toEqual({
      status: 400,
      body: { date_from: DATE_OR_DATETIME },
    });
    expect(await list({ date_from: '0001-01-01T00:00:00+00:01' })).toEqual({
      status: 400,
      body: { date_from: OUT_OF_RANGE },
    });
    expect(await list({ date_to: '9999-12-31T23:00:00-01:00' })).toEqual({
      status: 400,
      body: { date_to: OUT_OF_RANGE },
    });
  });

  it('accepts the first and the last moments of years 0001-9999', async () => {
    const user = await signUp(target.current);
    const list = (query: Record<string, string>) => get(user, '/api/sessions/', query);
    expect(
      (await list({ date_from: '0001-01-01T00:00:00Z', date_to: '9999-12-31T23:59:59.999Z' })).status,
    ).toBe(200);
    expect((await list({ date_from: '0001-01-01', date_to: '9999-12-31' })).status).toBe(200);
  });
});

describe('GET /api/users/location/history/', () => {
  it('refuses a from_date or to_date in year 0000 or outside years 0001-9999 UTC', async () => {
    const user = await signUp(target.current);
    const history = (query: Record<string, string>) => get(user, '/api/users/location/history/', query);
    expect(await history({ to_date: '0000-01-01T00:00:00Z' })).toEqual({
      status: 400,
      body: { to_date: DATETIME_FORMAT },
    });
    expect(await history({ from_date: '9999-12-31T23:00:00-05:00' })).toEqual({
      status: 400,
      body: { from_date: OUT_OF_RANGE },
    });
    const widest = { from_date: '0001-01-01T00:00:00Z', to_date: '9999-12-31T23:59:59.999Z' };
    expect((await history(widest)).status).toBe(200);
  });
});

describe('POST /api/sessions/', () => {
  it('refuses a start_time in year 0000 or outside years 0001-9999 UTC', async () => {
    const host = await signUp(target.current);
    const create = async (start_time: string) => {
      const response = await host.client.sessions.create({
        body: sessionBody(target.current, { start_time }),
      });
      return { status: response.status, body: response.body };
    };
    expect(await create('0000-01-01T00:00:00Z')).toEqual({
      status: 400,
      body: { start_time: DATETIME_FORMAT },
    });
    expect(await create('9999-12-31T22:00:00-05:00')).toEqual({
      status: 400,
      body: { start_time: OUT_OF_RANGE },
    });
  });

  it('refuses a recurrence_end_date in year 0000, with or without a recurrence', async () => {
    const host = await signUp(target.current);
    for (const recurrence_pattern of ['none', 'weekly'] as const) {
      const body = sessionBody(target.current, { recurrence_pattern, recurrence_end_date: '0000-01-01' });
      const response = await host.client.sessions.create({ body });
      expect({ status: response.status, body: response.body }).toEqual({
        status: 400,
        body: { recurrence_end_date: DATE_FORMAT },
      });
    }
    const created = await host.client.sessions.createdSessions();
    expect(created.status === 200 && created.body).toEqual([]);
  });
});

describe('POST /api/user-goals/', () => {
  it('refuses a target_date in year 0000', async () => {
    const user = await signUp(target.current);
    const goal = await createGoal(user);
    const response = await user.client.userGoals.create({
      body: { goal: goal.id, target_date: '0000-01-01' },
    });
    expect({ status: response.status, body: response.body }).toEqual({
      status: 400,
      body: { target_date: DATE_FORMAT },
    });
    const first = await user.client.userGoals.create({ body: { goal: goal.id, target_date: '0001-01-01' } });
    expect(first.status === 201 && first.body.target_date).toBe('0001-01-01');
  });
});
