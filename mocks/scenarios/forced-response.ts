import { Faker, en } from '@faker-js/faker';
import type { AppRoute } from '@ts-rest/core';
import { HttpResponse } from 'msw';
import { sampleResponse } from './sample-from-schema.js';

/**
 * The forced answer of `Prefer: code=N`: a body generated from the contract's schema for that
 * status (the same body for the same route and status), or a 400 when the route does not declare it.
 */
export function forcedResponse(route: AppRoute, status: number): Response {
  const faker = new Faker({ locale: [en] });
  faker.seed(status);
  const sample = sampleResponse(route, status, faker);
  if (!sample.ok) {
    const declared = Object.keys(route.responses).join(', ');
    return HttpResponse.json(
      {
        detail: `Status ${status} is not declared for ${route.method} ${route.path} (declared: ${declared}).`,
      },
      { status: 400 },
    );
  }
  return sample.body === undefined
    ? new HttpResponse(null, { status })
    : HttpResponse.json(sample.body as Record<string, unknown>, { status });
}
