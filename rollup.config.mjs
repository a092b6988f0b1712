// Builds every artefact of the package: ESM + .d.ts for the subpath exports
// (sdk, server, widget) and the single-file widget bundle for a <script> tag.
// Prints the min+gzip size of the SDK and of the bundle, the two budgets we keep.
import { gzipSync } from 'node:zlib';
import esbuild from 'rollup-plugin-esbuild';
import { dts } from 'rollup-plugin-dts';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import { workerBuild } from './deploy/worker-build.mjs';

const budgets = { 'sdk/index.js': 3 * 1024, 'inclusif-search.js': 25 * 1024, 'inclusif-need-dialog.js': 10 * 1024 };

/** Reports the gzipped size of the chunks that have a budget, and fails the build past it. */
function sizeReport() {
  return {
    name: 'size-report',
    generateBundle(_options, bundle) {
      for (const [file, chunk] of Object.entries(bundle)) {
        const budget = budgets[file];
        if (budget === undefined || chunk.type !== 'chunk') continue;
        const gzipped = gzipSync(chunk.code, { level: 9 }).length;
        const line = `${file}: ${(gzipped / 1024).toFixed(2)} KB min+gzip (budget ${budget / 1024} KB)`;
        if (gzipped > budget) this.error(line);
        console.log(line);
      }
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
    // Lit's production build whatever NODE_ENV says: node-resolve picks Lit's development
    // build (4 KB more, and a console warning) whenever NODE_ENV is set to anything else,
    // as vitest sets it for the end-to-end suite's build.
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
