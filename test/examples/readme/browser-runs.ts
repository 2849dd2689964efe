import type { Page } from 'playwright-core';

/** A README snippet that runs in a browser page: the page around it, and what a user sees there. */
export interface SnippetRunInBrowser {
  /** What the page defines around the snippet: valid for the type check and in the page alike. */
  prelude: string;
  /** Plays the user on the page the snippet rendered; resolves with what it saw. */
  browser: (page: Page) => Promise<unknown>;
  /** What it must have seen. */
  expected: unknown;
}

/** The browser snippets, by id; the page is bundled by esbuild with `import.meta.env.DEV` true. */
export const BROWSER_RUNS: Record<string, SnippetRunInBrowser> = {
  'README.md › QA: the mocks › 2': {
    prelude: `import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
declare global {
  interface ImportMeta {
    readonly env: { readonly DEV: boolean };
  }
}
/** The app: signs the demo student in against http://localhost:8000, where no server listens. */
function App() {
  const [answer, setAnswer] = useState('signing in');
  useEffect(() => {
    const body = JSON.stringify({ email: 'student@studymate.dev', password: 'studymate123' });
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body };
    void fetch('http://localhost:8000/api/auth/login/', init).then((response) => setAnswer(\`login \${response.status}\`));
  }, []);
  return <p id="answer">{answer}</p>;
}
`,
    browser: async (page) => {
      await page
        .locator('#answer')
        .filter({ hasText: /^login \d+$/ })
        .waitFor();
      return page.locator('#answer').textContent();
    },
    expected: 'login 200',
  },

  'README.md › TanStack Query › 1': {
    prelude: `import { createRoot } from 'react-dom/client';
import { DEMO_LOGINS as __logins, startMockWorker as __startMockWorker } from '@studymate/mocks/browser';
// The page's mocks, and a user who signed in before: the tokens the SDK keeps in localStorage.
await __startMockWorker({ baseUrl: 'http://localhost:8000', start: { quiet: true } });
const __login = await fetch('http://localhost:8000/api/auth/login/', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(__logins.student),
});
localStorage.setItem('studymate.tokens', JSON.stringify(((await __login.json()) as { tokens: unknown }).tokens));
`,
    browser: async (page) => {
      const items = page.getByRole('listitem');
      await items.first().waitFor();
      // The snippet shows every session's Join button; click one the demo student may join.
      const joinable = await page.evaluate(async () => {
        const { access } = JSON.parse(localStorage.getItem('studymate.tokens') ?? '{}') as {
          access?: string;
        };
        const response = await fetch('http://localhost:8000/api/sessions/?time_filter=upcoming', {
          headers: { authorization: `Bearer ${access ?? ''}` },
        });
        return ((await response.json()) as { results: { can_join: boolean }[] }).results.map(
          (each) => each.can_join,
        );
      });
      const joined = page.waitForResponse((response) => response.url().endsWith('/join/'));
      const refetched = joined.then(() =>
        page.waitForResponse((response) => new URL(response.url()).pathname === '/api/sessions/'),
      );
      await page.getByRole('button', { name: 'Join' }).nth(joinable.indexOf(true)).click();
      return {
        listed: (await items.count()) > 0,
        join: (await joined).status(),
        refetch: (await refetched).status(),
      };
    },
    expected: { listed: true, join: 200, refetch: 200 },
  },
};
