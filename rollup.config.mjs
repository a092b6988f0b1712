// Builds every artefact of the package: ESM + .d.ts for the subpath exports
// (sdk, server, widget) and the single-file widget bundle for a <script> tag.
// Prints the min+gzip size of the SDK and of the bundle, the two budgets we keep, and
// writes them to dist/sizes.json (the figures the READMEs quote; docs/readme.test.ts).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { transformSync } from 'esbuild';
import { dts } from 'rollup-plugin-dts';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import { workerBuild } from './deploy/worker-build.mjs';
import { minGzipBytes, SIZE_BUDGETS as budgets } from './scripts/sizes.mjs';

/** Adds sizes to dist/sizes.json, which two builds of this file write in turn. */
function recordSizes(sizes) {
  const path = 'dist/sizes.json';
  let known = {};
  try {
    known = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    // First build of the run: no file yet.
  }
  mkdirSync('dist', { recursive: true });
  writeFileSync(path, JSON.stringify({ ...known, ...sizes }, null, 2) + '\n');
}

/** Reports the gzipped size of the chunks that have a budget, and fails the build past it. */
function sizeReport() {
  return {
    name: 'size-report',
    generateBundle(_options, bundle) {
      const sizes = {};
      for (const [file, chunk] of Object.entries(bundle)) {
        const budget = budgets[file];
        if (budget === undefined || chunk.type !== 'chunk') continue;
        const gzipped = minGzipBytes(chunk.code);
        const line = `${file}: ${(gzipped / 1024).toFixed(2)} KB min+gzip (budget ${budget / 1024} KB)`;
        if (gzipped > budget) this.error(line);
        console.log(line);
        sizes[file] = gzipped;
      }
      if (Object.keys(sizes).length) recordSizes(sizes);
    },
  };
}

/**
 * Beside the single-file bundle, a copy named by its content (served immutable) and its
 * Subresource Integrity hash in inclusif-search.sri.txt ("sha384-… file"); prints the
 * snippet that pins it, for the README's "pinned" embedding.
 */
function pinnedCopy() {
  return {
    name: 'pinned-copy',
    async writeBundle(options) {
      // The entry of a build into a directory (its chunks, content-hashed, beside it).
      options = { ...options, file: options.file ?? join(options.dir, 'inclusif-search.js') };
      const code = await readFile(options.file);
      const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
      const pinned = `${basename(options.file, '.js')}.${createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`;
      await writeFile(join(dirname(options.file), pinned), code);
      await writeFile(join(dirname(options.file), 'inclusif-search.sri.txt'), `${integrity} ${pinned}\n`);
      console.log(`${pinned}: SRI ${integrity}`);
      console.log(`  <script type="module" src="https://votre-instance.example/dist/${pinned}" integrity="${integrity}" crossorigin="anonymous"></script>`);
    },
  };
}

/**
 * In the single-file bundle, the dialog's dynamic import points at the file built beside
 * it (dist/inclusif-need-dialog.js) instead of being bundled: the search stays in budget.
 */
function needDialogBeside() {
  return {
    name: 'need-dialog-beside',
    resolveDynamicImport(specifier) {
      if (specifier === './need-dialog.js') return { id: './inclusif-need-dialog.js', external: true };
      return null;
    },
  };
}

/**
 * esbuild compiling TypeScript, but leaving module resolution to node-resolve: esbuild's
 * own resolver would ignore the `browser` maps that keep Node built-ins (http, util...)
 * out of the typesense client and qs in a browser bundle.
 */
function tsOnly(minify) {
  const { resolveId: _esbuildResolves, ...plugin } = ts(minify);
  return plugin;
}

// `rollup -c --environment DEMO` (npm start) skips the type declarations (the demo needs only
// JavaScript) and builds the demo pages' own script, which the package does not ship.
const demo = Boolean(process.env.DEMO);
const withTypes = !demo;

/**
 * Minifies the CSS of the widget's `*.styles.ts` (css`...` without interpolations) with
 * esbuild's CSS minifier: esbuild leaves template literals as written, indentation included.
 */
