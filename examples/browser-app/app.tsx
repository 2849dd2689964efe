import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { StudyMateClient } from '@studymate/sdk';
import { createQueries } from '@studymate/sdk/react-query';
import { Home } from './home.js';
import { SignIn } from './sign-in.js';

/** Dispatched on `window` when the client's token refresh is refused and it signs out. */
export const SIGNED_OUT = 'studymate:signed-out';

/** Signed in (the tokens are in localStorage, so a reload keeps it) or the sign-in form. */
export function App({ client, target }: { client: StudyMateClient; target: string }) {
  const [queryClient] = useState(() => new QueryClient());
  const api = useMemo(() => createQueries(client), [client]);
  const [signedIn, setSignedIn] = useState(() => client.tokens.get() !== null);
  useEffect(() => {
    const signedOut = () => setSignedIn(false);
    window.addEventListener(SIGNED_OUT, signedOut);
    return () => window.removeEventListener(SIGNED_OUT, signedOut);
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <h1>Study Mate</h1>
      <p>
        API: <span data-testid="target">{target}</span>
      </p>
      {signedIn ? (
        <Home api={api} client={client} onSignOut={() => setSignedIn(false)} />
      ) : (
        <SignIn api={api} onSignedIn={() => setSignedIn(true)} />
      )}
    </QueryClientProvider>
  );
}
