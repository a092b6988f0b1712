/**
 * Bundle sizes, min+gzip: the SDK, and the widget built with rollup.config.mjs's plugins
 * (its entry, what a page loads first, and the files it loads later when a buyer needs
 * them), next to an InstantSearch.js + typesense-instantsearch-adapter page with
 * equivalent widgets (pages/instantsearch.ts). Built in memory by rollup; the bundles
 * are kept for the browser part.
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup, type Plugin } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { browserResolve, dropTemplateIndentation, minifyStyles } from '../scripts/widget-plugins.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export interface Bundle {
  name: string;
  code: string;
  minBytes: number;
  gzipBytes: number;
}

export interface SizeResults {
  sdk: Bundle;
  /** The widget's entry, inclusif-search.js. */
  widget: Bundle;
  /** The files the entry loads later (sheet, English, empty and error views, need dialog...): file name to code. */
  widgetLater: Map<string, string>;
  /** The entry and all it may load later. */
  widgetWhole: Omit<Bundle, 'code'>;
  instantsearch: Bundle;
  /** widget / instantsearch, min+gzip (target <= 0.25). */
  widgetShare: number;
}

const minify = (): Plugin => esbuild({ target: 'es2022', minify: true, tsconfig: at('tsconfig.json') }) as Plugin;

/**
 * The typesense client requires Node built-ins it never calls in a browser; like
 * rollup.config.mjs's demo build, they resolve to empty modules (package.json's
 * `browser` field only covers some of them). object-inspect (under qs) reads
 * `require('util').inspect.custom` at load, hence an empty `inspect`.
 */
function emptyNodeBuiltins(names: string[]): Plugin {
  const prefix = '\0empty-builtin:';
  return {
    name: 'empty-node-builtins',
    resolveId: (id) => (names.includes(id) ? prefix + id : null),
    load: (id) => (id.startsWith(prefix) ? 'export const inspect = {}; export default { inspect };' : null),
  };
}

const measured = (name: string, code: string): Bundle => ({ name, code, minBytes: Buffer.byteLength(code), gzipBytes: gzipSync(code, { level: 9 }).length });

/** The widget as rollup.config.mjs builds it: an entry and the chunks it imports when first needed. */
async function buildWidget() {
  const bundle = await rollup({
    input: at('widget/src/define.ts'),
    preserveEntrySignatures: 'allow-extension',
    plugins: [browserResolve(), minifyStyles(), minify(), dropTemplateIndentation()],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'esm', entryFileNames: 'inclusif-search.js', chunkFileNames: 'inclusif-search-[name].[hash:12].js' });
  await bundle.close();
  const chunks = output.filter((file) => file.type === 'chunk');
  const entry = chunks.find((chunk) => chunk.isEntry)!;
  const later = new Map(chunks.filter((chunk) => !chunk.isEntry).map((chunk) => [chunk.fileName, chunk.code]));
  const whole = chunks.reduce((sum, chunk) => ({ minBytes: sum.minBytes + Buffer.byteLength(chunk.code), gzipBytes: sum.gzipBytes + gzipSync(chunk.code, { level: 9 }).length }), { minBytes: 0, gzipBytes: 0 });
  return {
    widget: measured('widget, entry (inclusif-search.js)', entry.code),
    widgetLater: later,
    widgetWhole: { name: `widget, entry and the ${later.size} files it loads when needed`, ...whole },
  };
}

async function build(name: string, input: string, plugins: Plugin[]): Promise<Bundle> {
  const bundle = await rollup({ input, plugins, onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'esm', inlineDynamicImports: true });
  await bundle.close();
  return measured(name, output[0].code);
}

export async function runSizeBench(): Promise<SizeResults> {
  process.chdir(root);
  const sdk = await build('SDK (sdk/src/index.ts)', at('sdk/src/index.ts'), [minify()]);
  const widget = await buildWidget();
  const instantsearch = await build('InstantSearch.js + typesense-instantsearch-adapter', at('bench/pages/instantsearch.ts'), [
    emptyNodeBuiltins(['crypto', 'http', 'https', 'util']),
    nodeResolve({ browser: true }),
    commonjs(),
    minify(),
  ]);
  return { sdk, ...widget, instantsearch, widgetShare: widget.widget.gzipBytes / instantsearch.gzipBytes };
}
