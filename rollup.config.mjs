// Builds every artefact of the package: ESM + .d.ts for the subpath exports
// (sdk, server, widget) and the single-file widget bundle for a <script> tag.
// Prints the min+gzip size of the SDK and of the bundle, the two budgets we keep, and
// writes them to dist/sizes.json (the figures the READMEs quote; docs/readme.test.ts).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { dts } from 'rollup-plugin-dts';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import { workerBuild } from './deploy/worker-build.mjs';
import { minGzipBytes, SIZE_BUDGETS as budgets } from './scripts/sizes.mjs';
import { browserResolve, dropTemplateIndentation, minifyStyles } from './scripts/widget-plugins.mjs';

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

/** "name.<first 12 hex of its SHA-256>.js": the copy of a file named by its content. */
const contentName = (file, code) => `${basename(file, '.js')}.${createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`;
const sri = (code) => `sha384-${createHash('sha384').update(code).digest('base64')}`;
const NEED_DIALOG = 'dist/inclusif-need-dialog.js';

/** The need dialog's copy named by its content, set by its build, which runs before the bundle's. */
let needDialogName;

/** Names the need dialog by its content, and writes that copy beside it: the one the bundle imports. */
function needDialogCopy() {
  return {
    name: 'need-dialog-copy',
    generateBundle(_options, bundle) {
      needDialogName = contentName(NEED_DIALOG, bundle[basename(NEED_DIALOG)].code);
    },
    async writeBundle(options, bundle) {
      await writeFile(join(dirname(options.file), needDialogName), bundle[basename(NEED_DIALOG)].code);
    },
  };
}

/**
 * Beside the bundle, a copy named by its content (served immutable), and what pins the
 * whole of it with Subresource Integrity: the entry's hash on its <script>, and an import
 * map whose "integrity" lists the hash of every file it loads later (its chunks and the
 * need dialog, all named by their content). Writes the snippet to
 * dist/inclusif-search.pinned.html and the hashes to inclusif-search.sri.txt
 * ("sha384-… file" per line, the entry first); prints the snippet.
 */
function pinnedCopy() {
  return {
    name: 'pinned-copy',
    async writeBundle(options, bundle) {
      const entry = join(options.dir, 'inclusif-search.js');
      const code = await readFile(entry);
      const pinned = contentName(entry, code);
      await writeFile(join(options.dir, pinned), code);
      const later = Object.values(bundle).filter((chunk) => chunk.type === 'chunk' && !chunk.isEntry).map((chunk) => chunk.fileName);
      later.push(needDialogFile());
      const hashes = [[pinned, sri(code)], ...(await Promise.all(later.sort().map(async (file) => [file, sri(await readFile(join(options.dir, file)))])))];
      await writeFile(join(options.dir, 'inclusif-search.sri.txt'), hashes.map(([file, hash]) => `${hash} ${file}\n`).join(''));
      const at = (file) => `https://votre-instance.example/dist/${file}`;
      const integrity = Object.fromEntries(hashes.slice(1).map(([file, hash]) => [at(file), hash]));
      const snippet = [
        `<script type="importmap">${JSON.stringify({ integrity })}</script>`,
        `<script type="module" src="${at(pinned)}" integrity="${hashes[0][1]}" crossorigin="anonymous"></script>`,
      ].join('\n');
      await writeFile(join(options.dir, 'inclusif-search.pinned.html'), `${snippet}\n`);
      console.log(`${pinned}: SRI ${hashes[0][1]}, and ${later.length} files it loads later, pinned by an import map:\n${snippet}`);
    },
  };
}

/** The need dialog's copy named by its content; its build comes first in the list below. */
function needDialogFile() {
  if (!needDialogName) throw new Error('The need dialog is built before the bundle, which imports it by its content name.');
  return needDialogName;
}

/**
 * In the single-file bundle, the dialog's dynamic import points at the file built beside
 * it (its copy named by its content, so a pinned bundle loads its own dialog) instead of
 * being bundled: the search stays in budget.
 */
function needDialogBeside() {
  return {
    name: 'need-dialog-beside',
    resolveDynamicImport(specifier) {
      if (specifier === './need-dialog.js') return { id: `./${needDialogFile()}`, external: true };
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
    // The need dialog, fetched by the bundle from its own directory the first time a buyer
    // opens it: a file of its own (Lit included), and its copy named by its content, which
    // the bundle imports. Built before the bundle, which names that copy.
    input: 'widget/src/need-dialog.ts',
    plugins: [browserResolve(), minifyStyles(), ts(true), dropTemplateIndentation(), sizeReport(), needDialogCopy()],
    output: { file: 'dist/inclusif-need-dialog.js', format: 'esm', sourcemap: true },
  },
  {
    input: 'widget/src/define.ts',
    // The lazily loaded chunks import Lit from the bundle itself: one file to include, no shared chunk.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      browserResolve(),
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
    plugins: [browserResolve(), minifyStyles(), ts(true), dropTemplateIndentation(), sizeReport()],
    output: { file: 'dist/inclusif-potential.js', format: 'esm' },
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
