import type { Contract, StudyMateClient } from '@studymate/sdk';
import type { StudyMateQueries } from '@studymate/sdk/react-query';
import { GroupChat } from './group-chat.js';
import { Outage } from './outage.js';
import { Sessions } from './sessions.js';

interface HomeProps {
  api: StudyMateQueries<Contract>;
  client: StudyMateClient;
  onSignOut: () => void;
}

/** What a signed-in user sees: who they are, sessions to join, their groups' chats, and an error to force. */
export function Home({ api, client, onSignOut }: HomeProps) {
  const profile = api.auth.getProfile.useQuery();
  const logout = api.auth.logout.useMutation();
  const signOut = () =>
    logout.mutate({ body: { refresh: client.tokens.get()?.refresh ?? '' } }, { onSettled: onSignOut });
  return (
    <main>
      <p data-testid="profile">
        {profile.data ? `Signed in as ${profile.data.full_name}` : 'Loading your profile…'}
      </p>
      <button onClick={signOut}>Sign out</button>
      <Sessions api={api} />
      <GroupChat api={api} client={client} />
      <Outage api={api} />
    </main>
  );
}
