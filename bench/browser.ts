/**
 * The widget and an InstantSearch.js page in Debian's Chromium (playwright-core,
 * never a downloaded browser), against the same server in the same run: time from
 * navigation to the first rendered results, and from the last keystroke of a typed
 * word to its rendered results. The pages are the bench's own (pages/), served by
 * the bench server, the scripts being the bundles sizes.ts built.
 */
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { chromium, type Page } from 'playwright-core';
import { percentile, round } from './measure.js';
import { startServerProcess } from './server.js';
import type { SizeResults } from './sizes.js';


/**
 * Typed one key at a time, 400 ms apart, so that each keystroke's results can show
 * before the next key: every keystroke that changes the hits is one measurement.
 */
const WORDS = ['menuiserie', 'traiteur'];
const KEY_DELAY_MS = 400;

export interface BrowserRow {
  page: string;
  /** Navigation start to the first hit rendered (median over the loads). */
  firstResultsMs: number;
  /** A keystroke to the first frame showing changed hits, before the next key (median, and the worst). */
  keystrokeMs: number;
  keystrokeMaxMs: number;
  /** Keystrokes measured (a key that leaves the hits as they were gives none). */
  keystrokes: number;
}

export interface BrowserResults {
  widget: BrowserRow;
  instantsearch: BrowserRow;
}

interface PageSpec {
  name: string;
  path: string;
  /** The element hits render into (CSS; open shadow roots are looked into). */
  host: string;
  hit: string;
  input: string;
}

const PAGES: PageSpec[] = [
  { name: 'widget <inclusif-search>', path: '/bench/widget.html', host: 'inclusif-search', hit: 'article.card', input: 'inclusif-search input#query' },
  { name: 'InstantSearch.js + adapter', path: '/bench/instantsearch.html', host: '#hits', hit: '.ais-Hits-item', input: '.ais-SearchBox-input' },
];

const html = (title: string, body: string, script: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title><script type="module" src="${script}"></script></head><body>${body}</body></html>`;

export function benchPages(sizes: SizeResults): Map<string, [string, string]> {
  const js = 'text/javascript; charset=utf-8';
  const page = 'text/html; charset=utf-8';
  return new Map([
    ['/bench/inclusif-search.js', [js, sizes.widget.code]],
    ['/bench/instantsearch.js', [js, sizes.instantsearch.code]],
    // The endpoint is the page's own origin: set before the element upgrades.
    ['/bench/widget-setup.js', [js, "document.querySelector('inclusif-search').setAttribute('endpoint', location.origin);"]],
    ['/bench/widget.html', [page, html('widget', '<inclusif-search></inclusif-search><script src="/bench/widget-setup.js"></script>', '/bench/inclusif-search.js')]],
    [
      '/bench/instantsearch.html',
      [page, html('InstantSearch', '<div id="searchbox"></div><div id="kind"></div><div id="sectors"></div><div id="presta"></div><div id="hits"></div><div id="pagination"></div>', '/bench/instantsearch.js')],
    ],
  ]);
}

/**
 * Run in the page, so kept as source text (tsx would wrap functions passed to the
 * page in helpers the page lacks): the text of the rendered hits ('' while there
 * are none), and a watcher noting the last keydown and the last frame the hits changed.
 */
const PAGE_SCRIPT = `
globalThis.hitsTextIn = (spec) => {
  const host = document.querySelector(spec.host);
  const root = host?.shadowRoot ?? host;
  return [...(root?.querySelectorAll(spec.hit) ?? [])].map((hit) => hit.textContent).join('|');
};
globalThis.watchHits = (spec) => {
  const marks = { keys: [], changes: [], last: hitsTextIn(spec) };
  globalThis.benchMarks = marks;
  document.addEventListener('keydown', () => marks.keys.push(performance.now()), { capture: true });
  const watch = () => {
    const now = hitsTextIn(spec);
    if (now !== marks.last) {
      marks.last = now;
      marks.changes.push(performance.now());
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
};`;

async function firstResults(page: Page, url: string, spec: PageSpec): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  // Polled each frame: results count as shown when a frame has them.
  const handle = await page.waitForFunction(`hitsTextIn(${JSON.stringify(spec)}) ? performance.now() : 0`, undefined, {
    polling: 'raf',
    timeout: 30_000,
  });
  return (await handle.jsonValue()) as number;
}

/** For each keystroke, the first change of the hits after it and before the next key. */
function latencies(keys: number[], changes: number[]): number[] {
  const found: number[] = [];
  keys.forEach((key, i) => {
    const next = keys[i + 1] ?? Infinity;
    const change = changes.find((time) => time > key && time < next);
    if (change !== undefined) found.push(change - key);
  });
  return found;
}

async function keystrokes(page: Page, spec: PageSpec, word: string): Promise<number[]> {
  const input = page.locator(spec.input).first();
  await input.fill('');
  await page.waitForLoadState('networkidle');
  await page.evaluate(`watchHits(${JSON.stringify(spec)})`);
  await input.pressSequentially(word, { delay: KEY_DELAY_MS });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(KEY_DELAY_MS);
  const { keys, changes } = (await page.evaluate('benchMarks')) as { keys: number[]; changes: number[] };
  return latencies(keys, changes);
}

async function measurePage(page: Page, origin: string, spec: PageSpec, loads: number): Promise<BrowserRow> {
  await page.addInitScript(PAGE_SCRIPT);
  const loadTimes: number[] = [];
  for (let i = 0; i < loads; i++) loadTimes.push(await firstResults(page, origin + spec.path, spec));
  const typed: number[] = [];
  for (const word of WORDS) typed.push(...(await keystrokes(page, spec, word)));
  loadTimes.sort((a, b) => a - b);
  typed.sort((a, b) => a - b);
  return {
    page: spec.name,
    firstResultsMs: round(percentile(loadTimes, 0.5), 0),
    keystrokeMs: round(percentile(typed, 0.5), 0),
    keystrokeMaxMs: round(typed.at(-1) ?? Number.NaN, 0),
    keystrokes: typed.length,
  };
}

export async function runBrowserBench(count: number, sizes: SizeResults, loads: number): Promise<BrowserResults> {
  const server = await startServerProcess(count, benchPages(sizes));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const rows: BrowserRow[] = [];
    for (const spec of PAGES) {
      const context = await browser.newContext();
      rows.push(await measurePage(await context.newPage(), server.origin, spec, loads));
      await context.close();
    }
    return { widget: rows[0]!, instantsearch: rows[1]! };
  } finally {
    await browser.close();
    await server.close();
  }
}
