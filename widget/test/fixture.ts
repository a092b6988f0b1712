/** Mounting <inclusif-search> in a test page and waiting for it, without sleeps. */
import '../src/define.js';
import type { InclusifClient } from '../../sdk/src/index.js';
import { loadLanguage } from '../src/i18n.js';
import type { InclusifSearch } from '../src/search.js';

const mounted: HTMLElement[] = [];

/**
 * Mounts the element with attributes, a client (none: it makes its own from `endpoint`),
 * and optional properties set before it connects. English strings are loaded first when
 * asked: the element renders in French when they are slow to come (by design), and a test
 * of English must not depend on how fast the browser fetched them.
 */
export async function mount(
  client: InclusifClient | undefined,
  attributes: Record<string, string> = {},
  properties: Partial<InclusifSearch> = {},
): Promise<InclusifSearch> {
  await loadLanguage(attributes.lang);
  const element = document.createElement('inclusif-search');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, { client, ...properties });
  document.body.append(element);
  mounted.push(element);
  await settled(element);
  return element;
}

export function cleanup() {
  for (const element of mounted.splice(0)) element.remove();
}

/** Waits for the pending render, the current search, and the render of its results. */
export async function settled(element: InclusifSearch) {
  await element.updateComplete;
  await element.searchComplete.catch(() => undefined);
  await element.updateComplete;
}

export const $ = <T extends Element = HTMLElement>(element: InclusifSearch, selector: string) =>
  element.shadowRoot!.querySelector<T>(selector);

export const $$ = <T extends Element = HTMLElement>(element: InclusifSearch, selector: string) => [
  ...element.shadowRoot!.querySelectorAll<T>(selector),
];

/** Resolves once `check` holds, re-checked whenever any of `roots` (the element, its shadow root...) changes. */
export function untilIn(roots: Node | Node[], check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (check()) return resolve();
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      resolve();
    });
    for (const root of [roots].flat()) observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** Resolves once `check` holds, re-checked whenever the element or its shadow tree changes. */
export const until = (element: InclusifSearch, check: () => boolean) => untilIn([element.shadowRoot!, element], check);

/** Records the events of a type the element dispatches. */
export function record<K extends keyof HTMLElementEventMap>(target: EventTarget, type: K): HTMLElementEventMap[K][] {
  const events: HTMLElementEventMap[K][] = [];
  target.addEventListener(type, (event) => events.push(event as HTMLElementEventMap[K]));
  return events;
}

export function oneEvent<K extends keyof HTMLElementEventMap>(target: EventTarget, type: K): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as HTMLElementEventMap[K]), { once: true }));
}

export const statusText = (element: InclusifSearch) => $(element, '[role="status"]')!.textContent!.trim();
export const hitNames = (element: InclusifSearch) => $$(element, '.hits .name').map((name) => name.textContent!.trim());
