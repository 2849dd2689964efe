import { describe, expect, it } from 'vitest';
import { signUp, type SignedInUser } from '../support/factories.js';
import { useTarget } from '../targets/index.js';

/**
 * A number in a query is plain decimal text, as JSON writes a number (`-12.5`, `1e-200`); an
 * empty value, hex, padding, `Infinity` or `NaN` is 400 "A valid number is required." where
 * `z.coerce.number()` read `` as 0 and `0x10` as 16. The requests are raw: the SDK sends numbers.
 */
const target = useTarget();
const INVALID_NUMBER = ['A valid number is required.'];
const ODD_SPELLINGS = [
  '',
  ' ',
  '0x10',
  ' 7 ',
  '7 ',
  '+7',
  '.5',
  '5.',
  '1e',
  '1_0',
  '0b1',
  '1,5',
  'Infinity',
  '-Infinity',
  'NaN',
  '1e400',
];
const PLAIN_SPELLINGS = ['0', '-0', '-12.5', '12', '1e-200', '1E+1', '0.000001'];

async function get(user: SignedInUser, path: string, query: Record<string, string>) {
  const url = `${target.current.baseUrl}${path}?${new URLSearchParams(query).toString()}`;
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${user.client.tokens.get()?.access ?? ''}` },
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

interface Probe {
  path: string;
  field: string;
  /** The other parameters the route needs. */
  query?: Record<string, string>;
}

/** Each odd spelling of `field` is refused on it; each plain one in its range answers 200. */
async function expectDecimalOnly(user: SignedInUser, { path, field, query = {} }: Probe) {
  for (const spelling of ODD_SPELLINGS) {
    const answer = await get(user, path, { ...query, [field]: spelling });
    expect({ spelling, ...answer }).toEqual({ spelling, status: 400, body: { [field]: INVALID_NUMBER } });
  }
  const inRange = PLAIN_SPELLINGS.filter((text) => field === 'lat' || field === 'lng' || Number(text) >= 0.1);
  for (const spelling of inRange) {
    const answer = await get(user, path, { ...query, [field]: spelling });
    expect({ spelling, status: answer.status }).toEqual({ spelling, status: 200 });
  }
}

describe('GET /api/schools/search/location/', () => {
  it('refuses an empty lat and lng instead of searching at 0,0', async () => {
    const user = await signUp(target.current);
    expect(await get(user, '/api/schools/search/location/', { lat: '', lng: '' })).toEqual({
      status: 400,
      body: { lat: INVALID_NUMBER, lng: INVALID_NUMBER },
    });
  });

  it('reads lat, lng and radius only as plain decimal numbers', async () => {
    const user = await signUp(target.current);
    const path = '/api/schools/search/location/';
    await expectDecimalOnly(user, { path, field: 'lat', query: { lng: '0' } });
    await expectDecimalOnly(user, { path, field: 'lng', query: { lat: '0' } });
    await expectDecimalOnly(user, { path, field: 'radius', query: { lat: '0', lng: '0' } });
  });

  it('answers a missing lat or lng as a required field', async () => {
    const user = await signUp(target.current);
    expect(await get(user, '/api/schools/search/location/', { lat: '10' })).toEqual({
      status: 400,
      body: { lng: ['This field is required.'] },
    });
  });
});

describe('GET /api/cities/', () => {
  it('reads lat, lng and radius only as plain decimal numbers', async () => {
    const user = await signUp(target.current);
    const path = '/api/cities/';
    await expectDecimalOnly(user, { path, field: 'radius', query: { lat: '0', lng: '0' } });
    await expectDecimalOnly(user, { path, field: 'lat', query: { lng: '0' } });
  });
});

/** A user with a location, as the nearby searches need. */
async function locatedUser() {
  const user = await signUp(target.current);
  await user.client.location.update({ body: { latitude: 10, longitude: 10 } });
  return user;
}

describe('GET /api/sessions/nearby/', () => {
  it('reads radius_km only as a plain decimal number', async () => {
    await expectDecimalOnly(await locatedUser(), { path: '/api/sessions/nearby/', field: 'radius_km' });
  });
});

describe('GET /api/groups/nearby/', () => {
  it('reads radius_km only as a plain decimal number', async () => {
    await expectDecimalOnly(await locatedUser(), { path: '/api/groups/nearby/', field: 'radius_km' });
  });
});

describe('GET /api/discover/nearby-learners/', () => {
  it('reads radius only as a plain decimal number', async () => {
    await expectDecimalOnly(await locatedUser(), { path: '/api/discover/nearby-learners/', field: 'radius' });
  });
});