function minifyStyles() {
  return {
    name: 'minify-styles',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      const minified = code.replace(/css`([^`$]*)`/g, (_, text) => `css\`${transformSync(text, { loader: 'css', minify: true }).code.trim()}\``);
      return { code: minified, map: null };
    },
  };
}

/**
 * Drops the indentation inside the templates of the minified bundle: esbuild keeps template
 * literals as written, and in its minified output a line break only occurs inside one. Leading
 * spaces and tabs are insignificant in the widget's HTML and CSS templates.
 */
function dropTemplateIndentation() {
  return {
    name: 'drop-template-indentation',
    renderChunk: (code) => ({ code: code.replace(/\n[ \t]+/g, '\n'), map: null }),
  };
}

const ts = (minify) => esbuild({ target: 'es2022', minify, tsconfig: 'tsconfig.json' });


export default [
  {
    input: {
      'sdk/index': 'sdk/src/index.ts',
      'server/index': 'server/src/index.ts',
      'server/cli': 'server/src/cli/index.ts',
      'widget/index': 'widget/src/index.ts',
    },
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.includes('/data/'),
    plugins: [json({ preferConst: true }), ts(true), sizeReport()],
    // Source maps ship in the package: a user's stack trace points at sdk/src/errors.ts, not at column 2,317.
    output: { dir: 'dist', format: 'esm', chunkFileNames: 'shared/[name]-[hash].js', sourcemap: true },
  },
  {
    input: 'widget/src/define.ts',
    // The lazily loaded chunks import Lit from the bundle itself: one file to include, no shared chunk.
    preserveEntrySignatures: 'allow-extension',
    // `production` said outright: node-resolve otherwise picks Lit's development build
    // whenever NODE_ENV is set to anything else (test, development), 4 KB more.
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      minifyStyles(),
      ts(true),
      dropTemplateIndentation(),
      sizeReport(),
      pinnedCopy(),
      needDialogBeside(),
    ],
    // English, the shortlist view and the empty and error views are chunks the bundle loads
    // beside itself when first needed.
    output: {
      dir: 'dist',
      entryFileNames: 'inclusif-search.js',
      // Named by their content as the pinned copies are (the server caches those for a year).
      chunkFileNames: 'inclusif-search-[name].[hash:12].js',
      hashCharacters: 'hex',
      format: 'esm',
      sourcemap: true,
    },
  },
  {
    // <inclusif-potential> alone, for a page that shows the potential without the search.
    input: 'widget/src/potential-define.ts',
    plugins: [nodeResolve({ browser: true, exportConditions: ['production'] }), ts(true), sizeReport()],
    output: { file: 'dist/inclusif-potential.js', format: 'esm' },
  },
  {
    // The need dialog, fetched by the bundle from its own directory the first time a buyer
    // opens it: a file of its own (Lit included), so that the bundle's pinned copy loads it too.
    input: 'widget/src/need-dialog.ts',
    plugins: [nodeResolve({ browser: true, exportConditions: ['production'] }), ts(true), sizeReport()],
    output: { file: 'dist/inclusif-need-dialog.js', format: 'esm', sourcemap: true },
  },
  demo && {
    // InstantSearch.js and typesense-instantsearch-adapter (CommonJS, with the typesense client) from npm.
    input: 'demo/src/instantsearch.ts',
    plugins: [nodeResolve({ browser: true }), commonjs(), tsOnly(true)],
    output: { file: 'dist/demo-instantsearch.js', format: 'esm' },
  },
  withTypes && {
    input: {
      'sdk/index': 'sdk/src/index.ts',
      'server/index': 'server/src/index.ts',
      'widget/index': 'widget/src/index.ts',
    },
    external: (id) => !id.startsWith('.') && !id.startsWith('/'),
    plugins: [dts({ tsconfig: 'tsconfig.json' })],
    output: { dir: 'dist', format: 'esm' },
  },
  // dist/worker.js for Workers, Deno and Bun (deploy/README.md); npm start does not need it.
  !demo && workerBuild(),
].filter(Boolean);
