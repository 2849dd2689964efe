import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { fieldErrors } from '../../rules/errors.js';
import { applyCityRequest } from './city-fields.js';
import { presentCity } from './city-view.js';

/** Any signed-in user adds a city (DESIGN §3). */
export const createCity: UseCase<typeof contract.cities.create> = async ({ body }, context) => {
  const { fields, errors } = applyCityRequest({ name: body.name, location: null }, body);
  if (Object.keys(errors).length > 0) return fieldErrors(errors);
  const now = context.clock.now();
  const city = await context.store.cities.create({ ...fields, createdAt: now, updatedAt: now });
  return { ...(await presentCity(city, context.store)), status: 201 };
};
