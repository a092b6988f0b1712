/**
 * Debian's Chromium driven by playwright-core (no browser is ever downloaded), and the
 * demo pages opened in it with every console error and page error recorded: a test
 * fails on any it did not expect. Screenshots go to screenshots/ (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const screenshotsDir = `${root}screenshots`;

export const DESKTOP = { width: 1280, height: 900 };
export const MOBILE = { width: 390, height: 844 };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
}

export interface DemoPage {
  page: Page;
  context: BrowserContext;
  /** The URLs the page has requested, from its first one on. */
  requests: URL[];
  /** Console errors and uncaught exceptions so far, except those expected. */
  problems: string[];
  /** A console error the test causes on purpose (an API error it provokes). */
  expectProblem(pattern: RegExp): void;
  close(): Promise<void>;
}

export async function openDemoPage(browser: Browser, path: string): Promise<DemoPage> {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'fr-FR' });
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: URL[] = [];
  page.on('request', (request) => requests.push(new URL(request.url())));
  const expected: RegExp[] = [];
  const record = (text: string) => {
    if (!expected.some((pattern) => pattern.test(text))) problems.push(text);
  };
  // CSP violations arrive here too ("Refused to execute inline script…").
  page.on('console', (message) => {
    if (message.type() === 'error') record(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => record(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) record(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(new URL(path, inject('baseUrl')).href);
  return {
    page,
    context,
    problems,
    requests,
    expectProblem: (pattern) => expected.push(pattern),
    close: () => context.close(),
  };
}

/**
 * The page at another width, laid out and painted: a screenshot taken right after the resize
 * may catch a blank frame (it did, of the need dialog at 390 px, in the README).
 */
export async function resized(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
}

/** Full-page screenshots at desktop and mobile widths: screenshots/<name>-desktop.png, -mobile.png. */
export async function screenshots(page: Page, name: string): Promise<{ desktop: string; mobile: string }> {
  mkdirSync(screenshotsDir, { recursive: true });
  const desktop = `${screenshotsDir}/${name}-desktop.png`;
  const mobile = `${screenshotsDir}/${name}-mobile.png`;
  await resized(page, DESKTOP);
  await page.screenshot({ path: desktop, fullPage: true });
  await resized(page, MOBILE);
  await page.screenshot({ path: mobile, fullPage: true });
  await resized(page, DESKTOP);
  return { desktop, mobile };
}
