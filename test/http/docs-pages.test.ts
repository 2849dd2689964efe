import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../core/index.js';
import { createMemoryStore } from '../../core/adapters/memory-store/create-memory-store.js';
import { startServer, type RunningServer } from '../../server/http/start-server.js';

/**
 * The docs pages in a real browser, with every request to anything but this server blocked: a
 * page that reaches for a CDN fails here, as it would on a machine without the internet.
 */
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const demo = { email: 'student@studymate.dev', password: 'studymate123' };

let running: RunningServer;
let browser: Browser;

beforeAll(async () => {
  if (!hasChromium) return;
  running = await startServer({ store: createMemoryStore(), logger: silentLogger, port: 0 });
  const registered = await fetch(`${running.url}/api/auth/register/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...demo, password_confirm: demo.password, full_name: 'Demo Student' }),
  });
  expect(registered.status).toBe(201);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

interface Visit {
  page: Page;
  context: BrowserContext;
  /** Requests to another host, blocked. */
  outside: string[];
  /** Requests that failed, and answers of 400 or more. */
  failed: string[];
  consoleErrors: string[];
}

async function openPage(path: string): Promise<Visit> {
  const context = await browser.newContext();
  const visit: Visit = { page: await context.newPage(), context, outside: [], failed: [], consoleErrors: [] };
  const { host } = new URL(running.url);
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || new URL(url).host === host) return route.continue();
    visit.outside.push(url);
    return route.abort('blockedbyclient');
  });
  visit.page.on('requestfailed', (request) =>
    visit.failed.push(`${request.url()}: ${request.failure()?.errorText}`),
  );
  visit.page.on('response', (response) => {
    if (response.status() >= 400) visit.failed.push(`${response.url()}: ${response.status()}`);
  });
  visit.page.on('console', (message) => {
    if (message.type() === 'error') visit.consoleErrors.push(message.text());
  });
  visit.page.on('pageerror', (error) => visit.consoleErrors.push(error.message));
  await visit.page.goto(`${running.url}${path}`);
  return visit;
}

function expectClean(visit: Visit): void {
  expect(visit.outside, 'requests to other hosts').toEqual([]);
  expect(visit.failed, 'failed requests').toEqual([]);
  expect(visit.consoleErrors, 'console errors').toEqual([]);
}

describe.skipIf(!hasChromium)(`the docs pages in Chromium (${CHROMIUM}), offline but for this server`, () => {
  it('Swagger UI renders every operation with the filter on, and the demo login authorizes it across a reload', async () => {
    const visit = await openPage('/api/docs/#/Auth/auth.login');
    const { page } = visit;
    await page.locator('.opblock').nth(100).waitFor({ timeout: 30_000 });
    await expect(page.locator('input.operation-filter-input').count()).resolves.toBe(1);
    const login = page.locator('.opblock', { has: page.locator('[data-path="/api/auth/login/"]') });
    await login.getByRole('button', { name: 'Try it out' }).click();
    const body = await login.locator('textarea.body-param__text').inputValue();
    expect(JSON.parse(body)).toEqual(demo);
    await login.getByRole('button', { name: 'Execute' }).click();
    await login.locator('.live-responses-table .response-col_status').first().waitFor();
    await expect
      .poll(() => page.evaluate(() => window.localStorage.getItem('authorized')))
      .toContain('bearerAuth');
    await page.reload();
    await page.locator('.opblock').nth(100).waitFor({ timeout: 30_000 });
    const authorized = await page.evaluate(() =>
      (window as unknown as { ui: { authSelectors: { authorized(): { toJS(): object } } } }).ui.authSelectors
        .authorized()
        .toJS(),
    );
    expect(Object.keys(authorized)).toEqual(['bearerAuth']);
    expectClean(visit);
    await visit.context.close();
  }, 90_000);

  it('ReDoc renders the API with its search box and no CDN logo', async () => {
    const visit = await openPage('/api/redoc/');
    await visit.page
      .getByRole('heading', { name: /Study Mate API/ })
      .first()
      .waitFor({ timeout: 30_000 });
    await expect(visit.page.getByPlaceholder('Search...').count()).resolves.toBe(1);
    expectClean(visit);
    await visit.context.close();
  }, 90_000);

  it('the AsyncAPI page renders both chat channels and their events', async () => {
    const visit = await openPage('/api/asyncapi/');
    const shown = ['Study Mate chat', '/ws/groups/{group_id}/chat/', '/ws/chat/{conversation_id}/'];
    const events = ['connection_established', 'typing_indicator', 'messages_read', 'message_read'];
    await visit.page.waitForFunction(
      (texts) => texts.every((text) => document.body.innerText.includes(text)),
      [...shown, ...events],
      { timeout: 30_000 },
    );
    expectClean(visit);
    await visit.context.close();
  }, 90_000);
});
