// The edge build: dist/worker.js, one ESM file with everything bundled (no import left,
// no Node built-in), for Cloudflare Workers, Deno and Bun. rollup.config.mjs includes it.
//
// The embedded engine's active suppliers ship inside the file, as a JSON string parsed on the
// first request: the file named by WORKER_SUPPLIERS (an import's .data/suppliers.ndjson.gz,
// NDJSON or a JSON array), or else the seeded demo data, generated here at build time.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const SNAPSHOT_ID = 'achat-inclusif:worker-suppliers';
/** Cloudflare's script size limits, after gzip: Workers Free and Workers Paid. */
const LIMITS = { free: 3 * 1024 * 1024, paid: 10 * 1024 * 1024 };

/** JSON text as a single-quoted JS string: JSON is full of double quotes, and rarely has a single one. */
function quoted(jsonText) {
  return `'${jsonText.replace(/[\\']/g, '\\$&').replace(/\r?\n/g, '\\n')}'`;
}

async function readSuppliers(path) {
  if (!path) {
    // tsx runs the TypeScript generator in this Node process; the worker gets only its output.
    const { tsImport } = await import('tsx/esm/api');
    const { generateDemoSuppliers } = await tsImport('../server/src/demo-data/generate.ts', import.meta.url);
    return generateDemoSuppliers();
  }
  const bytes = await readFile(path);
  const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8').trim();
  return text.startsWith('[') ? JSON.parse(text) : text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

/**
 * The module server/src/worker.ts imports its suppliers from (typed in server/src/edge/suppliers.d.ts).
 * The JSON goes in as a string literal, parsed on demand: V8 parses JSON text faster than the same
 * object literal, and Workers bound the time a script's top level may take. It replaces a placeholder
 * once the chunk is minified, so that megabytes of data never go through parsing and tree-shaking.
 */
function workerSuppliers(path) {
  const placeholder = '__ACHAT_INCLUSIF_WORKER_SUPPLIERS__';
  let text;
  return {
    name: 'worker-suppliers',
    resolveId: (id) => (id === SNAPSHOT_ID ? SNAPSHOT_ID : null),
    async load(id) {
      if (id !== SNAPSHOT_ID) return null;
      // A delisted supplier is never searched: it has no business in a file anyone may download.
      const all = await readSuppliers(path);
      const suppliers = all.filter((supplier) => supplier.active !== false);
      text = JSON.stringify(suppliers);
      console.log(`worker.js: ${suppliers.length} active suppliers from ${path ?? 'the demo data'} (${all.length - suppliers.length} delisted left out)`);
      return `export function loadSuppliers() { return JSON.parse(${placeholder}); }`;
    },
    renderChunk: {
      order: 'post',
      handler(code) {
        const parts = code.split(placeholder);
        if (parts.length !== 2) this.error(`expected the suppliers' placeholder once in the chunk, found it ${parts.length - 1} times`);
        return { code: parts.join(quoted(text)), map: null };
      },
    },
  };
}

/**
 * Node built-ins that the typesense client requires at load time for what only Node uses
 * (http agents, scoped-key HMACs): empty modules here, as its package's browser map says.
 */
function emptyBuiltins(names) {
  const prefix = '\0worker-empty:';
  return {
    name: 'worker-empty-builtins',
    resolveId: (id) => (names.includes(id) ? prefix + id : null),
    load: (id) => (id.startsWith(prefix) ? 'export default {};' : null),
  };
}

/**
 * The project's data files (server/data/*.json: communes, 2.4 MB) as one string for JSON.parse
 * rather than an object literal: much faster to bundle, and to start, for the same answer.
 */
function dataAsJsonText() {
  const dataDir = fileURLToPath(new URL('../server/data/', import.meta.url));
  return {
    name: 'worker-data-as-json-text',
    transform: (code, id) => (id.startsWith(dataDir) && id.endsWith('.json') ? { code: `export default JSON.parse(${quoted(code)});`, map: null } : null),
  };
}

/** Fails the build if anything is left to import at run time, and prints the sizes against the limits. */
function selfContained() {
  return {
    name: 'worker-self-contained',
    generateBundle(_options, bundle) {
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const imports = [...chunk.imports, ...chunk.dynamicImports];
        if (imports.length) this.error(`${file} must be self-contained, but imports ${imports.join(', ')}`);
        const raw = Buffer.byteLength(chunk.code);
        const gzipped = gzipSync(chunk.code, { level: 9 }).length;
        const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2);
        const line = `${file}: ${mb(raw)} MB, ${mb(gzipped)} MB gzip (Workers limits: ${mb(LIMITS.free)} MB Free, ${mb(LIMITS.paid)} MB Paid)`;
        if (gzipped > LIMITS.paid) this.error(line);
        console.log(line);
      }
    },
  };
}

/** The rollup options for dist/worker.js. `suppliersFile`: WORKER_SUPPLIERS by default. */
export function workerBuild({ suppliersFile = process.env.WORKER_SUPPLIERS, file = 'dist/worker.js' } = {}) {
  return {
    input: 'server/src/worker.ts',
    plugins: [
      workerSuppliers(suppliersFile),
      emptyBuiltins(['crypto', 'http', 'https']),
      // The typesense client's package maps crypto/http/https to nothing for browsers; workers are alike.
      nodeResolve({ browser: true, exportConditions: ['workerd', 'worker', 'browser'], preferBuiltins: false }),
      dataAsJsonText(),
      commonjs(),
      json({ preferConst: true, exclude: 'server/data/**' }),
      esbuild({ target: 'es2022', minify: true, tsconfig: 'tsconfig.json' }),
      selfContained(),
    ],
    // Modules of the app import node:fs or node:path for functions the worker never calls (keys/file.ts's
    // loadKeysFile): such imports are dropped with those functions, and selfContained() checks none is left.
    external: (id) => id.startsWith('node:'),
    treeshake: { moduleSideEffects: (_id, external) => !external },
    onwarn(warning, warn) {
      // Dependencies' own circular imports and comments (zod's): theirs to fix, not actionable here.
      const inDependencies = [warning.id, ...(warning.ids ?? [])].filter(Boolean).every((id) => id.includes('/node_modules/'));
      if (inDependencies && ['CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION'].includes(warning.code)) return;
      warn(warning);
    },
    output: { file, format: 'esm', inlineDynamicImports: true },
  };
}
