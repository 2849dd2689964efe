import { describe, expectTypeOf, it } from 'vitest';
import type { User } from '../contract/index.js';
import type { createClient } from './client.js';

type Client = ReturnType<typeof createClient>;
type LoginResult = Awaited<ReturnType<Client['auth']['login']>>;
type ProfileResult = Awaited<ReturnType<Client['auth']['getProfile']>>;
type DeleteSchoolResult = Awaited<ReturnType<Client['schools']['delete']>>;

describe('what the SDK infers from the contract', () => {
  it('narrows a result by status', () => {
    expectTypeOf<Extract<LoginResult, { status: 200 }>['body']['user']>().toEqualTypeOf<User>();
    expectTypeOf<Extract<LoginResult, { status: 429 }>['body']>().toEqualTypeOf<{ detail: string }>();
  });

  it('offers only the declared statuses', () => {
    expectTypeOf<LoginResult['status']>().toEqualTypeOf<200 | 400 | 401 | 413 | 415 | 429>();
    expectTypeOf<ProfileResult['status']>().toEqualTypeOf<200 | 401>();
  });

  it('types path params and query', () => {
    expectTypeOf<Parameters<Client['users']['getStatus']>[0]>().toHaveProperty('params');
    expectTypeOf<NonNullable<Parameters<Client['location']['listHistory']>[0]>['query']>().toExtend<
      { page?: number; limit?: number } | undefined
    >();
  });

  it('types a bodiless 204 as an undefined body', () => {
    expectTypeOf<Extract<DeleteSchoolResult, { status: 204 }>['body']>().toEqualTypeOf<undefined>();
    expectTypeOf<DeleteSchoolResult['status']>().toEqualTypeOf<204 | 401 | 403 | 404>();
  });
});
