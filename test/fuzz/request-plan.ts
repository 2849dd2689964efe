import type { AppRoute } from '@ts-rest/core';
import fc from 'fast-check';
import { toRequest, type FuzzRequest } from './fuzz-request.js';
import { invalidRequestOf } from './invalid-requests.js';
import { validPartsOf } from './valid-requests.js';

/** `runs` valid and `runs` invalid requests for one route, the same for the same seed. */
export function planRoute(route: AppRoute, runs: number, seed: number): FuzzRequest[] {
  const valid = validPartsOf(route).map((parts) => toRequest(route, parts, { kind: 'valid' }));
  return [
    ...fc.sample(valid, { seed, numRuns: runs }),
    ...fc.sample(invalidRequestOf(route), { seed: seed + 1, numRuns: runs }),
  ];
}
