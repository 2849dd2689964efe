import type {
  CityCreateRequest,
  GoalCreateRequest,
  SchoolCreateRequest,
  SubjectCreateRequest,
  UserGoalCreateRequest,
  UserSubjectCreateRequest,
} from '../../contract/index.js';
import type { Target } from '../targets/index.js';
import { signUp, type SignedInUser } from './factories.js';

let sequence = 0;
/** A code no other test uses, e.g. `R7`. */
export const uniqueCode = (prefix = 'R') =>
  `${prefix}${(sequence += 1)}${Math.random().toString(36).slice(2, 6)}`;

/** A user the back office made staff (DESIGN §3). */
export async function signUpStaff(target: Target): Promise<SignedInUser> {
  const staff = await signUp(target);
  await target.makeStaff(staff.email);
  return staff;
}

function failed(what: string, response: { status: number; body: unknown }): never {
  throw new Error(`create ${what} failed: ${response.status} ${JSON.stringify(response.body)}`);
}

export async function createCity(user: SignedInUser, overrides: Partial<CityCreateRequest> = {}) {
  const response = await user.client.cities.create({ body: { name: 'Boston', ...overrides } });
  return response.status === 201 ? response.body : failed('city', response);
}

export async function createSchool(user: SignedInUser, overrides: Partial<SchoolCreateRequest> = {}) {
  const body = { name: 'Harvard University', short_name: 'Harvard', ...overrides };
  const response = await user.client.schools.create({ body });
  return response.status === 201 ? response.body : failed('school', response);
}

export async function createSubject(user: SignedInUser, overrides: Partial<SubjectCreateRequest> = {}) {
  const body = { code: uniqueCode('CS'), name_en: 'Introduction to Programming', ...overrides };
  const response = await user.client.subjects.create({ body });
  return response.status === 201 ? response.body : failed('subject', response);
}

export async function createGoal(user: SignedInUser, overrides: Partial<GoalCreateRequest> = {}) {
  const body = {
    code: uniqueCode('GOAL'),
    name: 'Study Hours Per Day',
    type: 'daily' as const,
    ...overrides,
  };
  const response = await user.client.goals.create({ body });
  return response.status === 201 ? response.body : failed('goal', response);
}

export async function addUserSubject(user: SignedInUser, body: UserSubjectCreateRequest) {
  const response = await user.client.userSubjects.create({ body });
  return response.status === 201 ? response.body : failed('user subject', response);
}

export async function addUserGoal(user: SignedInUser, body: UserGoalCreateRequest) {
  const response = await user.client.userGoals.create({ body });
  return response.status === 201 ? response.body : failed('user goal', response);
}

const KM_PER_DEGREE_OF_LATITUDE = (6371.0088 * Math.PI) / 180;

/** The point `km` kilometres due north of `from` (great-circle distance). */
export function north(from: { latitude: number; longitude: number }, km: number) {
  return { latitude: from.latitude + km / KM_PER_DEGREE_OF_LATITUDE, longitude: from.longitude };
}
