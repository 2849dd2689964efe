import { describe, expect, it } from 'vitest';
import { signUp, type SignedInUser } from '../support/factories.js';
import { createGroup } from '../support/groups.js';
import { createCity, createSchool } from '../support/reference-data.js';
import { hostSession } from '../support/sessions.js';
import { useTarget } from '../targets/index.js';

/**
 * A row a hair's breadth from the search point (1e-200 degrees) is at distance 0, and a search
 * there answers 200, whether the centre is written 0 or -0. The haversine's squared sines of
 * such differences underflow; Postgres raises an error where JavaScript rounds to 0.
 */
const target = useTarget();
const TINY = 1e-200;
/** The centres searched: `0` through the SDK, `-0` written raw (JSON and the SDK write -0 as 0). */
const CENTRES = ['0', '-0'] as const;
type Centre = (typeof CENTRES)[number];

async function getJson(user: SignedInUser, path: string) {
  const response = await fetch(`${target.current.baseUrl}${path}`, {
    headers: { authorization: `Bearer ${user.client.tokens.get()?.access ?? ''}` },
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

/** Puts the caller at the centre: `-0` as a raw JSON body, since the SDK would send `0`. */
async function standAt(user: SignedInUser, centre: Centre) {
  const response =
    centre === '0'
      ? await user.client.location.update({ body: { latitude: 0, longitude: 0 } })
      : await fetch(`${target.current.baseUrl}/api/users/location/`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${user.client.tokens.get()?.access ?? ''}`,
            'content-type': 'application/json',
          },
          body: '{"latitude": -0, "longitude": -0}',
        });
  expect(response.status).toBe(200);
}

/** The distance of row `id` in a list of nearby rows, or undefined when it is missing. */
function distanceOf(body: unknown, id: number) {
  const rows = (Array.isArray(body) ? body : (body as { results: unknown[] }).results) as {
    id: number;
    distance_km?: number;
  }[];
  return rows.find((row) => row.id === id);
}

describe('GET /api/schools/search/location/', () => {
  it.each(CENTRES)('finds a school 1e-200 degrees from the centre %s at distance 0', async (centre) => {
    const user = await signUp(target.current);
    const school = await createSchool(user, { name: 'Null Island U', latitude: TINY, longitude: 0 });
    const response =
      centre === '0'
        ? await user.client.schools.searchLocation({ query: { lat: 0, lng: 0 } })
        : await getJson(user, '/api/schools/search/location/?lat=-0&lng=-0');
    expect(response.status).toBe(200);
    expect(distanceOf(response.body, school.id)).toMatchObject({ id: school.id, distance_km: 0 });
  });
});

describe('GET /api/schools/', () => {
  it.each(CENTRES)('keeps a school 1e-200 degrees from the centre %s', async (centre) => {
    const user = await signUp(target.current);
    const school = await createSchool(user, { name: 'Null Island U', latitude: TINY, longitude: 0 });
    const response = await getJson(user, `/api/schools/?lat=${centre}&lng=${centre}&page_size=100`);
    expect(response.status).toBe(200);
    expect(distanceOf(response.body, school.id)).toMatchObject({ id: school.id });
  });
});

describe('GET /api/cities/search/location/', () => {
  it.each(CENTRES)('finds a city 1e-200 degrees from the centre %s at distance 0', async (centre) => {
    const user = await signUp(target.current);
    const city = await createCity(user, { name: 'Null Island', latitude: TINY, longitude: 0 });
    const response =
      centre === '0'
        ? await user.client.cities.searchLocation({ query: { lat: 0, lng: 0 } })
        : await getJson(user, '/api/cities/search/location/?lat=-0&lng=-0');
    expect(response.status).toBe(200);
    expect(distanceOf(response.body, city.id)).toMatchObject({ id: city.id, distance_km: 0 });
  });
});

describe('GET /api/cities/', () => {
  it.each(CENTRES)('keeps a city 1e-200 degrees from the centre %s', async (centre) => {
    const user = await signUp(target.current);
    const city = await createCity(user, { name: 'Null Island', latitude: TINY, longitude: 0 });
    const response = await getJson(user, `/api/cities/?lat=${centre}&lng=${centre}&page_size=100`);
    expect(response.status).toBe(200);
    expect(distanceOf(response.body, city.id)).toMatchObject({ id: city.id });
  });
});

describe('GET /api/sessions/nearby/', () => {
  it.each(CENTRES)('finds a session 1e-200 degrees from a caller at %s at distance 0', async (centre) => {
    const host = await signUp(target.current);
    const session = await hostSession(target.current, host, {
      session_type: 'in_person',
      location_name: 'Null Island',
      latitude: TINY,
      longitude: 0,
    });
    const me = await signUp(target.current);
    await standAt(me, centre);
    const response = await me.client.sessions.nearby();
    expect(response.status).toBe(200);
    expect(distanceOf(response.body, session.id)).toMatchObject({ id: session.id, distance_km: 0 });
  });
});

describe('GET /api/groups/nearby/', () => {
  it.each(CENTRES)('finds a group 1e-200 degrees from a caller at %s at distance 0', async (centre) => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin, { latitude: TINY, longitude: 0 });
    const me = await signUp(target.current);
    await standAt(me, centre);
    const response = await me.client.groups.nearby();
    expect(response.status).toBe(200);
    expect(distanceOf(response.body, group.id)).toMatchObject({ id: group.id, distance_km: 0 });
  });
});

describe('GET /api/discover/nearby-learners/', () => {
  it.each(CENTRES)('finds a learner 1e-200 degrees from a caller at %s at distance 0', async (centre) => {
    const learner = await signUp(target.current);
    await learner.client.location.update({ body: { latitude: TINY, longitude: 0 } });
    const me = await signUp(target.current);
    await standAt(me, centre);
    const response = await me.client.discover.nearbyLearners({ query: { page_size: 100 } });
    expect(response.status).toBe(200);
    expect(distanceOf(response.body, learner.user.id)).toMatchObject({
      id: learner.user.id,
      distance_km: 0,
    });
  });
});
