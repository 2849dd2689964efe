import { describe, expect, it } from 'vitest';
import { signUp, type SignedInUser } from '../support/factories.js';
import { createGroup } from '../support/groups.js';
import { hostSession } from '../support/sessions.js';
import { useTarget } from '../targets/index.js';

/**
 * DESIGN §2: an id is a positive integer written one way, `^[1-9][0-9]*$`. In a path any other
 * spelling is a 404; in a query filter a 400 on the field. The SDK cannot write these spellings
 * (it sends numbers), so the requests are raw; under MSW, fetch is intercepted in process.
 */
const target = useTarget();
const INVALID_INTEGER = ['A valid integer is required.'];

/** Spellings of `id` that `Number()` reads as `id`, and the API must not. */
const spellings = (id: number) => [
  `${id}.0`,
  `0x${id.toString(16)}`,
  `${id}e0`,
  `%20${id}`,
  `0${id}`,
  `+${id}`,
  `${id}%20`,
];

async function get(user: SignedInUser, path: string) {
  const response = await fetch(`${target.current.baseUrl}${path}`, {
    headers: { authorization: `Bearer ${user.client.tokens.get()?.access ?? ''}` },
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('GET /api/sessions/{id}/', () => {
  it('answers 404 for an id written any way but plain decimal digits', async () => {
    const host = await signUp(target.current);
    const session = await hostSession(target.current, host);
    expect((await get(host, `/api/sessions/${session.id}/`)).status).toBe(200);
    for (const spelling of spellings(session.id)) {
      const response = await get(host, `/api/sessions/${spelling}/`);
      expect({ spelling, ...response }).toEqual({ spelling, status: 404, body: { detail: 'Not found.' } });
    }
  });
});

describe('GET /api/groups/{id}/members/', () => {
  it('answers 404 for a group id written any way but plain decimal digits', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin);
    expect((await get(admin, `/api/groups/${group.id}/members/`)).status).toBe(200);
    for (const spelling of spellings(group.id)) {
      const response = await get(admin, `/api/groups/${spelling}/members/`);
      expect({ spelling, status: response.status }).toEqual({ spelling, status: 404 });
    }
  });
});

describe('GET /api/groups/{group_id}/messages/', () => {
  it('answers 404 for a group id written any way but plain decimal digits', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin);
    expect((await get(admin, `/api/groups/${group.id}/messages/`)).status).toBe(200);
    for (const spelling of spellings(group.id)) {
      const response = await get(admin, `/api/groups/${spelling}/messages/`);
      expect({ spelling, status: response.status }).toEqual({ spelling, status: 404 });
    }
  });

  it('refuses an after or before cursor written any way but plain decimal digits with 400', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin);
    const path = `/api/groups/${group.id}/messages/`;
    expect((await get(admin, `${path}?after=0`)).status).toBe(200);
    for (const spelling of spellings(1)) {
      expect(await get(admin, `${path}?after=${spelling}`)).toEqual({
        status: 400,
        body: { after: INVALID_INTEGER },
      });
      expect(await get(admin, `${path}?before=${spelling}`)).toEqual({
        status: 400,
        body: { before: INVALID_INTEGER },
      });
    }
  });
});

describe('GET /api/sessions/', () => {
  it('refuses a host or subject filter written any way but plain decimal digits with 400', async () => {
    const user = await signUp(target.current);
    expect((await get(user, `/api/sessions/?host=${user.user.id}`)).status).toBe(200);
    for (const spelling of spellings(user.user.id)) {
      expect(await get(user, `/api/sessions/?host=${spelling}`)).toEqual({
        status: 400,
        body: { host: INVALID_INTEGER },
      });
      expect(await get(user, `/api/sessions/?subject=${spelling}`)).toEqual({
        status: 400,
        body: { subject: INVALID_INTEGER },
      });
    }
  });

  it('refuses a page or page_size written any way but plain decimal digits with 400', async () => {
    const user = await signUp(target.current);
    for (const spelling of spellings(1)) {
      expect(await get(user, `/api/sessions/?page=${spelling}`)).toEqual({
        status: 400,
        body: { page: INVALID_INTEGER },
      });
      expect(await get(user, `/api/sessions/?page_size=${spelling}`)).toEqual({
        status: 400,
        body: { page_size: INVALID_INTEGER },
      });
    }
  });
});

describe('GET /api/groups/', () => {
  it('refuses a subject or school filter written any way but plain decimal digits with 400', async () => {
    const user = await signUp(target.current);
    for (const spelling of spellings(1)) {
      expect(await get(user, `/api/groups/?school=${spelling}`)).toEqual({
        status: 400,
        body: { school: INVALID_INTEGER },
      });
      expect(await get(user, `/api/groups/?subject=${spelling}`)).toEqual({
        status: 400,
        body: { subject: INVALID_INTEGER },
      });
    }
  });
});

describe('GET /api/chat/conversations/by-connection/', () => {
  it('refuses a connection_id written any way but plain decimal digits with 400', async () => {
    const user = await signUp(target.current);
    for (const spelling of spellings(1)) {
      expect(await get(user, `/api/chat/conversations/by-connection/?connection_id=${spelling}`)).toEqual({
        status: 400,
        body: { connection_id: INVALID_INTEGER },
      });
    }
  });
});
