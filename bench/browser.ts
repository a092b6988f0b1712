/**
 * The widget and an InstantSearch.js page in Debian's Chromium (playwright-core,
 * never a downloaded browser), against the same server in the same run: time from
 * navigation to the first rendered results, and from a keystroke to its rendered
 * results. The pages are the bench's own (pages/), served by the bench server, the
 * scripts being the bundles sizes.ts built. Measured alike for both pages: each load
 * in a new browser context (empty HTTP cache, a new renderer, as on a first visit),
 * the pages taking turns, the server warmed by both first, and nothing of
 * Playwright's running in the page while it is measured.
 */
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { percentile, round } from './measure.js';
import { startServerProcess } from './server.js';
import type { SizeResults } from './sizes.js';


/**
 * Typed one key at a time, 400 ms apart, so that each keystroke's results can show
 * before the next key: every keystroke that changes the hits is one measurement.
 */
const WORDS = ['menuiserie', 'traiteur'];
const KEY_DELAY_MS = 400;
/**
 * Each context opens a window, for which Chromium preloads its own omnibox popup (a
 * WebUI of a hundred modules) while the measured page loads, on the same two cores:
 * nothing either page does, so it is turned off.
 */
const OWN_UI_OFF = '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,PreloadTopChromeWebUI';
/** What the page says on the console when a frame first shows hits. */
const FIRST_RESULTS = 'bench:first-results';

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

const WIDGET_ENDPOINT = "document.querySelector('inclusif-search').setAttribute('endpoint', location.origin);";

const html = (title: string, body: string, script: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title><script type="module" src="${script}"></script></head><body>${body}</body></html>`;

export function benchPages(sizes: SizeResults): Map<string, [string, string]> {
  const js = 'text/javascript; charset=utf-8';
  const page = 'text/html; charset=utf-8';
  return new Map([
    ['/bench/inclusif-search.js', [js, sizes.widget.code]],
    ...[...sizes.widgetLater].map(([file, code]): [string, [string, string]] => [`/bench/${file}`, [js, code]]),
    ['/bench/instantsearch.js', [js, sizes.instantsearch.code]],
    // The endpoint is the page's own origin, set inline before the element upgrades (as a
    // page would write it in the tag), so that the widget's page loads one script, as
    // InstantSearch's does.
    [
      '/bench/widget.html',
      [page, html('widget', `<inclusif-search></inclusif-search><script>${WIDGET_ENDPOINT}</script>`, '/bench/inclusif-search.js')],
    ],
    [
      '/bench/instantsearch.html',
      [page, html('InstantSearch', '<div id="searchbox"></div><div id="kind"></div><div id="sectors"></div><div id="presta"></div><div id="hits"></div><div id="pagination"></div>', '/bench/instantsearch.js')],
    ],
  ]);
}

/**
 * Run in the page, so kept as source text (tsx would wrap functions passed to the
 * page in helpers the page lacks): the text of the rendered hits ('' while there
 * are none); from the start, a frame watcher that notes the first frame with hits and
 * says so on the console, so that nothing of Playwright's runs in the page while it
 * loads (waitForFunction would inject its script then, on the main thread being
 * measured); and, for typing, a watcher noting each keydown and each frame the hits changed.
 */
const PAGE_SCRIPT = `
globalThis.hitsTextIn = (spec) => {
  const host = document.querySelector(spec.host);
  const root = host?.shadowRoot ?? host;
  return [...(root?.querySelectorAll(spec.hit) ?? [])].map((hit) => hit.textContent).join('|');
};
globalThis.watchFirstHits = (spec) => {
  const watch = () => {
    if (!hitsTextIn(spec)) return requestAnimationFrame(watch);
    globalThis.benchFirstResults = performance.now();
    console.debug('${FIRST_RESULTS}');
  };
  requestAnimationFrame(watch);
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

/** A page in a context of its own: an empty HTTP cache, as on a first visit, for both pages alike. */
async function freshPage(browser: Browser, spec: PageSpec): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  await context.addInitScript(`${PAGE_SCRIPT}\nwatchFirstHits(${JSON.stringify(spec)});`);
  return { page: await context.newPage(), close: () => context.close() };
}

/** Navigation start (the page's time origin) to the first frame showing hits. */
async function load(page: Page, url: string): Promise<number> {
  const shown = page.waitForEvent('console', { predicate: (message) => message.text() === FIRST_RESULTS, timeout: 30_000 });
  await page.goto(url, { waitUntil: 'commit' });
  await shown;
  return (await page.evaluate('benchFirstResults')) as number;
}

async function firstResults(browser: Browser, url: string, spec: PageSpec): Promise<number> {
  const { page, close } = await freshPage(browser, spec);
  try {
    return await load(page, url);
  } finally {
    await close();
  }
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

/** Types a word in a freshly loaded page (no answer cached from an earlier pass). */
async function typing(browser: Browser, url: string, spec: PageSpec, word: string): Promise<number[]> {
  const { page, close } = await freshPage(browser, spec);
  try {
    await load(page, url);
    await page.waitForLoadState('networkidle');
    await page.evaluate(`watchHits(${JSON.stringify(spec)})`);
    await page.locator(spec.input).first().pressSequentially(word, { delay: KEY_DELAY_MS });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(KEY_DELAY_MS);
    const { keys, changes } = (await page.evaluate('benchMarks')) as { keys: number[]; changes: number[] };
    return latencies(keys, changes);
  } finally {
    await close();
  }
}

function row(spec: PageSpec, loadTimes: number[], typed: number[]): BrowserRow {
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
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, OWN_UI_OFF] });
  const urls = PAGES.map((spec) => server.origin + spec.path);
  try {
    // Unmeasured: the typed words on each page first, so that the server's compiled
    // code and text-match cache are as warm for the second page as for the first.
    for (const word of WORDS) for (const [i, spec] of PAGES.entries()) await typing(browser, urls[i]!, spec, word);
    // The pages take turns, so that a busier moment of the machine falls on both.
    const loadTimes = PAGES.map((): number[] => []);
    const typed = PAGES.map((): number[] => []);
    for (let load = 0; load < loads; load++) {
      for (const [i, spec] of PAGES.entries()) loadTimes[i]!.push(await firstResults(browser, urls[i]!, spec));
    }
    for (const word of WORDS) for (const [i, spec] of PAGES.entries()) typed[i]!.push(...(await typing(browser, urls[i]!, spec, word)));
    const [widget, instantsearch] = PAGES.map((spec, i) => row(spec, loadTimes[i]!, typed[i]!));
    return { widget: widget!, instantsearch: instantsearch! };
  } finally {
    await browser.close();
    await server.close();
  }
}
