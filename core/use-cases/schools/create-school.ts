import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { fieldErrors } from '../../rules/errors.js';
import { applySchoolRequest, DEFAULT_SCHOOL_FIELDS } from './school-fields.js';
import { presentSchool } from './school-view.js';

/** Any signed-in user adds a school (DESIGN §3). */
export const createSchool: UseCase<typeof contract.schools.create> = async ({ body }, context) => {
  const current = { ...DEFAULT_SCHOOL_FIELDS, name: body.name };
  const { fields, errors } = await applySchoolRequest(current, body, context.store);
  if (Object.keys(errors).length > 0) return fieldErrors(errors);
  const now = context.clock.now();
  const school = await context.store.schools.create({ ...fields, createdAt: now, updatedAt: now });
  return { ...(await presentSchool(school, context.store)), status: 201 };
};
