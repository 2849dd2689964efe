import type { User, UserSummary } from '@studymate/contract';
import type { Store, UserRecord, UserSummaryRecord } from '../../ports/store/store.js';

/** The wire shape of the caller's own profile. */
export async function presentUser(user: UserRecord, store: Store): Promise<User> {
  const school = user.schoolId === null ? null : await store.schools.findById(user.schoolId);
  return {
    id: user.id,
    email: user.email,
    phone: user.phone,
    full_name: user.fullName,
    school: user.schoolId,
    school_name: school?.name ?? null,
    major: user.major,
    year: user.year,
    bio: user.bio,
    avatar_url: user.avatarUrl,
    learning_radius_km: user.learningRadiusKm,
    privacy_level: user.privacyLevel,
    status: user.status,
    last_active_at: user.lastActiveAt?.toISOString() ?? null,
    created_at: user.createdAt.toISOString(),
  };
}

/** The wire shape of a user embedded in another resource. */
export function presentUserSummary(user: UserSummaryRecord): UserSummary {
  return {
    id: user.id,
    email: user.email,
    full_name: user.fullName,
    avatar_url: user.avatarUrl,
    school: user.schoolId,
    major: user.major,
    year: user.year,
  };
}
