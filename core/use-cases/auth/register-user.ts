import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { fieldError } from '../../rules/errors.js';
import { checkSchoolExists } from '../../rules/people/profile-changes.js';
import { signIn } from './sign-in.js';

/** Creates an active account with a hashed password and signs it in. */
export const registerUser: UseCase<typeof contract.auth.register> = async ({ body }, context) => {
  const schoolError = await checkSchoolExists(body.school, context.store);
  if (schoolError) return schoolError;
  const created = await context.store.users.create({
    email: body.email,
    passwordHash: await context.hasher.hash(body.password),
    fullName: body.full_name ?? '',
    phone: body.phone ?? '',
    schoolId: body.school ?? null,
    major: body.major ?? '',
    year: body.year ?? null,
    bio: body.bio ?? '',
    avatarUrl: body.avatar_url ?? null,
    learningRadiusKm: body.learning_radius_km ?? 5,
    privacyLevel: body.privacy_level ?? 'open',
    status: 'active',
    isStaff: false,
    createdAt: context.clock.now(),
  });
  if (created === 'email_taken') return fieldError('email', 'user with this email already exists.');
  return { status: 201, body: await signIn(created, context, 'User registered successfully') };
};
