/**
 * axe-core run in a page of the end-to-end suite: WCAG 2.1 A and AA and best practices,
 * on the whole page or on a part inside shadow roots (a path of selectors per part).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The violations found, as "rule: offending html" lines (none: an empty list). */
export async function axeViolations(page: Page, include?: string[][]): Promise<string[]> {
  // Evaluated through the DevTools protocol: a page's Content-Security-Policy does not apply.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (context) => {
    type Axe = { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    const results = await axe.run(context ? { include: context } : document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    });
    return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`);
  }, include);
}
