/**
 * Compares full-text libraries on the seeded demo suppliers, in one process:
 * index build time (CPU), heap held by the index, and query latency (median, p95) of
 * a fixed mix of typo'd, multi-word and as-typed queries. The numbers back the
 * README's note on why the embedded engine is built on MiniSearch.
 *
 *   npx tsx bench/text-engines.ts [count]     (default: 10,000 and 50,000)
 */
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Charset, Document, Encoder } from 'flexsearch';
import FrenchFlexSearch from 'flexsearch/lang/fr';
import MiniSearch from 'minisearch';
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import { stemmer } from '@orama/stemmers/french';
import { stopwords } from '@orama/stopwords/french';
import type { SectorSlug, Supplier } from '../sdk/src/types.js';
import { generateDemoSuppliers } from '../server/src/demo-data/generate.js';
import { taxonomy } from '../server/src/domain/taxonomy.js';
import { createTextIndex } from '../server/src/engine/embedded/text.js';

export interface TextEngineRow {
  engine: string;
  documents: number;
  buildMs: number;
  heapMB: number;
  medianMs: number;
  p95Ms: number;
  /** Suppliers found for "traitteur": zero means the typo was not tolerated. */
  typoHits: number;
  /** Suppliers found for "netoyage bureaux": fewer when every word is required. */
  multiWordHits: number;
}

/** Typo'd words, several words, and words cut short as a buyer types them. */
const QUERIES = [
  'netoyage bureaux',
  'traitteur',
  'mise sous pli',
  'entretien des espaces verts',
  'recuperation mobilier',
  'blanchiss',
  'menuis',
  'atelier 52',
  'déménagement',
  'nettoyage de vitres lyon',
];
const TYPO_QUERY = 'traitteur';
const MULTI_WORD_QUERY = 'netoyage bureaux';
const REPEATS = 15;

interface Engine {
  name: string;
  build(suppliers: Supplier[]): Promise<(query: string) => Promise<number>>;
}

// ---- the suppliers: the project's seeded demo data, with the real taxonomy's sector labels

const SECTOR_LABELS = new Map<SectorSlug, string>(
  taxonomy().sectorGroups.flatMap((group) => group.sectors.map((sector) => [sector.slug, sector.label.fr] as const)),
);
const sectorLabel = (slug: SectorSlug) => SECTOR_LABELS.get(slug) ?? slug;

/** The same fields, flattened, for the libraries used directly. */
function flatten(supplier: Supplier) {
  return {
    id: supplier.id,
    name: supplier.name,
    brand: supplier.brand ?? '',
    offers: supplier.offers.map((offer) => `${offer.name} ${offer.description ?? ''}`).join(' '),
    sectors: supplier.activities.map((activity) => sectorLabel(activity.sector)).join(' '),
    description: supplier.description ?? '',
    city: supplier.address.city,
  };
}

const FIELDS = ['name', 'brand', 'offers', 'sectors', 'description', 'city'] as const;
const BOOST = { name: 3, brand: 3, offers: 2, sectors: 2, description: 1, city: 1 };

// ---- the engines

const engines: Engine[] = [
  {
    name: 'achat-inclusif (own postings + French analysis)',
    async build(suppliers) {
      const index = createTextIndex({ sectorLabel });
      index.add(suppliers);
      return async (query) => index.search(query).size;
    },
  },
  {
    name: 'MiniSearch, default analysis',
    async build(suppliers) {
      const index = new MiniSearch({ fields: [...FIELDS] });
      index.addAll(suppliers.map(flatten));
      return async (query) => index.search(query, { fuzzy: 0.2, prefix: true, boost: BOOST }).length;
    },
  },
  {
    name: 'FlexSearch 0.8 (LatinBalance + French pack)',
    async build(suppliers) {
      const encoder = new Encoder(Charset.LatinBalance).assign(FrenchFlexSearch);
      const index = new Document({ document: { id: 'id', index: [...FIELDS] }, tokenize: 'forward', encoder });
      for (const document of suppliers.map(flatten)) index.add(document);
      return async (query) => {
        const found = index.search(query, { limit: suppliers.length, suggest: true, merge: true });
        return found.length;
      };
    },
  },
  {
    name: 'Orama 3 (French stemmer, tolerance 1)',
    async build(suppliers) {
      const schema = Object.fromEntries(FIELDS.map((field) => [field, 'string' as const]));
      const db = create({
        schema,
        components: { tokenizer: { language: 'french', stemming: true, stemmer, stopWords: stopwords } },
      });
      await insertMultiple(db, suppliers.map(flatten), 1000);
      return async (query) => {
        const found = await oramaSearch(db, { term: query, tolerance: 1, boost: BOOST, limit: suppliers.length });
        return found.count;
      };
    },
  },
];

// ---- measuring

// The heap held by an index is only readable after a full collection.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function heapMB(): number {
  collect();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

const round = (value: number) => Math.round(value * 100) / 100;

// CPU time of this process rather than wall time: the machine is shared, and a
// loaded neighbour would otherwise be measured along with the library.
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function measure(engine: Engine, suppliers: Supplier[]): Promise<TextEngineRow> {
  const before = heapMB();
  const start = cpuMs();
  const query = await engine.build(suppliers);
  const buildMs = cpuMs() - start;
  const heap = heapMB() - before;
  for (const text of QUERIES) await query(text);
  const times: number[] = [];
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    for (const text of QUERIES) {
      const begin = cpuMs();
      await query(text);
      times.push(cpuMs() - begin);
    }
  }
  times.sort((a, b) => a - b);
  return {
    engine: engine.name,
    documents: suppliers.length,
    buildMs: Math.round(buildMs),
    heapMB: Math.round(heap),
    medianMs: round(percentile(times, 0.5)),
    p95Ms: round(percentile(times, 0.95)),
    typoHits: await query(TYPO_QUERY),
    multiWordHits: await query(MULTI_WORD_QUERY),
  };
}

export async function runTextEngineBench(counts: readonly number[] = [10_000, 50_000]): Promise<TextEngineRow[]> {
  const rows: TextEngineRow[] = [];
  for (const count of counts) {
    const suppliers = generateDemoSuppliers({ count });
    for (const engine of engines) rows.push(await measure(engine, suppliers));
  }
  return rows;
}

export function formatTextEngineRows(rows: readonly TextEngineRow[]): string {
  const header = '| engine | documents | build ms | heap MB | median ms | p95 ms | "traitteur" hits | "netoyage bureaux" hits |';
  const lines = rows.map(
    (row) =>
      `| ${row.engine} | ${row.documents} | ${row.buildMs} | ${row.heapMB} | ${row.medianMs} | ${row.p95Ms} | ${row.typoHits} | ${row.multiWordHits} |`,
  );
  return [header, '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |', ...lines].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = Number(process.argv[2]);
  const rows = await runTextEngineBench(count > 0 ? [count] : undefined);
  console.log(formatTextEngineRows(rows));
}
