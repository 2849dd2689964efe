import type { NewUser } from '../../ports/store/store.js';

/** What a new account must be given; every other field may be left out (or undefined) for its default. */
export type NewUserFields = Pick<NewUser, 'email' | 'passwordHash' | 'createdAt'> & {
  [Field in keyof NewUser]?: NewUser[Field] | undefined;
};

/**
 * A new account as the store takes it, with the defaults a sign-up leaves unsaid: blank profile
 * fields, a 5 km learning radius, an open profile, active, not staff. Sign-up and the staff command
 * both create users through it.
 */
export function newUser(fields: NewUserFields): NewUser {
  return {
    email: fields.email,
    passwordHash: fields.passwordHash,
    fullName: fields.fullName ?? '',
    phone: fields.phone ?? '',
    schoolId: fields.schoolId ?? null,
    major: fields.major ?? '',
    year: fields.year ?? null,
    bio: fields.bio ?? '',
    avatarUrl: fields.avatarUrl ?? null,
    learningRadiusKm: fields.learningRadiusKm ?? 5,
    privacyLevel: fields.privacyLevel ?? 'open',
    status: fields.status ?? 'active',
    isStaff: fields.isStaff ?? false,
    createdAt: fields.createdAt,
  };
}
