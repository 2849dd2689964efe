import type { Contract } from '@studymate/contract';
import type { UseCaseTree } from '../../context.js';
import { createCity } from './create-city.js';
import { deleteCity } from './delete-city.js';
import { getCity } from './get-city.js';
import { listCities } from './list-cities.js';
import { searchCitiesByLocation } from './search-cities-by-location.js';
import { replaceCity, updateCity } from './update-city.js';

/** The cities area: one use case per route of `contract.cities`, key for key. */
export const citiesUseCases: UseCaseTree<Contract['cities']> = {
  list: listCities,
  create: createCity,
  get: getCity,
  replace: replaceCity,
  update: updateCity,
  delete: deleteCity,
  searchLocation: searchCitiesByLocation,
};
