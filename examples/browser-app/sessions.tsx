import type { Contract } from '@studymate/sdk';
import type { StudyMateQueries } from '@studymate/sdk/react-query';
import { errorText } from './error-text.js';

/** Upcoming sessions, each joinable in one click; joining refetches the list (the mutation invalidates `sessions.*`). */
export function Sessions({ api }: { api: StudyMateQueries<Contract> }) {
  const sessions = api.sessions.list.useQuery({ query: { time_filter: 'upcoming', page_size: 8 } });
  const join = api.sessions.join.useMutation();
  return (
    <section aria-label="Sessions">
      <h2>Upcoming sessions</h2>
      {sessions.error && <p role="alert">{errorText(sessions.error)}</p>}
      <ul>
        {sessions.data?.results.map((session) => (
          <li key={session.id}>
            {session.title} ({session.participant_count} in){' '}
            {session.is_participant ? (
              <strong>Joined</strong>
            ) : (
              <button
                disabled={!session.can_join || join.isPending}
                onClick={() => join.mutate({ params: { id: session.id }, body: {} })}
              >
                Join
              </button>
            )}
          </li>
        ))}
      </ul>
      {join.error && <p role="alert">{errorText(join.error)}</p>}
    </section>
  );
}
