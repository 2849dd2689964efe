import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { notFound } from '../../rules/errors.js';
import { presentSchool } from './school-view.js';

export const getSchool: UseCase<typeof contract.schools.get> = async ({ params }, context) => {
  const school = await context.store.schools.findById(params.id);
  return school ? presentSchool(school, context.store) : notFound();
};
