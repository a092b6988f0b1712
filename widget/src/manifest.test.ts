/** The custom-elements.json that `npm run build` ships, generated here into a temporary folder. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

describe('the custom elements manifest', () => {
  // cem takes its outdir relative to the working directory (the repository's root).
  const outdir = mkdtempSync(join('node_modules', '.cache-cem-'));
  execFileSync('npx', ['cem', 'analyze', '--outdir', relative(process.cwd(), outdir)], { stdio: 'pipe' });
  const manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));
  const element: Declaration = manifest.modules.flatMap((m: { declarations: Declaration[] }) => m.declarations).find((d: Declaration) => d.tagName);

  it('describes <inclusif-search> with its attributes and events', () => {
    expect(element.tagName).toBe('inclusif-search');
    const attributes = element.attributes!.map((a) => a.name);
    for (const name of ['endpoint', 'api-key', 'lang', 'serves', 'sectors', 'kinds', 'networks', 'social-clause', 'hide-facets', 'per-page', 'url-state', 'no-facets', 'compact', 'needs', 'site-name']) {
      expect(attributes).toContain(name);
    }
    expect(element.events!.map((e) => e.name)).toEqual(expect.arrayContaining(['inclusif-search', 'inclusif-select', 'inclusif-error', 'inclusif-need', 'inclusif-contact']));
  });

  it('describes <inclusif-potential> with its attributes and parts', () => {
    const declarations: Declaration[] = manifest.modules.flatMap((m: { declarations: Declaration[] }) => m.declarations);
    const potential = declarations.find((d) => d.tagName === 'inclusif-potential')!;
    expect(potential.attributes!.map((a) => a.name)).toEqual(
      expect.arrayContaining(['endpoint', 'api-key', 'lang', 'sector', 'sector-group', 'serves', 'need-href']),
    );
    expect(potential.cssParts!.map((p) => p.name)).toEqual(['base', 'sentence', 'bar', 'details', 'need']);
    expect(potential.events!.map((e) => e.name)).toEqual(['inclusif-error']);
  });

  it('leaves package.json pointing at the shipped manifest', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.customElements).toBe('dist/custom-elements.json');
  });

  it('lists every --inclusif-* custom property the styles define or read (one without a default, the font), and the parts', async () => {
    const { styles } = await import('./search.styles.js');
    const css = styles.map((sheet) => sheet.cssText).join('\n');
    const named = [...new Set(css.match(/--inclusif-[a-z-]+(?=:|,)/g))].sort();
    expect(element.cssProperties!.map((p) => p.name).sort()).toEqual(named);
    expect(element.cssParts!.map((p) => p.name)).toEqual(expect.arrayContaining(['input', 'listbox', 'card', 'facets', 'filters']));
  });
});
