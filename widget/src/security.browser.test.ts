/// <reference types="mocha" />
import { expect } from 'chai';
import { fakeApi, supplier } from '../test/fake-api.js';
import { $, $$, cleanup, mount } from '../test/fixture.js';

afterEach(cleanup);

const script = '<script>window.__pwned = true</script>';
const image = '<img src=x onerror="window.__pwned = true">';

const hostile = supplier('h1', {
  name: script,
  brand: image,
  description: `${script}${image}`,
  website: 'javascript:window.__pwned=true',
  contact: { email: 'javascript:alert(1)', phone: '<b>0102030405</b>' },
  offers: [{ name: image, description: script }],
  clientReferences: [{ name: '<a href="javascript:alert(1)">Mairie</a>' }],
  address: { ...supplier('x').address, city: image, street: script },
});

describe('<inclusif-search> hostile supplier data', () => {
  it('renders markup in supplier fields as text, in the list and in the full card', async () => {
    const el = await mount(fakeApi({ suppliers: [hostile] }).client());
    expect($(el, '.card .name')!.textContent).to.equal(image);
    $(el, '.card .open')!.click();
    await el.updateComplete;
    const detail = $(el, '.detail')!;
    expect(detail.textContent).to.contain(script).and.to.contain(image);
    expect(detail.querySelectorAll('script, img, b, [onerror]')).to.have.length(0);
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('makes no link of a javascript: website or a bogus email', async () => {
    const el = await mount(fakeApi({ suppliers: [hostile] }).client());
    $(el, '.card .open')!.click();
    await el.updateComplete;
    const hrefs = $$<HTMLAnchorElement>(el, 'a').map((link) => link.getAttribute('href'));
    // Only the phone survives, reduced to its digits.
    expect(hrefs).to.deep.equal(['tel:0102030405']);
  });

  it('links a real website over http(s) only, in a new tab without opener', async () => {
    const fine = supplier('f1', { website: 'www.example.org/atelier', contact: { email: 'contact@example.org' } });
    const el = await mount(fakeApi({ suppliers: [fine] }).client());
    $(el, '.card .open')!.click();
    await el.updateComplete;
    const website = $<HTMLAnchorElement>(el, 'a.website')!;
    expect(website.href).to.equal('https://www.example.org/atelier');
    expect(website.rel).to.equal('noopener noreferrer');
    expect($<HTMLAnchorElement>(el, 'a.cta')!.href).to.match(/^mailto:contact@example\.org\?subject=/);
  });
});

describe('<inclusif-search> under a strict Content-Security-Policy', () => {
  it('works with no inline script, no eval and no inline style allowed', async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    // The policy is in force: an inline script is refused.
    const inline = document.createElement('script');
    inline.textContent = 'window.__inline = true';
    const refused = new Promise((resolve) => document.addEventListener('securitypolicyviolation', resolve, { once: true }));
    document.body.append(inline);
    await refused;
    expect(violations).to.deep.equal(['script-src-elem']);

    const el = await mount(fakeApi().client());
    $(el, '.card .open')!.click();
    await el.updateComplete;
    expect($(el, '.detail h2')!.textContent).to.equal('Le Bon Plat');
    expect(getComputedStyle($(el, '.badge')!).backgroundColor).to.equal('rgb(227, 227, 253)');
    expect(violations).to.deep.equal(['script-src-elem']);
    inline.remove();
  });
});
