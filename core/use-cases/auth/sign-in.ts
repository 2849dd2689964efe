import type { AuthResponse } from '@studymate/contract';
import type { UserRecord } from '../../ports/store/store.js';
import type { CoreServices } from '../../context.js';
import { presentUser } from '../../rules/people/present-user.js';

/** The register/login answer: the user and a fresh token pair. */
export async function signIn(
  user: UserRecord,
  services: CoreServices,
  message: string,
): Promise<AuthResponse> {
  const { access, refresh } = await services.tokens.issuePair({
    userId: user.id,
    passwordVersion: user.passwordVersion,
  });
  return { message, user: await presentUser(user, services.store), tokens: { access, refresh } };
}
