import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { notFound } from '../../rules/errors.js';
import { staffOnly } from '../../rules/people/staff-only.js';

/** Staff only. Its students and groups keep no school (SET NULL), so nothing points at a deleted school. */
export const deleteSchool: UseCase<typeof contract.schools.delete> = async ({ params }, context) => {
  const found = staffOnly(await context.store.schools.findById(params.id), context.user);
  if (!found.ok) return found.response;
  const deleted = await context.store.schools.delete(params.id);
  return deleted ? { status: 204, body: undefined } : notFound();
};
