import { fileURLToPath } from 'node:url';
import { BROWSER_RUNS, type SnippetRunInBrowser } from './browser-runs.js';

/** How a README snippet is run: the app around it, and what it must have done. */
export interface SnippetRun {
  /**
   * Code before the snippet: the names it uses but does not define (an `email`, a `greet()`),
   * and the API it talks to. Imports are `__`-prefixed so they cannot clash with the snippet's.
   */
  prelude: string;
  /** Code after it: `__h.report(...)` what it did (it ends the process). */
  epilogue: string;
  /** What the report must equal. */
  expected: unknown;
  /** Also listens on this fixed port, as the snippet is written: skipped with a reason when it is taken. */
  port?: number;
  /** A bug outside this test's reach that makes the run fail: while the output matches, the run is skipped. */
  knownIssue?: { output: RegExp; reason: string };
  env?: Record<string, string>;
}

const harness = fileURLToPath(new URL('./harness.js', import.meta.url));

/** MSW answering the snippet's `http://localhost:8000`, with the demo world. */
const mocks = `
import { DEMO_LOGINS as __logins, setupMockServer as __setupMockServer } from '@studymate/mocks';
import { harness as __h } from '${harness}';
const __mocks = await __setupMockServer({ world: { seed: 1, users: 6 } });
__mocks.server.listen({ onUnhandledRequest: 'error' });
`;

/** Every snippet of the READMEs, by id (`file › heading › rank`). */
export const SNIPPET_RUNS: Record<string, SnippetRun | SnippetRunInBrowser> = {
  ...BROWSER_RUNS,

  'README.md › Frontend developers: the SDK › 1': {
    prelude: `${mocks}
__h.installLocalStorage();
const router = { navigate: __h.record('navigate') };
const { email, password } = __logins.student;
const showError = __h.record('showError');
const greet = __h.record('greet');
`,
    epilogue: `__h.report({ profile: profile.status, calls: __h.calls, stored: localStorage.length });`,
    expected: { profile: 200, calls: [['greet', 'Sam Student']], stored: 1 },
  },

  'README.md › Realtime chat › 1': {
    prelude: `${mocks}
import { createClient as __createClient } from '@studymate/sdk';
const client = __createClient({ baseUrl: 'http://localhost:8000' });
await client.auth.login({ body: __logins.student });
const __conversations = await client.chat.listConversations();
const conversationId = __conversations.status === 200 ? (__conversations.body[0]?.id ?? 0) : 0;
const __history = await client.chat.listMessages({ params: { id: conversationId } });
const newestIdLoadedOverRest = __history.status === 200 ? (__history.body.results[0]?.id ?? 0) : 0;
const setStatus = __h.record('setStatus');
const append = __h.record('append');
const showTyping = __h.record('showTyping');
const showNoAccess = __h.record('showNoAccess');
const input = new EventTarget();
`,
    epilogue: `input.dispatchEvent(new Event('input'));
__h.report({
  echo: echo.content,
  states: __h.callsOf('setStatus').flat(),
  appended: __h.callsOf('append').map(([message]) => (message as { content: string }).content),
  noAccess: __h.callsOf('showNoAccess').length,
});`,
    expected: { echo: 'Hello!', states: ['open', 'closed'], appended: ['Hello!'], noAccess: 0 },
  },

  'README.md › QA: the mocks › 1': {
    prelude: `import { harness as __h } from '${harness}';\n`,
    epilogue: `__h.report({
  refused: refused.status,
  failure: failure instanceof UnknownStatusError ? { status: failure.response.status, body: failure.response.body } : String(failure),
});`,
    expected: {
      refused: 400,
      failure: { status: 503, body: { detail: 'Service temporarily unavailable, try again later.' } },
    },
  },

  'README.md › Backend developers: the reference server › 1': {
    prelude: `import { harness as __h } from '${harness}';\n`,
    epilogue: `const __login = await fetch('http://localhost:8000/api/auth/login/', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'ops@example.com', password: 'change-me-please' }),
});
const { tokens } = (await __login.json()) as { tokens: { access: string } };
const __headers = { 'content-type': 'application/json', authorization: \`Bearer \${tokens.access}\` };
const __city = (await (
  await fetch('http://localhost:8000/api/cities/', { method: 'POST', headers: __headers, body: JSON.stringify({ name: 'Staffville' }) })
).json()) as { id: number };
// Only staff may edit reference data.
const __edit = await fetch(\`http://localhost:8000/api/cities/\${__city.id}/\`, {
  method: 'PATCH',
  headers: __headers,
  body: JSON.stringify({ name: 'Staff City' }),
});
await server.close();
__h.report({ login: __login.status, staffEdit: __edit.status });`,
    expected: { login: 200, staffEdit: 200 },
    port: 8000,
    // PGlite in the snippet's `.data/postgres`, never the test database CI names.
    env: { DATABASE_URL: '' },
  },

  'sdk/README.md › @studymate/sdk › 2': {
    prelude: `${mocks}
__h.installLocalStorage();
const { email, password } = __logins.student;
const greet = __h.record('greet');
const conversationId = 9;
const append = __h.record('append');
`,
    epilogue: `await chat.send('Hi');
chat.close();
__h.report({ greeted: __h.callsOf('greet'), appended: __h.callsOf('append').length });`,
    expected: { greeted: [['Sam Student']], appended: 1 },
  },

  'mocks/README.md › @studymate/mocks › 2': {
    prelude: `import { harness as __h } from '${harness}';\n`,
    epilogue: `const __login = await fetch('http://any.example/api/auth/login/', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(DEMO_LOGINS.student),
});
server.close();
__h.report({ login: __login.status });`,
    expected: { login: 200 },
  },
};

/**
 * Shell and configuration snippets, by id, and what checks them: they install packages, start this
 * repository's own scripts or configure a proxy, which their own tests run.
 */
export const SHELL_SNIPPETS: Record<string, string> = {
  'README.md › Several processes: Redis, workers, a load balancer › 1':
    'two instances and --workers on Postgres and Redis: test/scale-out/',
  'README.md › Several processes: Redis, workers, a load balancer › 2':
    'an nginx configuration for a deployment: not run by the tests',
  'README.md › Study Mate API (`@studymate/*`) › 1':
    'npm install, npm start and npm test: .ci/run and the cli tests',
  'sdk/README.md › @studymate/sdk › 1':
    'test/build/check-packages.ts installs the packed SDK in a fresh project',
  'mocks/README.md › @studymate/mocks › 1':
    'test/build/check-packages.ts installs the packed mocks in a fresh project',
};
