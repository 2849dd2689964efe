import type { RegisterRequest, User } from '../../contract/index.js';
import type { StudyMateClient } from '../../sdk/index.js';
import type { Target } from '../targets/index.js';

let sequence = 0;

/** A unique, valid registration body; override any field. */
export function registrationBody(overrides: Partial<RegisterRequest> = {}): RegisterRequest {
  sequence += 1;
  const password = overrides.password ?? 'correct-horse-42';
  return {
    email: `learner${sequence}.${Math.random().toString(36).slice(2, 8)}@example.com`,
    password,
    password_confirm: password,
    full_name: `Learner ${sequence}`,
    major: 'Mathematics',
    year: 2,
    ...overrides,
  };
}

export interface SignedInUser {
  client: StudyMateClient;
  user: User;
  email: string;
  password: string;
}

/** Registers a user through the API and returns a client signed in as them. */
export async function signUp(
  target: Pick<Target, 'client'>,
  overrides: Partial<RegisterRequest> = {},
): Promise<SignedInUser> {
  const body = registrationBody(overrides);
  const client = target.client();
  const response = await client.auth.register({ body });
  if (response.status !== 201)
    throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { client, user: response.body.user, email: body.email, password: body.password };
}

/** The user's current access token (for a raw socket's `?token=`); a signed-out user fails the test. */
export function accessTokenOf(user: SignedInUser): string {
  const access = user.client.tokens.get()?.access;
  if (!access) throw new Error(`${user.email} holds no access token`);
  return access;
}
