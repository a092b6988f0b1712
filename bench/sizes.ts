/**
 * Bundle sizes, min+gzip: the SDK and the single-file widget built the way
 * rollup.config.mjs builds them, next to an InstantSearch.js +
 * typesense-instantsearch-adapter page with equivalent widgets (pages/instantsearch.ts).
 * Built in memory by rollup; the bundles are kept for the browser part.
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup, type Plugin } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

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
  widget: Bundle;
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

async function build(name: string, input: string, plugins: Plugin[]): Promise<Bundle> {
  const bundle = await rollup({ input, plugins, onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'esm', inlineDynamicImports: true });
  await bundle.close();
  const code = output[0].code;
  return { name, code, minBytes: Buffer.byteLength(code), gzipBytes: gzipSync(code, { level: 9 }).length };
}

export async function runSizeBench(): Promise<SizeResults> {
  process.chdir(root);
  const sdk = await build('SDK (sdk/src/index.ts)', at('sdk/src/index.ts'), [minify()]);
  const widget = await build('widget, single file (inclusif-search.js)', at('widget/src/define.ts'), [
    nodeResolve({ browser: true }),
    minify(),
  ]);
  const instantsearch = await build('InstantSearch.js + typesense-instantsearch-adapter', at('bench/pages/instantsearch.ts'), [
    emptyNodeBuiltins(['crypto', 'http', 'https', 'util']),
    nodeResolve({ browser: true }),
    commonjs(),
    minify(),
  ]);
  return { sdk, widget, instantsearch, widgetShare: widget.gzipBytes / instantsearch.gzipBytes };
}
