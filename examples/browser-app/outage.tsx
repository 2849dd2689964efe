import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Contract } from '@studymate/sdk';
import type { StudyMateQueries } from '@studymate/sdk/react-query';
import { errorText } from './error-text.js';

/**
 * A request that asks the mocks for a 503 (`Prefer: code=503`, which a real server ignores): the
 * error state a screen shows when the server fails, whoever made it fail.
 */
export function Outage({ api }: { api: StudyMateQueries<Contract> }) {
  const [asked, setAsked] = useState(false);
  const options = api.sessions.list.queryOptions({
    query: { page_size: 1 },
    extraHeaders: { prefer: 'code=503' },
  });
  const probe = useQuery({ ...options, enabled: asked, retry: false });
  return (
    <section aria-label="Server errors">
      <h2>Server errors</h2>
      <button onClick={() => setAsked(true)}>Simulate a 503</button>
      {probe.error && (
        <p role="alert" data-testid="outage">
          {errorText(probe.error)}
        </p>
      )}
      {probe.data && <p>The server answered normally.</p>}
    </section>
  );
}
