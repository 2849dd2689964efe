import type { contract } from '../../../contract/index.js';
import type { UseCase } from '../context.js';
import { unauthorized } from '../errors.js';
import { checkLoginLock, recordLoginFailure } from './login-lockout.js';
import { signIn } from './sign-in.js';

const WRONG_CREDENTIALS = 'No active account found with the given credentials';

/** Signs in an active user; unknown email, wrong password and inactive accounts get the same 401. */
export const loginUser: UseCase<typeof contract.auth.login> = async ({ body }, context) => {
  const locked = await checkLoginLock(body.email, context);
  if (locked) return locked;
  const user = await context.store.users.findByEmail(body.email);
  const passwordMatches = user ? await context.hasher.verify(body.password, user.passwordHash) : false;
  if (!user || !passwordMatches) {
    await recordLoginFailure(body.email, context);
    return unauthorized(WRONG_CREDENTIALS);
  }
  if (user.status !== 'active') return unauthorized(WRONG_CREDENTIALS);
  await context.store.loginAttempts.clear(body.email);
  const signedIn = (await context.store.users.update(user.id, { lastActiveAt: context.clock.now() })) ?? user;
  return { status: 200, body: await signIn(signedIn, context, 'Login successful') };
};
