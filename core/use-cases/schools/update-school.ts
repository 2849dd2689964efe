import type { SchoolPatchRequest, contract } from '@studymate/contract';
import type { CoreContext, UseCase } from '../../context.js';
import { fieldErrors, notFound } from '../../rules/errors.js';
import { staffOnly } from '../../rules/people/staff-only.js';
import { applySchoolRequest, pickSchoolFields } from './school-fields.js';
import { presentSchool } from './school-view.js';

async function applySchoolUpdate(id: number, body: SchoolPatchRequest, context: CoreContext) {
  const found = staffOnly(await context.store.schools.findById(id), context.user);
  if (!found.ok) return found.response;
  const { fields, errors } = await applySchoolRequest(pickSchoolFields(found.row), body, context.store);
  if (Object.keys(errors).length > 0) return fieldErrors(errors);
  const updated = await context.store.schools.update(id, { ...fields, updatedAt: context.clock.now() });
  return updated ? presentSchool(updated, context.store) : notFound();
}

/** PATCH: staff only; read-only fields are never written. */
export const updateSchool: UseCase<typeof contract.schools.update> = ({ params, body }, context) =>
  applySchoolUpdate(params.id, body, context);

/** PUT: the same, with `name` required. */
export const replaceSchool: UseCase<typeof contract.schools.replace> = ({ params, body }, context) =>
  applySchoolUpdate(params.id, body, context);
