import type { Ordering } from '@studymate/contract';
import type { Sort } from '../../ports/store/store.js';

/**
 * The store's sort for an `ordering` the contract allowed, through a fixed map of wire fields
 * to store fields: a store never sees a name that came from a request.
 */
export function toSort<Wire extends string, Field extends string>(
  ordering: Ordering<Wire> | undefined,
  fields: Record<Wire, Field>,
  fallback: Sort<Field>,
): Sort<Field> {
  for (const [wire, field] of Object.entries<Field>(fields)) {
    if (ordering === wire) return { field, descending: false };
    if (ordering === `-${wire}`) return { field, descending: true };
  }
  return fallback;
}
