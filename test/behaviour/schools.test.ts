import { describe, expect, it } from 'vitest';
import type { SchoolListQuery } from '../../contract/index.js';
import { signUp, type SignedInUser } from '../support/factories.js';
import { createGroup } from '../support/groups.js';
import { createCity, createSchool, north, signUpStaff } from '../support/reference-data.js';
import { MINUTE } from '../support/sessions.js';
import { useTarget } from '../targets/index.js';

const target = useTarget('each');
const CENTER = { latitude: 42.3601, longitude: -71.0589 };

async function names(user: SignedInUser, query: SchoolListQuery = {}) {
  const response = await user.client.schools.list({ query });
  if (response.status !== 200)
    throw new Error(`list failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.results.map((school) => school.name);
}

describe('POST /api/schools/', () => {
  it('lets any signed-in user add a school and answers its detail', async () => {
    const user = await signUp(target.current);
    const city = await createCity(user);
    const response = await user.client.schools.create({
      body: {
        name: 'Harvard University',
        short_name: 'Harvard',
        address: 'Cambridge, MA',
        city: city.id,
        latitude: 42.3744,
        longitude: -71.1169,
        website: 'https://www.harvard.edu',
        email: 'info@harvard.edu',
        phone: '+1-617-495-1000',
      },
    });
    const now = target.current.clock.now().toISOString();
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(Number) as unknown,
      name: 'Harvard University',
      short_name: 'Harvard',
      address: 'Cambridge, MA',
      city: city.id,
      latitude: 42.3744,
      longitude: -71.1169,
      website: 'https://www.harvard.edu',
      email: 'info@harvard.edu',
      phone: '+1-617-495-1000',
      created_at: now,
      updated_at: now,
      student_count: 0,
    });
  });

  it('refuses an unknown city, half a coordinate pair, a bad website and a blank name', async () => {
    const user = await signUp(target.current);
    const response = await user.client.schools.create({
      body: { name: 'Nowhere U', city: 98_765, latitude: 10, website: 'not a url' },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ website: ['Enter a valid URL.'] });
    const refused = await user.client.schools.create({
      body: { name: 'Nowhere U', city: 98_765, latitude: 10 },
    });
    expect(refused.body).toEqual({
      city: ['Invalid pk "98765" - object does not exist.'],
      non_field_errors: ['Latitude and longitude must be given together.'],
    });
    const blank = await user.client.schools.create({ body: { name: ' ' } });
    expect(blank.body).toEqual({ name: ['This field may not be blank.'] });
  });
});

describe('GET /api/schools/{id}/', () => {
  it('counts the users whose school it is as student_count', async () => {
    const user = await signUp(target.current);
    const school = await createSchool(user);
    const other = await createSchool(user, { name: 'MIT', short_name: 'MIT' });
    await signUp(target.current, { school: school.id });
    await signUp(target.current, { school: school.id });
    await signUp(target.current, { school: other.id });
    const response = await user.client.schools.get({ params: { id: school.id } });
    expect(response.body).toMatchObject({ id: school.id, student_count: 2 });
    const list = await user.client.schools.list({ query: { search: 'Harvard' } });
    expect(list.status === 200 && list.body.results).toEqual([
      { id: school.id, name: 'Harvard University', short_name: 'Harvard', city: null, student_count: 2 },
    ]);
  });

  it('answers 404 for a school that does not exist', async () => {
    const user = await signUp(target.current);
    const response = await user.client.schools.get({ params: { id: 98_765 } });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ detail: 'Not found.' });
  });
});

describe('GET /api/schools/', () => {
  it('lists schools by name in the list shape, 10 a page', async () => {
    const user = await signUp(target.current);
    for (let index = 11; index >= 0; index -= 1) await createSchool(user, { name: `School ${index + 10}` });
    const first = await user.client.schools.list();
    expect(first.status === 200 && first.body.count).toBe(12);
    expect(await names(user)).toEqual(Array.from({ length: 10 }, (_unused, index) => `School ${index + 10}`));
    expect(await names(user, { page: 2 })).toEqual(['School 20', 'School 21']);
  });

  it('searches name, short name, address and city name, case-insensitively', async () => {
    const user = await signUp(target.current);
    const city = await createCity(user, { name: 'Springfield' });
    await createSchool(user, { name: 'Alpha College', short_name: 'AC' });
    await createSchool(user, { name: 'Beta Institute', short_name: 'SPRINGTECH' });
    await createSchool(user, { name: 'Gamma School', address: '1 Springfield Road' });
    await createSchool(user, { name: 'Delta Academy', city: city.id });
    expect(await names(user, { search: 'spring' })).toEqual([
      'Beta Institute',
      'Delta Academy',
      'Gamma School',
    ]);
    expect(await names(user, { search: 'ALPHA' })).toEqual(['Alpha College']);
  });

  it('filters by city name, whole and case-insensitive', async () => {
    const user = await signUp(target.current);
    const boston = await createCity(user, { name: 'Boston' });
    const cambridge = await createCity(user, { name: 'Cambridge' });
    await createSchool(user, { name: 'Boston University', city: boston.id });
    await createSchool(user, { name: 'MIT', city: cambridge.id });
    await createSchool(user, { name: 'Cityless College' });
    expect(await names(user, { city: 'boston' })).toEqual(['Boston University']);
    expect(await names(user, { city: 'Bos' })).toEqual([]);
  });

  it('keeps schools within radius km of lat and lng, 10 km by default', async () => {
    const user = await signUp(target.current);
    await createSchool(user, { name: 'Near', ...north(CENTER, 5) });
    await createSchool(user, { name: 'Edge', ...north(CENTER, 9.5) });
    await createSchool(user, { name: 'Far', ...north(CENTER, 12) });
    await createSchool(user, { name: 'Unplaced' });
    const center = { lat: CENTER.latitude, lng: CENTER.longitude };
    expect(await names(user, center)).toEqual(['Edge', 'Near']);
    expect(await names(user, { ...center, radius: 15 })).toEqual(['Edge', 'Far', 'Near']);
    expect(await names(user, { ...center, radius: 6 })).toEqual(['Near']);
  });

  it('refuses half a centre', async () => {
    const user = await signUp(target.current);
    const response = await user.client.schools.list({ query: { lat: 10 } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ lng: ['This field is required when lat is given.'] });
  });

  it('orders by name, ascending and descending', async () => {
    const user = await signUp(target.current);
    for (const name of ['Bravo', 'Alpha', 'Charlie']) await createSchool(user, { name });
    expect(await names(user, { ordering: 'name' })).toEqual(['Alpha', 'Bravo', 'Charlie']);
    expect(await names(user, { ordering: '-name' })).toEqual(['Charlie', 'Bravo', 'Alpha']);
  });

  it('orders by city name, ascending and descending, schools without a city last', async () => {
    const user = await signUp(target.current);
    const zurich = await createCity(user, { name: 'Zurich' });
    const austin = await createCity(user, { name: 'Austin' });
    await createSchool(user, { name: 'ETH', city: zurich.id });
    await createSchool(user, { name: 'UT', city: austin.id });
    await createSchool(user, { name: 'Online U' });
    expect(await names(user, { ordering: 'city' })).toEqual(['UT', 'ETH', 'Online U']);
    expect(await names(user, { ordering: '-city' })).toEqual(['Online U', 'ETH', 'UT']);
  });

  it('orders by created_at, ascending and descending', async () => {
    const user = await signUp(target.current);
    for (const name of ['Second', 'First', 'Third']) {
      await createSchool(user, { name });
      target.current.clock.advance(MINUTE);
    }
    expect(await names(user, { ordering: 'created_at' })).toEqual(['Second', 'First', 'Third']);
    expect(await names(user, { ordering: '-created_at' })).toEqual(['Third', 'First', 'Second']);
  });

  it('refuses an ordering outside the allow-list with a 400 field error', async () => {
    const user = await signUp(target.current);
    for (const ordering of ['address', '-student_count', 'name; drop table']) {
      const response = await fetch(
        `${target.current.baseUrl}/api/schools/?ordering=${encodeURIComponent(ordering)}`,
        {
          headers: { authorization: `Bearer ${user.client.tokens.get()?.access ?? ''}` },
        },
      );
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ ordering: [`"${ordering}" is not a valid choice.`] });
    }
  });
});

describe('GET /api/schools/search/location/', () => {
  it('lists schools within 10 km by default, nearest first, in the detail shape with distance_km', async () => {
    const user = await signUp(target.current);
    const edge = await createSchool(user, { name: 'Edge', ...north(CENTER, 9.5) });
    await createSchool(user, { name: 'Far', ...north(CENTER, 12) });
    const near = await createSchool(user, { name: 'Near', ...north(CENTER, 2.5) });
    const response = await user.client.schools.searchLocation({
      query: { lat: CENTER.latitude, lng: CENTER.longitude },
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      { ...near, distance_km: 2.5 },
      { ...edge, distance_km: 9.5 },
    ]);
  });

  it('takes a radius in km', async () => {
    const user = await signUp(target.current);
    await createSchool(user, { name: 'Far', ...north(CENTER, 12) });
    const response = await user.client.schools.searchLocation({
      query: { lat: CENTER.latitude, lng: CENTER.longitude, radius: 20 },
    });
    expect(response.status === 200 && response.body.map((school) => school.name)).toEqual(['Far']);
  });

  it('needs lat and lng', async () => {
    const user = await signUp(target.current);
    const response = await fetch(`${target.current.baseUrl}/api/schools/search/location/?lat=10`, {
      headers: { authorization: `Bearer ${user.client.tokens.get()?.access ?? ''}` },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ lng: ['This field is required.'] });
  });
});

describe('GET /api/schools/search/city/', () => {
  it("lists the named city's schools by name, in the list shape", async () => {
    const user = await signUp(target.current);
    const boston = await createCity(user, { name: 'Boston' });
    const other = await createCity(user, { name: 'Worcester' });
    const northeastern = await createSchool(user, {
      name: 'Northeastern',
      short_name: 'NEU',
      city: boston.id,
    });
    const bu = await createSchool(user, { name: 'Boston University', short_name: 'BU', city: boston.id });
    await createSchool(user, { name: 'WPI', city: other.id });
    const response = await user.client.schools.searchCity({ query: { city: 'BOSTON' } });
    expect(response.body).toEqual([
      { id: bu.id, name: 'Boston University', short_name: 'BU', city: boston.id, student_count: 0 },
      { id: northeastern.id, name: 'Northeastern', short_name: 'NEU', city: boston.id, student_count: 0 },
    ]);
  });

  it('needs a city', async () => {
    const user = await signUp(target.current);
    const response = await fetch(`${target.current.baseUrl}/api/schools/search/city/`, {
      headers: { authorization: `Bearer ${user.client.tokens.get()?.access ?? ''}` },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ city: ['This field is required.'] });
  });
});

describe('PUT/PATCH/DELETE /api/schools/{id}/ (staff)', () => {
  it('patches the fields sent and never the read-only ones', async () => {
    const staff = await signUpStaff(target.current);
    const school = await createSchool(staff, { website: 'https://www.harvard.edu' });
    target.current.clock.advance(MINUTE);
    const response = await staff.client.schools.update({
      params: { id: school.id },
      body: { name: 'Harvard University - Updated', id: 777, student_count: 99, created_at: 'x' } as never,
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      ...school,
      name: 'Harvard University - Updated',
      updated_at: target.current.clock.now().toISOString(),
    });
  });

  it('replaces with PUT, which needs a name', async () => {
    const staff = await signUpStaff(target.current);
    const school = await createSchool(staff);
    const missing = await staff.client.schools.replace({ params: { id: school.id }, body: {} as never });
    expect(missing.body).toEqual({ name: ['This field is required.'] });
    const response = await staff.client.schools.replace({
      params: { id: school.id },
      body: { name: 'MIT', short_name: 'MIT', latitude: 42.36, longitude: -71.09 },
    });
    expect(response.body).toMatchObject({
      name: 'MIT',
      short_name: 'MIT',
      latitude: 42.36,
      longitude: -71.09,
    });
  });

  it('deletes with a bodiless 204, after which the school is gone', async () => {
    const staff = await signUpStaff(target.current);
    const school = await createSchool(staff);
    const response = await staff.client.schools.delete({ params: { id: school.id } });
    expect(response.status).toBe(204);
    expect(response.body).toBeUndefined();
    expect((await staff.client.schools.get({ params: { id: school.id } })).status).toBe(404);
  });

  it('leaves no dangling reference: its students and groups keep no school', async () => {
    const staff = await signUpStaff(target.current);
    const school = await createSchool(staff);
    const student = await signUp(target.current, { school: school.id });
    const group = await createGroup(student, { school: school.id });
    await staff.client.schools.delete({ params: { id: school.id } });
    const profile = await student.client.auth.getProfile();
    expect(profile.body).toMatchObject({ school: null, school_name: null });
    expect((await student.client.groups.get({ params: { id: group.id } })).body).toMatchObject({
      school: null,
    });
  });
});
