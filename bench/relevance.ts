/**
 * Relevance: the labelled queries of bench/relevance-set.json (exact names, names
 * without accents, typos, name + city, what + where, SIRET, SIREN) asked of
 * GET /v1/suppliers over the demo suppliers and the realistic sample of the real
 * directory, as a buyer's one box asks them. A query is right at 1 when the first
 * hit is one of its answers, at 3 when one of the first three is. Goal: top-3 at
 * least 97% overall and 90% in every class. `npx tsx bench/relevance.ts` runs it
 * alone; `npm run bench` reports it too.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SearchResponse } from '../sdk/src/types.js';
import { createApp } from '../server/src/app.js';
import { getGeography } from '../server/src/domain/geography.js';
import { createDefaultEngine } from '../server/src/engine/embedded/default.js';
import { plan } from '../server/src/planner/plan.js';
import { relevanceCorpus } from './relevance-data.js';
import type { LabelledQuery, RelevanceClass } from './relevance-set.js';

export interface RelevanceRow {
  class: RelevanceClass | 'all';
  queries: number;
  top1: number;
  top3: number;
}

export interface RelevanceResults {
  suppliers: number;
  rows: RelevanceRow[];
  /** The queries not right at 3, to look at. */
  misses: { class: RelevanceClass; q: string; got: string[] }[];
}

const SET = fileURLToPath(new URL('./relevance-set.json', import.meta.url));
const CLASSES: RelevanceClass[] = ['exact name', 'name without accents', 'typo', 'name + city', 'what + where', 'SIRET', 'SIREN'];

const percent = (n: number, of: number) => Math.round((1000 * n) / of) / 10;

export async function runRelevanceBench(): Promise<RelevanceResults> {
  const { demo, sample } = await relevanceCorpus();
  const suppliers = [...demo, ...sample];
  const engine = createDefaultEngine(suppliers);
  const geography = getGeography();
  // One client asking hundreds of questions at once: no rate limit.
  const unlimited = { perMinute: 1_000_000, burst: 1_000_000 };
  const app = createApp({ engine, geography, rateLimit: { anonymous: unlimited, siteKeyDefault: unlimited } });
  const set = JSON.parse(readFileSync(SET, 'utf8')) as LabelledQuery[];

  /** Whether the structured search a what + where query stands for finds this supplier. */
  const meets = async (means: NonNullable<LabelledQuery['means']>, id: string) => {
    const query = plan({ ...means, perPage: 1 }, { places: geography });
    const found = await engine.search({ ...query, filter: { op: 'and', filters: [query.filter, { op: 'in', field: 'id', values: [id] }] }, facets: [] });
    return found.found === 1;
  };

  const scores = new Map<RelevanceClass, { top1: number; top3: number; queries: number }>(CLASSES.map((c) => [c, { top1: 0, top3: 0, queries: 0 }]));
  const misses: RelevanceResults['misses'] = [];
  for (const query of set) {
    const res = await app.request(`/v1/suppliers?q=${encodeURIComponent(query.q)}&perPage=3`);
    if (res.status !== 200) throw new Error(`"${query.q}": ${res.status} ${await res.text()}`);
    const got = ((await res.json()) as SearchResponse).hits.map((hit) => hit.supplier.id);
    const right: boolean[] = [];
    for (const id of got) right.push(query.means ? await meets(query.means, id) : query.ids!.includes(id));
    const score = scores.get(query.class)!;
    score.queries++;
    if (right[0]) score.top1++;
    if (right.some(Boolean)) score.top3++;
    else misses.push({ class: query.class, q: query.q, got });
  }
  const rows: RelevanceRow[] = CLASSES.map((c) => {
    const { queries, top1, top3 } = scores.get(c)!;
    return { class: c, queries, top1: percent(top1, queries), top3: percent(top3, queries) };
  });
  const total = [...scores.values()].reduce((sum, s) => ({ queries: sum.queries + s.queries, top1: sum.top1 + s.top1, top3: sum.top3 + s.top3 }), { queries: 0, top1: 0, top3: 0 });
  rows.push({ class: 'all', queries: total.queries, top1: percent(total.top1, total.queries), top3: percent(total.top3, total.queries) });
  return { suppliers: suppliers.length, rows, misses };
}

export function formatRelevance(results: RelevanceResults): string {
  const all = results.rows.find((row) => row.class === 'all')!;
  const weakest = Math.min(...results.rows.map((row) => row.top3));
  const met = all.top3 >= 97 && weakest >= 90;
  return [
    `${all.queries} labelled queries (bench/relevance-set.json) over ${results.suppliers.toLocaleString('en')} suppliers (demo + realistic sample), through GET /v1/suppliers. Target: top-3 >= 97% overall, no class under 90%: ${met ? 'yes' : '**no**'}.`,
    '',
    '| class | queries | top-1 % | top-3 % |',
    '| --- | ---: | ---: | ---: |',
    ...results.rows.map((row) => `| ${row.class} | ${row.queries} | ${row.top1} | ${row.top3} |`),
    ...(results.misses.length ? ['', 'Not in the first three:', ...results.misses.map((miss) => `- ${miss.class}: "${miss.q}" -> ${miss.got.join(', ') || 'nothing'}`)] : []),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(formatRelevance(await runRelevanceBench()));
}
