import type { FieldErrors, GroupPatchRequest } from '@studymate/contract';
import type { GroupRecord, Store } from '../../ports/store/store.js';
import { readCoordinatePair } from '../../rules/geo/coordinate-pair.js';

export type GroupFields = Pick<
  GroupRecord,
  'name' | 'description' | 'avatarUrl' | 'schoolId' | 'subjectIds' | 'privacy' | 'maxMembers' | 'location'
>;

export const DEFAULT_GROUP_FIELDS = {
  description: '',
  avatarUrl: null,
  schoolId: null,
  subjectIds: [],
  privacy: 'public',
  maxMembers: null,
  location: null,
} as const satisfies Omit<GroupFields, 'name'>;

export function pickGroupFields(group: GroupRecord): GroupFields {
  const { name, description, avatarUrl, schoolId, subjectIds, privacy, maxMembers, location } = group;
  return { name, description, avatarUrl, schoolId, subjectIds, privacy, maxMembers, location };
}

/** Overlays the fields a request sent on the current ones. */
export function applyGroupRequest(
  current: GroupFields,
  body: GroupPatchRequest,
): { fields: GroupFields; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const fields: GroupFields = {
    name: body.name ?? current.name,
    description: body.description ?? current.description,
    avatarUrl: body.avatar_url === undefined ? current.avatarUrl : body.avatar_url,
    schoolId: body.school === undefined ? current.schoolId : body.school,
    subjectIds: body.subject_ids ? [...new Set(body.subject_ids)] : current.subjectIds,
    privacy: body.privacy ?? current.privacy,
    maxMembers: body.max_members === undefined ? current.maxMembers : body.max_members,
    location: readCoordinatePair(body, current.location, errors),
  };
  return { fields, errors };
}

/** References that must exist, and a capacity no lower than the members already in. */
export async function checkGroupRules(
  fields: GroupFields,
  context: { store: Store; activeMembers: number },
  earlier: FieldErrors = {},
): Promise<FieldErrors> {
  const errors: FieldErrors = { ...earlier };
  if (fields.schoolId !== null && !(await context.store.schools.findById(fields.schoolId))) {
    errors['school'] = [`Invalid pk "${fields.schoolId}" - object does not exist.`];
  }
  const known = await context.store.subjects.findByIds(fields.subjectIds);
  const unknown = fields.subjectIds.filter((id) => !known.has(id));
  if (unknown.length > 0)
    errors['subject_ids'] = unknown.map((id) => `Invalid pk "${id}" - object does not exist.`);
  if (fields.maxMembers !== null && fields.maxMembers < context.activeMembers) {
    errors['max_members'] = [belowActiveMembers(context.activeMembers)];
  }
  return errors;
}

/** The refusal of a capacity below the members already in. */
export const belowActiveMembers = (activeMembers: number) =>
  `Cannot be lower than the current number of members (${activeMembers}).`;
