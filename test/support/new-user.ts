import type { NewUser } from '@studymate/core';

/** A new user as a store's `users.create` takes it: an active, open, non-staff learner unless told otherwise. */
export function newUserRecord(fields: Pick<NewUser, 'email'> & Partial<NewUser>): NewUser {
  return {
    passwordHash: 'x',
    fullName: 'Ann',
    phone: '',
    schoolId: null,
    major: '',
    year: null,
    bio: '',
    avatarUrl: null,
    learningRadiusKm: 5,
    privacyLevel: 'open',
    status: 'active',
    isStaff: false,
    createdAt: new Date(),
    ...fields,
  };
}
