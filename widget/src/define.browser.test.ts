/// <reference types="mocha" />
import { expect } from 'chai';
import { InclusifSearch, defineInclusifSearch, tagName } from './index.js';

describe('define', () => {
  it('registers <inclusif-search> once: defining again does not throw', async () => {
    expect(customElements.get(tagName)).to.equal(InclusifSearch);
    expect(() => defineInclusifSearch()).not.to.throw();
    // A second copy of the module, as when a page includes the script twice.
    await import(`./define.ts?copy=${Date.now()}`);
    expect(customElements.get(tagName)).to.equal(InclusifSearch);
  });

  it('without an endpoint, renders the search box and makes no request', async () => {
    const el = document.createElement('inclusif-search');
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('input[role="combobox"]')).not.to.equal(null);
    expect(el.shadowRoot!.querySelector('.card')).to.equal(null);
    el.remove();
  });
});
