// Builds every artefact of the package: ESM + .d.ts for the subpath exports
// (sdk, server, widget) and the single-file widget bundle for a <script> tag.
// Prints the min+gzip size of the SDK and of the bundle, the two budgets we keep, and
// writes them to dist/sizes.json (the figures the READMEs quote; docs/readme.test.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
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
    output: { dir: 'dist', format: 'esm', chunkFileNames: 'shared/[name]-[hash].js' },
  },
  {
    // The need dialog is imported on demand: a second file beside the bundle, fetched from
    // the same directory the first time a buyer opens it.
    input: 'widget/src/define.ts',
    // The dialog's file imports what it shares with the search from the bundle itself, so
    // the bundle may export more than define.ts does.
    preserveEntrySignatures: 'allow-extension',
    // `production` said outright: node-resolve otherwise picks Lit's development build
    // whenever NODE_ENV is set to anything else (test, development), 4 KB more.
    plugins: [nodeResolve({ browser: true, exportConditions: ['production'] }), ts(true), sizeReport()],
    output: { dir: 'dist', entryFileNames: 'inclusif-search.js', chunkFileNames: 'inclusif-[name].js', format: 'esm' },
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
