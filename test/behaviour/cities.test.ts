import { describe, expect, it } from 'vitest';
import type { CityListQuery } from '../../contract/index.js';
import { signUp, type SignedInUser } from '../support/factories.js';
import { createCity, createSchool, north, signUpStaff } from '../support/reference-data.js';
import { useTarget } from '../targets/index.js';

const target = useTarget('each');
const CENTER = { latitude: 10.7769, longitude: 106.7009 };

async function names(user: SignedInUser, query: CityListQuery = {}) {
  const response = await user.client.cities.list({ query });
  if (response.status !== 200)
    throw new Error(`list failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.results.map((city) => city.name);
}

describe('POST /api/cities/', () => {
  it('lets any signed-in user add a city and answers its detail', async () => {
    const user = await signUp(target.current);
    const response = await user.client.cities.create({
      body: { name: 'Boston', latitude: 42.3601, longitude: -71.0589 },
    });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(Number) as unknown,
      name: 'Boston',
      latitude: 42.3601,
      longitude: -71.0589,
      school_count: 0,
    });
  });

  it('refuses a blank name, an out-of-range latitude and half a coordinate pair', async () => {
    const user = await signUp(target.current);
    const blank = await user.client.cities.create({ body: { name: '', latitude: 91, longitude: 0 } });
    expect(blank.body).toEqual({
      name: ['This field may not be blank.'],
      latitude: ['Ensure this value is less than or equal to 90.'],
    });
    const half = await user.client.cities.create({ body: { name: 'Half', longitude: 10 } });
    expect(half.body).toEqual({ non_field_errors: ['Latitude and longitude must be given together.'] });
  });
});

describe('GET /api/cities/{id}/', () => {
  it('counts its schools as school_count', async () => {
    const user = await signUp(target.current);
    const boston = await createCity(user);
    const other = await createCity(user, { name: 'Cambridge' });
    await createSchool(user, { name: 'BU', city: boston.id });
    await createSchool(user, { name: 'Northeastern', city: boston.id });
    await createSchool(user, { name: 'MIT', city: other.id });
    expect((await user.client.cities.get({ params: { id: boston.id } })).body).toEqual({
      id: boston.id,
      name: 'Boston',
      latitude: null,
      longitude: null,
      school_count: 2,
    });
    const list = await user.client.cities.list({ query: { search: 'boston' } });
    expect(list.status === 200 && list.body.results).toEqual([
      { id: boston.id, name: 'Boston', school_count: 2 },
    ]);
  });

  it('answers 404 for a city that does not exist', async () => {
    const user = await signUp(target.current);
    expect((await user.client.cities.get({ params: { id: 98_765 } })).status).toBe(404);
  });
});

describe('GET /api/cities/', () => {
  it('lists cities by name, 10 a page', async () => {
    const user = await signUp(target.current);
    for (let index = 11; index >= 0; index -= 1) await createCity(user, { name: `City ${index + 10}` });
    expect(await names(user)).toEqual(Array.from({ length: 10 }, (_unused, index) => `City ${index + 10}`));
    expect(await names(user, { page: 2 })).toEqual(['City 20', 'City 21']);
  });

  it('searches by name, case-insensitively', async () => {
    const user = await signUp(target.current);
    for (const name of ['Hanoi', 'Ho Chi Minh City', 'Da Nang']) await createCity(user, { name });
    expect(await names(user, { search: 'HO' })).toEqual(['Ho Chi Minh City']);
    expect(await names(user, { search: 'an' })).toEqual(['Da Nang', 'Hanoi']);
  });

  it('keeps cities within radius km of lat and lng, 50 km by default', async () => {
    const user = await signUp(target.current);
    await createCity(user, { name: 'Near', ...north(CENTER, 20) });
    await createCity(user, { name: 'Edge', ...north(CENTER, 49) });
    await createCity(user, { name: 'Far', ...north(CENTER, 60) });
    await createCity(user, { name: 'Unplaced' });
    const center = { lat: CENTER.latitude, lng: CENTER.longitude };
    expect(await names(user, center)).toEqual(['Edge', 'Near']);
    expect(await names(user, { ...center, radius: 100 })).toEqual(['Edge', 'Far', 'Near']);
  });

  it('refuses half a centre', async () => {
    const user = await signUp(target.current);
    const response = await user.client.cities.list({ query: { lng: 10 } });
    expect(response.body).toEqual({ lat: ['This field is required when lng is given.'] });
  });

  it('orders by name, ascending and descending', async () => {
    const user = await signUp(target.current);
    for (const name of ['Bonn', 'Aachen', 'Cologne']) await createCity(user, { name });
    expect(await names(user, { ordering: 'name' })).toEqual(['Aachen', 'Bonn', 'Cologne']);
    expect(await names(user, { ordering: '-name' })).toEqual(['Cologne', 'Bonn', 'Aachen']);
  });

  it('refuses an ordering outside the allow-list with a 400 field error', async () => {
    const user = await signUp(target.current);
    const response = await fetch(`${target.current.baseUrl}/api/cities/?ordering=-school_count`, {
      headers: { authorization: `Bearer ${user.client.tokens.get()?.access ?? ''}` },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ordering: ['"-school_count" is not a valid choice.'] });
  });
});

describe('GET /api/cities/search/location/', () => {
  it('lists cities within 50 km by default, nearest first, in the detail shape with distance_km', async () => {
    const user = await signUp(target.current);
    const edge = await createCity(user, { name: 'Edge', ...north(CENTER, 49) });
    await createCity(user, { name: 'Far', ...north(CENTER, 60) });
    const near = await createCity(user, { name: 'Near', ...north(CENTER, 5.2) });
    await createSchool(user, { name: 'Edge School', city: edge.id });
    const response = await user.client.cities.searchLocation({
      query: { lat: CENTER.latitude, lng: CENTER.longitude },
    });
    expect(response.body).toEqual([
      { ...near, distance_km: 5.2 },
      { ...edge, school_count: 1, distance_km: 49 },
    ]);
  });

  it('takes a radius in km', async () => {
    const user = await signUp(target.current);
    await createCity(user, { name: 'Far', ...north(CENTER, 60) });
    await createCity(user, { name: 'Farther', ...north(CENTER, 120) });
    const response = await user.client.cities.searchLocation({
      query: { lat: CENTER.latitude, lng: CENTER.longitude, radius: 100 },
    });
    expect(response.status === 200 && response.body.map((city) => city.name)).toEqual(['Far']);
  });
});

describe('PUT/PATCH/DELETE /api/cities/{id}/ (staff)', () => {
  it('patches the name and keeps the coordinates', async () => {
    const staff = await signUpStaff(target.current);
    const city = await createCity(staff, { latitude: 42.3601, longitude: -71.0589 });
    const response = await staff.client.cities.update({
      params: { id: city.id },
      body: { name: 'Boston - Updated' },
    });
    expect(response.body).toEqual({ ...city, name: 'Boston - Updated' });
  });

  it('replaces with PUT, which needs a name, and clears coordinates given as null', async () => {
    const staff = await signUpStaff(target.current);
    const city = await createCity(staff, { latitude: 1, longitude: 2 });
    const missing = await staff.client.cities.replace({ params: { id: city.id }, body: {} as never });
    expect(missing.body).toEqual({ name: ['This field is required.'] });
    const response = await staff.client.cities.replace({
      params: { id: city.id },
      body: { name: 'Nowhere', latitude: null, longitude: null },
    });
    expect(response.body).toEqual({ ...city, name: 'Nowhere', latitude: null, longitude: null });
  });

  it('deletes with a bodiless 204; its schools keep no city', async () => {
    const staff = await signUpStaff(target.current);
    const city = await createCity(staff);
    const school = await createSchool(staff, { city: city.id });
    const response = await staff.client.cities.delete({ params: { id: city.id } });
    expect(response.status).toBe(204);
    expect(response.body).toBeUndefined();
    expect((await staff.client.cities.get({ params: { id: city.id } })).status).toBe(404);
    expect((await staff.client.schools.get({ params: { id: school.id } })).body).toMatchObject({
      city: null,
    });
  });
});
