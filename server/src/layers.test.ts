/**
 * The layers of server/src, read from the import statements: an import only points
 * down (README.md, "Développer"). Reads every .ts file under server/src; a type-only
 * import counts like any other, since a lower folder must not even name a higher one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SOURCE = dirname(fileURLToPath(import.meta.url));
const SERVER = resolve(SOURCE, '..');

/** Import and re-export specifiers, static or dynamic. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;
const TEST_FILE = /\.(?:test|test-support|type-test|typesense-test)\.ts$/;

/** One import: the importing file and the imported one, both relative to server/ (`src/...`, `test-support/...`). */
interface Edge {
  from: string;
  to: string;
}

const HTTP_LAYER = ['src/api/', 'src/http/', 'src/keys/'];
const BELOW_HTTP = ['src/query/', 'src/domain/', 'src/engine/', 'src/planner/', 'src/typesense/'];
const ENGINES = ['src/engine/embedded/', 'src/engine/typesense/'];
const ERRORS = 'src/errors.js';

/** What the production files of each lower folder may import, besides themselves and the SDK. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  'src/domain/': ['data/'],
  'src/query/': ['src/domain/'],
  'src/typesense/': ['src/query/', 'src/domain/', ERRORS],
  'src/engine/embedded/': ['src/query/', 'src/domain/', ERRORS],
  'src/engine/typesense/': ['src/typesense/', 'src/query/', 'src/domain/', ERRORS],
  'src/planner/': ['src/query/', 'src/domain/', ERRORS],
  'src/html/': [],
  'src/storage/': [],
  'src/mail/': [],
  // The needs flow: matches through the planner and an engine it is handed, keeps its rows in storage, sends through mail.
  'src/needs/': ['src/planner/', 'src/query/', 'src/domain/', 'src/storage/', 'src/mail/', 'src/html/', ERRORS],
};

const under = (path: string, folders: readonly string[]) => folders.some((folder) => path.startsWith(folder));
const isTestSupport = (path: string) => path.startsWith('test-support/') || path.endsWith('.test-support.js');

/** Every rule an import breaks, as one readable line each. */
function layerViolations(edges: readonly Edge[]): string[] {
  const found: string[] = [];
  for (const { from, to } of edges) {
    const says = (rule: string) => found.push(`${from} -> ${to}: ${rule}`);
    if (under(from, BELOW_HTTP) && under(to, HTTP_LAYER)) {
      says('a lower layer imports api/, http/ or keys/');
      continue;
    }
    // Tests of a lower layer may reach for test support, the demo data or the other engine to compare with.
    if (TEST_FILE.test(from)) continue;
    if (isTestSupport(to)) {
      says('production code imports test support');
      continue;
    }
    const engine = ENGINES.find((folder) => from.startsWith(folder));
    if (engine && under(to, ENGINES) && !to.startsWith(engine)) {
      says('an engine imports the other engine');
      continue;
    }
    const folder = Object.keys(MAY_IMPORT).find((name) => from.startsWith(name));
    if (folder && !under(to, [folder, 'sdk/', ...MAY_IMPORT[folder]!])) says(`${folder} imports only itself, ${MAY_IMPORT[folder]!.join(', ')}`);
  }
  return found;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The relative imports of server/src, resolved; packages (hono, zod...) are nobody's layer. */
function importsOfServer(): Edge[] {
  return sourceFiles(SOURCE).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(SPECIFIER)]
      .map((match) => match[1]!)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => ({
        from: relative(SERVER, file),
        // Paths outside server/ (the SDK) keep their own top folder: `../sdk/src/types.js` -> `sdk/src/types.js`.
        to: relative(SERVER, resolve(dirname(file), specifier)).replace(/^\.\.\//, ''),
      }));
  });
}

describe('the layers of server/src', () => {
  it('finds the imports it checks, those of the folders the rules name included', () => {
    const edges = importsOfServer();
    for (const folder of [...BELOW_HTTP, ...HTTP_LAYER, ...ENGINES]) {
      expect(edges.some((edge) => edge.from.startsWith(folder)), folder).toBe(true);
    }
    expect(edges).toContainEqual({ from: 'src/planner/plan.ts', to: 'src/query/types.js' });
    expect(edges).toContainEqual({ from: 'src/query/types.ts', to: 'sdk/src/types.js' });
  });

  it('has no import pointing up, across engines, or from production code into test support', () => {
    expect(layerViolations(importsOfServer())).toEqual([]);
  });

  it('names each rule an import would break', () => {
    expect(
      layerViolations([
        { from: 'src/planner/plan.ts', to: 'src/api/schema.js' },
        { from: 'src/typesense/filter-by/parse.ts', to: 'src/planner/places.js' },
        { from: 'src/query/types.ts', to: 'src/engine/embedded/engine.js' },
        { from: 'src/domain/geography.ts', to: 'src/query/types.js' },
        { from: 'src/engine/typesense/engine.ts', to: 'src/engine/embedded/default.js' },
        { from: 'src/engine/embedded/engine.ts', to: 'test-support/filter-oracle.test-support.js' },
        { from: 'src/api/suppliers/index.ts', to: 'src/engine/embedded/suppliers.test-support.js' },
        { from: 'src/engine/embedded/filter.test.ts', to: 'src/keys/scope.js' },
      ]),
    ).toEqual([
      'src/planner/plan.ts -> src/api/schema.js: a lower layer imports api/, http/ or keys/',
      'src/typesense/filter-by/parse.ts -> src/planner/places.js: src/typesense/ imports only itself, src/query/, src/domain/, src/errors.js',
      'src/query/types.ts -> src/engine/embedded/engine.js: src/query/ imports only itself, src/domain/',
      'src/domain/geography.ts -> src/query/types.js: src/domain/ imports only itself, data/',
      'src/engine/typesense/engine.ts -> src/engine/embedded/default.js: an engine imports the other engine',
      'src/engine/embedded/engine.ts -> test-support/filter-oracle.test-support.js: production code imports test support',
      'src/api/suppliers/index.ts -> src/engine/embedded/suppliers.test-support.js: production code imports test support',
      'src/engine/embedded/filter.test.ts -> src/keys/scope.js: a lower layer imports api/, http/ or keys/',
    ]);
  });

  it('lets tests of a lower layer use test support and the engines they compare', () => {
    expect(
      layerViolations([
        { from: 'src/engine/embedded/filter.test.ts', to: 'test-support/filter-oracle.test-support.js' },
        { from: 'src/engine/typesense/contract.test-support.ts', to: 'src/engine/embedded/default.js' },
      ]),
    ).toEqual([]);
  });
});
