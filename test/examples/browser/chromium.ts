import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, driven by playwright-core: never a browser download. */
const CHROMIUM = '/usr/bin/chromium';

export const hasChromium = existsSync(CHROMIUM);

/** Why a browser test is skipped where there is no Chromium. */
export const NO_CHROMIUM = `no Chromium at ${CHROMIUM} (apt-get install chromium; .ci/run installs it)`;

/** Screenshots of failed steps, kept for a look (gitignored). */
const SHOTS = join(process.cwd(), 'test-results/browser-app');

/** Headless Chromium on a closed network (FACTS.md): no background traffic; a fresh profile per launch. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What a page logged (console and uncaught errors), for the message of a failed step. */
export function pageLog(page: Page): string[] {
  const lines: string[] = [];
  page.on('console', (message) => lines.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => lines.push(`page error: ${error.message}`));
  return lines;
}

/** Runs one step; if it fails, a screenshot (test-results/browser-app/<name>.png) and the page's log go with the error. */
export async function step<Result>(
  { page, log }: { page: Page; log: string[] },
  name: string,
  run: () => Promise<Result>,
): Promise<Result> {
  try {
    return await run();
  } catch (error) {
    mkdirSync(SHOTS, { recursive: true });
    const shot = join(SHOTS, `${name.replace(/[^\w-]+/g, '-')}.png`);
    await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
    throw new Error(`${name} failed (screenshot: ${shot}; page log:\n${log.join('\n')})`, { cause: error });
  }
}
