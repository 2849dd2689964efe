import { describe, expect, it } from 'vitest';
import { signUp, type SignedInUser } from '../support/factories.js';
import { bodyOf } from '../support/responses.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();
const HANOI = { latitude: 21.028511, longitude: 105.804817 };
/** About 55 m north of HANOI. */
const NEAR_HANOI = { latitude: 21.029011, longitude: 105.804817 };
/** About 222 m north of HANOI. */
const FAR_HANOI = { latitude: 21.030511, longitude: 105.804817 };
const MINUTE = 60 * 1000;

/** The id of the caller's newest history row; fails when there is none. */
async function newestHistoryId(client: SignedInUser['client']): Promise<number> {
  const newest = bodyOf(await client.location.listHistory(), 200, 'the history list').results[0];
  if (!newest) throw new Error('The location update wrote no history row');
  return newest.id;
}

describe('POST /api/users/location/', () => {
  it('saves the first location to history', async () => {
    const { client } = await signUp(target.current);
    const response = await client.location.update({ body: { ...HANOI, accuracy: 15.5 } });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      updated: true,
      saved_to_history: true,
      distance_moved: null,
      time_since_last: null,
      ...HANOI,
      timestamp: target.current.clock.now().toISOString(),
    });
  });

  it('saves a move of more than 100 m', async () => {
    const { client } = await signUp(target.current);
    await client.location.update({ body: HANOI });
    target.current.clock.advance(MINUTE);
    const response = await client.location.update({ body: FAR_HANOI });
    expect(response.body).toMatchObject({ saved_to_history: true, time_since_last: 60 });
    if (response.status !== 200) return;
    expect(response.body.distance_moved).toBeCloseTo(222.4, 0);
    expect(response.body.message).toBe('Location saved: moved 222.4m and 1.0 minutes passed');
  });

  it('saves after more than 15 minutes even without moving', async () => {
    const { client } = await signUp(target.current);
    await client.location.update({ body: HANOI });
    target.current.clock.advance(15 * MINUTE + 1000);
    const response = await client.location.update({ body: HANOI });
    expect(response.body).toMatchObject({ saved_to_history: true, distance_moved: 0, time_since_last: 901 });
  });

  it('does not save a short move within 15 minutes, but still updates the current location', async () => {
    const { client } = await signUp(target.current);
    await client.location.update({ body: HANOI });
    target.current.clock.advance(10 * MINUTE);
    const response = await client.location.update({ body: NEAR_HANOI });
    expect(response.body).toMatchObject({ saved_to_history: false, time_since_last: 600 });
    const current = await client.location.getCurrent();
    expect(current.body).toEqual({ ...NEAR_HANOI, last_updated: target.current.clock.now().toISOString() });
    const history = await client.location.listHistory();
    expect(history.status === 200 && history.body.count).toBe(1);
  });

  it('measures from the last history row, not the last update', async () => {
    const { client } = await signUp(target.current);
    await client.location.update({ body: HANOI });
    target.current.clock.advance(MINUTE);
    await client.location.update({ body: NEAR_HANOI });
    target.current.clock.advance(MINUTE);
    const response = await client.location.update({ body: { latitude: 21.029511, longitude: 105.804817 } });
    expect(response.body).toMatchObject({ saved_to_history: true, time_since_last: 120 });
  });

  it('refuses coordinates out of range', async () => {
    const { client } = await signUp(target.current);
    const response = await client.location.update({ body: { latitude: 90.5, longitude: -181 } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      latitude: ['Ensure this value is less than or equal to 90.'],
      longitude: ['Ensure this value is greater than or equal to -180.'],
    });
  });

  it('accepts the exact bounds', async () => {
    const { client } = await signUp(target.current);
    const response = await client.location.update({ body: { latitude: -90, longitude: 180 } });
    expect(response.status).toBe(200);
  });
});

describe('GET /api/users/location/current/', () => {
  it('answers 404 before the first update', async () => {
    const { client } = await signUp(target.current);
    expect((await client.location.getCurrent()).status).toBe(404);
  });
});

