import { useState, type SyntheticEvent } from 'react';
import type { StudyMateQueries } from '@studymate/sdk/react-query';
import type { Contract } from '@studymate/sdk';
import { errorText } from './error-text.js';

/** The sign-in form, filled with the demo student (every demo login's password is studymate123). */
export function SignIn({ api, onSignedIn }: { api: StudyMateQueries<Contract>; onSignedIn: () => void }) {
  const login = api.auth.login.useMutation();
  const [email, setEmail] = useState('student@studymate.dev');
  const [password, setPassword] = useState('studymate123');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    login.mutate({ body: { email, password } }, { onSuccess: onSignedIn });
  };
  return (
    <form onSubmit={submit} aria-label="Sign in">
      <h2>Sign in</h2>
      <label>
        Email{' '}
        <input autoComplete="username" value={email} onChange={(event) => setEmail(event.target.value)} />
      </label>
      <label>
        Password{' '}
        <input type="password" value={password} onChange={(event) => setPassword(event.target.value)} />
      </label>
      <button type="submit" disabled={login.isPending}>
        Sign in
      </button>
      {login.error && <p role="alert">{errorText(login.error)}</p>}
    </form>
  );
}
