import type { ProfilePatch } from '@studymate/contract';
import type { Store, UserProfileFields } from '../../ports/store/store.js';
import { fieldError } from '../errors.js';

/** Maps the editable wire fields that were sent to record fields; absent fields stay untouched. */
export function toProfileChanges(body: ProfilePatch): Partial<UserProfileFields> {
  const changes: Partial<UserProfileFields> = {};
  if (body.full_name !== undefined) changes.fullName = body.full_name;
  if (body.phone !== undefined) changes.phone = body.phone;
  if (body.school !== undefined) changes.schoolId = body.school;
  if (body.major !== undefined) changes.major = body.major;
  if (body.year !== undefined) changes.year = body.year;
  if (body.bio !== undefined) changes.bio = body.bio;
  if (body.avatar_url !== undefined) changes.avatarUrl = body.avatar_url;
  if (body.learning_radius_km !== undefined) changes.learningRadiusKm = body.learning_radius_km;
  if (body.privacy_level !== undefined) changes.privacyLevel = body.privacy_level;
  return changes;
}

/** The 400 for a school id that does not exist, or null when the school is fine. */
export async function checkSchoolExists(schoolId: number | null | undefined, store: Store) {
  if (schoolId === null || schoolId === undefined) return null;
  if (await store.schools.findById(schoolId)) return null;
  return fieldError('school', `Invalid pk "${schoolId}" - object does not exist.`);
}