describe('GET /api/users/location/history/', () => {
  async function userWithHistory(rows: number) {
    const signedIn = await signUp(target.current);
    for (let index = 0; index < rows; index += 1) {
      await signedIn.client.location.update({ body: { latitude: 10 + index * 0.01, longitude: 20 } });
      target.current.clock.advance(MINUTE);
    }
    return signedIn;
  }

  it('lists newest first with DRF pagination, 50 per page by default', async () => {
    const { client } = await userWithHistory(3);
    const response = await client.location.listHistory();
    expect(response.status).toBe(200);
    if (response.status !== 200) return;
    expect(response.body.count).toBe(3);
    expect(response.body.next).toBeNull();
    expect(response.body.results.map((row) => row.latitude)).toEqual([10.02, 10.01, 10]);
  });

  it('builds absolute next and previous links, and accepts limit as page_size', async () => {
    const { client } = await userWithHistory(3);
    const first = await client.location.listHistory({ query: { limit: 2 } });
    expect(first.status === 200 && first.body.next).toBe(
      `${target.current.baseUrl}/api/users/location/history/?limit=2&page=2`,
    );
    const second = await client.location.listHistory({ query: { limit: 2, page: 2 } });
    expect(second.status === 200 && second.body.previous).toBe(
      `${target.current.baseUrl}/api/users/location/history/?limit=2`,
    );
    expect(second.status === 200 && second.body.results).toHaveLength(1);
  });

  it('answers 404 Invalid page past the end', async () => {
    const { client } = await userWithHistory(1);
    const response = await client.location.listHistory({ query: { page: 3 } });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ detail: 'Invalid page.' });
  });

  it('clamps page_size to 100', async () => {
    const { client } = await userWithHistory(1);
    const response = await client.location.listHistory({ query: { page_size: 500 } });
    expect(response.status).toBe(200);
  });

  it('filters by from_date and to_date', async () => {
    const { client } = await userWithHistory(3);
    const now = target.current.clock.now().getTime();
    const response = await client.location.listHistory({
      query: {
        from_date: new Date(now - 2.5 * MINUTE).toISOString(),
        to_date: new Date(now - 1.5 * MINUTE).toISOString(),
      },
    });
    expect(response.status === 200 && response.body.results.map((row) => row.latitude)).toEqual([10.01]);
  });

  it("never lists another user's rows", async () => {
    await userWithHistory(2);
    const { client } = await userWithHistory(1);
    const response = await client.location.listHistory();
    expect(response.status === 200 && response.body.count).toBe(1);
  });
});

describe('GET /api/users/location/history/{id}/', () => {
  it("answers one of the caller's rows in detail", async () => {
    const { client, user } = await signUp(target.current);
    await client.location.update({ body: { ...HANOI, accuracy: 15.5 } });
    const id = await newestHistoryId(client);
    const response = await client.location.getHistoryEntry({ params: { id } });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id,
      user: user.id,
      user_email: user.email,
      user_name: user.full_name,
      accuracy: 15.5,
    });
  });

  it("answers 404 for another user's row", async () => {
    const owner = await signUp(target.current);
    await owner.client.location.update({ body: HANOI });
    const id = await newestHistoryId(owner.client);
    const { client } = await signUp(target.current);
    const response = await client.location.getHistoryEntry({ params: { id } });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ detail: 'Not found.' });
  });
});

describe('GET /api/users/location/stats/', () => {
  it('counts the rows of the last 30 days and shows the current location', async () => {
    const { client } = await signUp(target.current);
    await client.location.update({ body: HANOI });
    const firstAt = target.current.clock.now().toISOString();
    target.current.clock.advance(20 * MINUTE);
    await client.location.update({ body: FAR_HANOI });
    const response = await client.location.getStats();
    expect(response.body).toEqual({
      total_records: 2,
      days_analyzed: 30,
      first_recorded: firstAt,
      last_recorded: target.current.clock.now().toISOString(),
      current_location: FAR_HANOI,
    });
  });

  it('leaves out rows older than the days asked for', async () => {
    const { client, email, password } = await signUp(target.current);
    await client.location.update({ body: HANOI });
    target.current.clock.advance(3 * 24 * 60 * MINUTE);
    await client.auth.login({ body: { email, password } });
    await client.location.update({ body: FAR_HANOI });
    const response = await client.location.getStats({ query: { days: 2 } });
    expect(response.body).toMatchObject({ total_records: 1, days_analyzed: 2 });
  });

  it('answers zero records and no location for a new user', async () => {
    const { client } = await signUp(target.current);
    const response = await client.location.getStats();
    expect(response.body).toEqual({
      total_records: 0,
      days_analyzed: 30,
      first_recorded: null,
      last_recorded: null,
      current_location: null,
    });
  });
});
