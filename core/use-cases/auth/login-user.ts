import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import type { PasswordHasher } from '../../ports/password-hasher.js';
import { unauthorized } from '../../rules/errors.js';
import { reserveLoginAttempt } from './login-lockout.js';
import { signIn } from './sign-in.js';

const WRONG_CREDENTIALS = 'No active account found with the given credentials';

const decoyHashes = new WeakMap<PasswordHasher, Promise<string>>();

/** A hash to verify against when the email is unknown, so both failures cost the same time. */
function decoyHash(hasher: PasswordHasher): Promise<string> {
  let hash = decoyHashes.get(hasher);
  if (!hash) {
    hash = hasher.hash('decoy-password-for-unknown-emails');
    decoyHashes.set(hasher, hash);
  }
  return hash;
}

/**
 * Signs in an active user; unknown email, wrong password and inactive accounts get the same 401
 * and each counts towards the email's lockout. The attempt is counted before the password is
 * checked, so only a successful login has anything to undo.
 */
export const loginUser: UseCase<typeof contract.auth.login> = async ({ body }, context) => {
  const locked = await reserveLoginAttempt(body.email, context);
  if (locked) return locked;
  const user = await context.store.users.findByEmail(body.email);
  const passwordHash = user?.passwordHash ?? (await decoyHash(context.hasher));
  const passwordMatches = (await context.hasher.verify(body.password, passwordHash)) && user !== null;
  if (!user || !passwordMatches || user.status !== 'active') return unauthorized(WRONG_CREDENTIALS);
  await context.store.loginAttempts.clear(body.email);
  const signedIn = (await context.store.users.update(user.id, { lastActiveAt: context.clock.now() })) ?? user;
  return { status: 200, body: await signIn(signedIn, context, 'Login successful') };
};
