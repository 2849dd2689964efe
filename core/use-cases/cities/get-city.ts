import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { notFound } from '../../rules/errors.js';
import { presentCity } from './city-view.js';

export const getCity: UseCase<typeof contract.cities.get> = async ({ params }, context) => {
  const city = await context.store.cities.findById(params.id);
  return city ? presentCity(city, context.store) : notFound();
};
