/// <reference types="mocha" />
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { fakeApi } from '../test/fake-api.js';
import { $, $$, cleanup, mount, until } from '../test/fixture.js';
import type { InclusifSearch } from './search.js';

afterEach(cleanup);

const axe = (window as unknown as { axe: { run: (context: Element, options: RunOptions) => Promise<AxeResults> } }).axe;

/** The violations axe finds in the element (WCAG 2.1 A and AA, best practices). */
async function violations(el: InclusifSearch) {
  const results = await axe.run(el, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`);
}

describe('<inclusif-search> accessibility (axe-core)', () => {
  it('has no violations with the listbox closed', async () => {
    const el = await mount(fakeApi().client());
    expect($$(el, '.card')).to.have.length(3);
    expect(await violations(el)).to.deep.equal([]);
  });

  it('has no violations with the listbox open and an option active', async () => {
    const el = await mount(fakeApi().client());
    $(el, 'input')!.focus();
    await sendKeys({ type: 'ly' });
    await until(el, () => $(el, 'input')!.getAttribute('aria-expanded') === 'true');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(await violations(el)).to.deep.equal([]);
  });

  it('has no violations on a full supplier card, nor in English', async () => {
    const el = await mount(fakeApi().client(), { lang: 'en' });
    $$(el, '.card .open')[1]!.click();
    await el.updateComplete;
    expect(await violations(el)).to.deep.equal([]);
  });
});

describe('<inclusif-search> accessibility of the new states (axe-core)', () => {
  it('has no violations with the filters panel open, chips shown, nor with the shortlist open', async () => {
    const el = await mount(fakeApi().client(), { compact: '', kinds: 'EA,ESAT', 'social-clause': '' });
    $(el, '.filters-open')!.click();
    await el.updateComplete;
    expect($(el, '[part="filters-panel"]')).not.to.equal(null);
    expect(await violations(el)).to.deep.equal([]);
    $(el, '[part="filters-done"]')!.click();
    $(el, '[part~="shortlist-toggle"]')!.click();
    $(el, '[part="shortlist-button"]')!.click();
    // The shortlist view is a module of its own, loaded on first use.
    await until(el, () => $(el, '[part="shortlist"]') !== null);
    expect(await violations(el)).to.deep.equal([]);
  });
});
