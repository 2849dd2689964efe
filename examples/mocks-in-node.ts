/**
 * QA: the mock API in a Node test, no server needed. `npx tsx examples/mocks-in-node.ts`.
 */
import { pathToFileURL } from 'node:url';
import { DEMO_LOGINS, setupMockServer } from '@studymate/mocks';
import { createClient } from '@studymate/sdk';

export async function signInAgainstTheMocks() {
  const baseUrl = 'http://localhost:8000';
  const { server } = await setupMockServer({ world: { seed: 7 }, baseUrl });
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const client = createClient({ baseUrl });
    const { email, password } = DEMO_LOGINS.student;
    const signedIn = await client.auth.login({ body: { email, password } });
    const wrong = await client.auth.login({ body: { email, password: 'not-the-password' } });
    return { signedIn: signedIn.status, wrongPassword: wrong.status, body: wrong.body };
  } finally {
    server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.info(await signInAgainstTheMocks());
}
