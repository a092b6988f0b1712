/**
 * The figures the READMEs quote come from the code: the min+gzip sizes from the build
 * itself (rollup.config.mjs's own configurations, built here in memory), the limits
 * and counts from the constants that set them. A size quoted anywhere else fails, so
 * that no new figure is typed by hand. The tables under "Mesures / Benchmarks" are
 * dated runs of `npm run bench`, quoted from bench/results/latest.md, not build figures.
 */
import { rollup, type Plugin } from 'rollup';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_EXPORT_ROWS } from '../server/src/api/schema.js';
import { MAX_RESULT_DEPTH } from '../server/src/query/limits.js';
import { generateDemoSuppliers } from '../server/src/demo-data/generate.js';
import { minGzipBytes, quotedKilobytes, SIZE_BUDGETS } from '../scripts/sizes.mjs';
import { readme, READMES } from './markdown.js';

type Sized = keyof typeof SIZE_BUDGETS;

/** min+gzip bytes of the budgeted files, from the build's own configurations (nothing written). */
async function buildSizes(): Promise<Record<Sized, number>> {
  const builds = (await import('../rollup.config.mjs')).default;
  const sizes: Partial<Record<Sized, number>> = {};
  const isReport = (plugin: Plugin) => plugin.name === 'size-report';
  // The builds with a size report are the budgeted ones; run without it, which writes dist/sizes.json.
  for (const build of builds.filter((each) => each.plugins.some(isReport))) {
    const bundle = await rollup({ ...build, plugins: build.plugins.filter((plugin) => !isReport(plugin)), onwarn: () => {} });
    for (const chunk of (await bundle.generate(build.output)).output) {
      if (chunk.type === 'chunk' && chunk.fileName in SIZE_BUDGETS) sizes[chunk.fileName as Sized] = minGzipBytes(chunk.code);
    }
    await bundle.close();
  }
  expect(Object.keys(sizes).sort()).toEqual(Object.keys(SIZE_BUDGETS).sort());
  return sizes as Record<Sized, number>;
}

/** Each place a README quotes a size: the text before the figure, the file it is of. */
const SIZE_QUOTES: { readme: (typeof READMES)[number]; before: string; file: Sized; french?: boolean }[] = [
  { readme: 'README.md', before: '(Lit and the SDK\nincluded), ', file: 'inclusif-search.js' },
  { readme: 'README.md', before: 'plus the need dialog (`inclusif-need-dialog.js`, ', file: 'inclusif-need-dialog.js' },
  { readme: 'widget/README.md', before: 'a second file, `inclusif-need-dialog.js` (', file: 'inclusif-need-dialog.js' },
  { readme: 'README.md', before: 'edge runtimes, ', file: 'sdk/index.js' },
  { readme: 'README.md', before: '`dist/inclusif-potential.js` (', file: 'inclusif-potential.js' },
  { readme: 'widget/README.md', before: '`dist/inclusif-potential.js`, is ', file: 'inclusif-potential.js' },
  { readme: 'sdk/README.md', before: 'runtimes edge (≈ ', file: 'sdk/index.js', french: true },
  { readme: 'sdk/README.md', before: 'edge runtimes (about ', file: 'sdk/index.js' },
];

describe('sizes quoted in the READMEs', () => {
  let sizes: Record<Sized, number>;
  beforeAll(async () => {
    sizes = await buildSizes();
  }, 180_000);

  it('are the build’s min+gzip sizes, rounded to a tenth of a KB', () => {
    for (const quote of SIZE_QUOTES) {
      const english = quotedKilobytes(sizes[quote.file]);
      const expected = quote.french ? english.replace('.', ',').replace('KB', 'Ko') : english;
      const text = readme(quote.readme);
      expect(text, `${quote.readme} quotes ${quote.file}`).toContain(`${quote.before}${expected} min+gzip`);
    }
  });

  it('are quoted nowhere else, outside the dated benchmark tables; the budgets are the build’s', () => {
    for (const file of READMES) {
      const prose = readme(file)
        .split('\n')
        .filter((line) => !line.startsWith('|'))
        .join('\n');
      const quoted = [...prose.matchAll(/[\d.,]+ (?:KB|Ko) min\+gzip/g)].length;
      const known = SIZE_QUOTES.filter((quote) => quote.readme === file).length;
      // "(budgets: 3 KB and 25 KB min+gzip…)", checked below.
      const budgets = file === 'README.md' ? 1 : 0;
      expect(quoted, file).toBe(known + budgets);
    }
    const { 'sdk/index.js': sdk, 'inclusif-search.js': bundle } = SIZE_BUDGETS;
    expect(readme('README.md')).toContain(`(budgets: ${sdk / 1024} KB and ${bundle / 1024} KB min+gzip; the build fails past them)`);
  });
});

describe('counts and limits quoted in the READMEs', () => {
  const format = (n: number) => n.toLocaleString('en-US');
  it('the demo suppliers are as many as the generator makes', () => {
    expect(readme('README.md')).toContain(`${format(generateDemoSuppliers().length)} **synthetic** demo suppliers`);
  });
  it('the export and paging limits are the API’s', () => {
    expect(readme('README.md')).toContain(`At most **${format(MAX_EXPORT_ROWS)}** rows`);
    expect(readme('sdk/README.md')).toContain(`(at most ${format(MAX_EXPORT_ROWS)};`);
    expect(readme('sdk/README.md')).toContain(`API stops at result ${format(MAX_RESULT_DEPTH)}`);
  });
});
