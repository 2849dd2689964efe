import type { CityPatchRequest, contract } from '@studymate/contract';
import type { CoreContext, UseCase } from '../../context.js';
import { fieldErrors, notFound } from '../../rules/errors.js';
import { staffOnly } from '../../rules/people/staff-only.js';
import { applyCityRequest } from './city-fields.js';
import { presentCity } from './city-view.js';

async function applyCityUpdate(id: number, body: CityPatchRequest, context: CoreContext) {
  const found = staffOnly(await context.store.cities.findById(id), context.user);
  if (!found.ok) return found.response;
  const { fields, errors } = applyCityRequest(found.row, body);
  if (Object.keys(errors).length > 0) return fieldErrors(errors);
  const updated = await context.store.cities.update(id, { ...fields, updatedAt: context.clock.now() });
  return updated ? presentCity(updated, context.store) : notFound();
}

/** PATCH: staff only. */
export const updateCity: UseCase<typeof contract.cities.update> = ({ params, body }, context) =>
  applyCityUpdate(params.id, body, context);

/** PUT: the same, with `name` required. */
export const replaceCity: UseCase<typeof contract.cities.replace> = ({ params, body }, context) =>
  applyCityUpdate(params.id, body, context);
