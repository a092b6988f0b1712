/**
 * The hooks every page's test file needs: one Chromium for the file, a fresh page per
 * test, and the test failing on any console error or page error it did not expect.
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium, openDemoPage, type DemoPage } from './browser.js';

export function usePages(): { open(path: string): Promise<DemoPage> } {
  let browser: Browser;
  let opened: DemoPage[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });
  afterEach(async () => {
    const problems = opened.flatMap((demo) => demo.problems);
    await Promise.all(opened.map((demo) => demo.close()));
    opened = [];
    expect(problems).toEqual([]);
  });
  return {
    async open(path) {
      const demo = await openDemoPage(browser, path);
      opened.push(demo);
      return demo;
    },
  };
}
