import type { Contract } from '@studymate/contract';
import type { UseCaseTree } from '../../context.js';
import { createSchool } from './create-school.js';
import { deleteSchool } from './delete-school.js';
import { getSchool } from './get-school.js';
import { listSchools } from './list-schools.js';
import { searchSchoolsByCity } from './search-schools-by-city.js';
import { searchSchoolsByLocation } from './search-schools-by-location.js';
import { replaceSchool, updateSchool } from './update-school.js';

/** The schools area: one use case per route of `contract.schools`, key for key. */
export const schoolsUseCases: UseCaseTree<Contract['schools']> = {
  list: listSchools,
  create: createSchool,
  get: getSchool,
  replace: replaceSchool,
  update: updateSchool,
  delete: deleteSchool,
  searchLocation: searchSchoolsByLocation,
  searchCity: searchSchoolsByCity,
};
