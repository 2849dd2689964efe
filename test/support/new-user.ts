import type { NewUser } from '@studymate/core';
import { newUser } from '../../core/rules/people/new-user.js';

/** A new user as a store's `users.create` takes it (core's sign-up defaults), named Ann unless told otherwise. */
export function newUserRecord(fields: Pick<NewUser, 'email'> & Partial<NewUser>): NewUser {
  return newUser({ passwordHash: 'x', fullName: 'Ann', createdAt: new Date(), ...fields });
}
