import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { notFound } from '../../rules/errors.js';
import { staffOnly } from '../../rules/people/staff-only.js';

/** Staff only. Its schools keep no city (SET NULL), so nothing points at a deleted city. */
export const deleteCity: UseCase<typeof contract.cities.delete> = async ({ params }, context) => {
  const found = staffOnly(await context.store.cities.findById(params.id), context.user);
  if (!found.ok) return found.response;
  const deleted = await context.store.cities.delete(params.id);
  return deleted ? { status: 204, body: undefined } : notFound();
};
