/**
 * Frontend developer: sign in with the typed SDK, read the profile, share a location.
 * Run against a server: `npm start`, then `npx tsx examples/sdk-sign-in.ts`.
 */
import { pathToFileURL } from 'node:url';
import { createClient } from '@studymate/sdk';

export async function signInAndShareLocation(
  baseUrl: string,
  login = { email: 'student@studymate.dev', password: 'studymate123' },
) {
  const client = createClient({ baseUrl });
  const signedIn = await client.auth.login({ body: login });
  if (signedIn.status !== 200) throw new Error(`Sign-in refused: ${JSON.stringify(signedIn.body)}`);

  // Tokens are stored and refreshed by the client from here on.
  const profile = await client.auth.getProfile();
  const moved = await client.location.update({
    body: { latitude: 21.028511, longitude: 105.804817, accuracy: 12 },
  });
  if (profile.status !== 200 || moved.status !== 200) throw new Error('Unexpected answer');
  return { name: profile.body.full_name, savedToHistory: moved.body.saved_to_history };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await signInAndShareLocation(process.env['STUDYMATE_URL'] ?? 'http://localhost:8000');
  console.info(result);
}
