import { Faker, en } from '@faker-js/faker';
import type { AppRoute } from '@ts-rest/core';
import { HttpResponse } from 'msw';
import type { RequestControls } from './request-controls.js';
import { sampleResponse } from './sample-from-schema.js';
import { isServerFault, serverFault } from './server-faults.js';

/**
 * The forced answer of `Prefer: code=N`: on any route a 429 or a 5xx as the server gives them (see
 * `serverFault`); else a body generated from the contract's schema for that status (the same body
 * for the same route and status), or a 400 when the route does not declare it.
 */
export function forcedResponse(
  route: AppRoute,
  { code: status, retryAfterSeconds }: RequestControls & { code: number },
): Response {
  if (isServerFault(status)) {
    const fault = serverFault(status, retryAfterSeconds);
    return HttpResponse.json(fault.body, { status: fault.status, headers: fault.headers });
  }
  const faker = new Faker({ locale: [en] });
  faker.seed(status);
  const sample = sampleResponse(route, status, faker);
  if (!sample.ok) {
    const declared = Object.keys(route.responses).join(', ');
    return HttpResponse.json(
      {
        detail: `Status ${status} is not declared for ${route.method} ${route.path} (declared: ${declared}; any route also answers 429 and 5xx).`,
      },
      { status: 400 },
    );
  }
  return sample.body === undefined
    ? new HttpResponse(null, { status })
    : HttpResponse.json(sample.body as Record<string, unknown>, { status });
}
