import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBrowserApp, type BundleSizes } from '../../examples/browser-app/build.js';
import { serveBrowserApp, type StaticServer } from '../../examples/browser-app/serve.js';
import { seedWorld } from '../../mocks/index.js';
import { hasChromium, launchChromium, NO_CHROMIUM, pageLog, step } from './browser/chromium.js';
import {
  createCoreServices,
  createMemoryStore,
  silentLogger,
  startServer,
  type RunningServer,
} from '../../server/index.js';

let built: string;
let sizes: BundleSizes;
let app: StaticServer;
let api: RunningServer;
let browser: Browser;

beforeAll(async () => {
  if (!hasChromium) {
    console.warn(`examples/browser-app is not run in a browser: ${NO_CHROMIUM}`);
    return;
  }
  built = mkdtempSync(join(tmpdir(), 'browser-app-'));
  sizes = await buildBrowserApp(built);
  app = await serveBrowserApp(built);
  // The real reference server, on another origin than the app (CORS), with the demo world.
  const services = createCoreServices({ store: createMemoryStore(), logger: silentLogger });
  // Around today, as the mocks build it, so there are upcoming sessions to join.
  await seedWorld(services.store, {
    users: 12,
    referenceDate: new Date(new Date().toISOString().slice(0, 10)),
  });
  api = await startServer({ ...services, port: 0 });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await api?.close();
  if (built) rmSync(built, { recursive: true, force: true });
});

/** Answers the app's "Simulate a 503" on a server that ignores `Prefer`: a 503 from the gateway in front of it. */
async function gatewayAnswers503(context: BrowserContext, appOrigin: string): Promise<void> {
  await context.route(
    (url) => url.pathname === '/api/sessions/',
    async (route) => {
      if (!(await route.request().headerValue('prefer'))?.includes('code=503')) return route.fallback();
      return route.fulfill({
        status: 503,
        contentType: 'application/json',
        headers: { 'access-control-allow-origin': appOrigin },
        body: JSON.stringify({ detail: 'Service temporarily unavailable, try again later.' }),
      });
    },
  );
}

const targets = [
  { name: 'mock', query: () => '?api=mock', shows: () => 'the MSW worker' },
  { name: 'server', query: () => `?api=${api.url}`, shows: () => api.url },
];

describe('examples/browser-app in headless Chromium', () => {
  it.for(targets)(
    'signs in, joins a session, chats, stays signed in after a reload, shows a 503, rides out going offline: $name',
    { timeout: 180_000 },
    async (target, context) => {
      if (!hasChromium) context.skip(NO_CHROMIUM);
      const page = await (await browser.newContext()).newPage();
      const log = pageLog(page);
      const at = (name: string, run: () => Promise<void>) =>
        step({ page, log }, `${target.name}-${name}`, run);
      const profile = page.getByTestId('profile');
      const chatState = page.getByTestId('chat-state');

      await at('sign-in', async () => {
        await page.goto(`${app.url}/${target.query()}`);
        await expect.poll(() => page.getByTestId('target').textContent()).toBe(target.shows());
        await page.getByRole('button', { name: 'Sign in' }).click();
        await profile.filter({ hasText: 'Signed in as Sam Student' }).waitFor();
      });
      await at('join', async () => {
        const session = page
          .getByRole('region', { name: 'Sessions' })
          .getByRole('listitem')
          .filter({
            has: page.getByRole('button', { name: 'Join', disabled: false }),
          });
        const title = ((await session.first().textContent()) ?? '').replace(/ \(\d+ in\).*$/, '');
        await session.first().getByRole('button', { name: 'Join' }).click();
        await page.getByRole('listitem').filter({ hasText: title }).getByText('Joined').waitFor();
      });
      await at('chat', async () => {
        await page.getByRole('button', { name: 'Open chat' }).first().click();
        await chatState.filter({ hasText: /^open$/ }).waitFor();
        await page.getByRole('textbox', { name: 'Message' }).fill(`Hello from Chromium (${target.name})`);
        await page.getByRole('button', { name: 'Send' }).click();
        await page
          .getByRole('list', { name: 'Messages' })
          .getByText(`Hello from Chromium (${target.name})`)
          .waitFor();
      });
      await at('offline', async () => {
        await page.context().setOffline(true);
        await chatState.filter({ hasText: /^offline$/ }).waitFor();
        await page.context().setOffline(false);
        await chatState.filter({ hasText: /^open$/ }).waitFor();
      });
      await at('reload', async () => {
        await page.reload();
        await profile.filter({ hasText: 'Signed in as Sam Student' }).waitFor();
        expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(0);
      });
      await at('503', async () => {
        if (target.name === 'server') await gatewayAnswers503(page.context(), app.url);
        await page.getByRole('button', { name: 'Simulate a 503' }).click();
        await expect
          .poll(() => page.getByTestId('outage').textContent())
          .toBe('503: Service temporarily unavailable, try again later.');
      });
      expect(log.filter((line) => line.startsWith('page error'))).toEqual([]);
      await page.context().close();
    },
  );

  it('bundles the app in a few hundred kB, the mocks in a chunk loaded only with ?api=mock', (context) => {
    if (!hasChromium) context.skip(NO_CHROMIUM);
    const main = sizes['main.js'];
    expect(main?.gzip).toBeLessThan(150_000);
    const mocks = Object.entries(sizes).find(([file]) => file.startsWith('browser-'));
    expect(mocks?.[1].bytes).toBeGreaterThan(main?.bytes ?? 0);
    console.info(
      Object.entries(sizes)
        .map(
          ([file, { bytes, gzip }]) =>
            `${file}: ${(bytes / 1024).toFixed(0)} kB, ${(gzip / 1024).toFixed(0)} kB gzipped`,
        )
        .join('\n'),
    );
  });
});
