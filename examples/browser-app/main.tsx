import { createRoot } from 'react-dom/client';
import { createClient, createWebStorageTokenStore } from '@studymate/sdk';
import { App, SIGNED_OUT } from './app.js';

/** Where the mocks answer: no server listens there, the service worker does. */
const MOCK_API = 'http://localhost:8000';

/**
 * `?api=mock` (the default) starts the MSW worker first, loaded on demand so a production build
 * never carries the mocks; `?api=http://127.0.0.1:8000` talks to that server instead (another
 * origin: CORS).
 */
async function start(): Promise<void> {
  const api = new URLSearchParams(location.search).get('api') ?? 'mock';
  if (api === 'mock') {
    const { startMockWorker } = await import('@studymate/mocks/browser');
    await startMockWorker({ baseUrl: MOCK_API, start: { quiet: true } });
  }
  const client = createClient({
    baseUrl: api === 'mock' ? MOCK_API : api,
    tokens: createWebStorageTokenStore(localStorage),
    onSignOut: () => window.dispatchEvent(new Event(SIGNED_OUT)),
  });
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(<App client={client} target={api === 'mock' ? 'the MSW worker' : api} />);
}

void start();
