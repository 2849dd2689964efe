import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { fieldError } from '../../rules/errors.js';
import { checkSchoolExists } from '../../rules/people/profile-changes.js';
import { newUser } from '../../rules/people/new-user.js';
import { signIn } from './sign-in.js';

/** Creates an active account with a hashed password and signs it in. */
export const registerUser: UseCase<typeof contract.auth.register> = async ({ body }, context) => {
  const schoolError = await checkSchoolExists(body.school, context.store);
  if (schoolError) return schoolError;
  const created = await context.store.users.create(
    newUser({
      email: body.email,
      passwordHash: await context.hasher.hash(body.password),
      fullName: body.full_name,
      phone: body.phone,
      schoolId: body.school,
      major: body.major,
      year: body.year,
      bio: body.bio,
      avatarUrl: body.avatar_url,
      learningRadiusKm: body.learning_radius_km,
      privacyLevel: body.privacy_level,
      createdAt: context.clock.now(),
    }),
  );
  if (created === 'email_taken') return fieldError('email', 'user with this email already exists.');
  return { status: 201, body: await signIn(created, context, 'User registered successfully') };
};
