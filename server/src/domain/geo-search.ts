import type { Place } from '../../../sdk/src/types.js';
import { fold } from './text-normalize.js';

/**
 * Search-as-you-type over places. Every word start of every name is a key in
 * one sorted array, so a prefix is a binary search and a scan of its range;
 * postcodes get a sorted array of their own.
 */

/** A place with what ranking needs: departments and regions count their communes' population. */
export interface SearchablePlace {
  place: Place;
  population: number;
  postcodes: readonly string[];
}

/**
 * Match quality, best first. A code typed whole names one place: it beats the exact
 * postcode matches of the same digits (Stonne is commune 08430; postcode 08430 serves 15 others).
 */
const Tier = { Code: 0, Exact: 1, Prefix: 2, WordPrefix: 3 } as const;
type Tier = (typeof Tier)[keyof typeof Tier];

const TYPE_ORDER = { region: 0, department: 1, commune: 2 } as const;

/** Abbreviations people type for the words that start so many commune names. */
const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte' };

/** "Saint-Étienne", "saint etienne" and "SAINT ETIENNE" all become "saint etienne". */
export function normalizePlaceName(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function normalizeQuery(q: string): string {
  return normalizePlaceName(q)
    .split(' ')
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ');
}

interface Key {
  key: string;
  target: number;
  /** The key is the whole name from its first word. */
  fromStart: boolean;
}

interface Candidate {
  target: number;
  tier: Tier;
}

/** First index in the sorted array whose key is >= prefix. */
function lowerBound<T>(sorted: readonly T[], keyOf: (item: T) => string, prefix: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(sorted[mid]) < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class PlaceSearch {
  private readonly nameKeys: Key[] = [];
  private readonly postcodeKeys: { postcode: string; target: number }[] = [];
  private readonly departmentByCode = new Map<string, number>();
  private readonly communeByCode = new Map<string, number>();

  constructor(private readonly places: readonly SearchablePlace[]) {
    places.forEach(({ place, postcodes }, target) => {
      const name = normalizePlaceName(place.name);
      let start = 0;
      while (start >= 0) {
        this.nameKeys.push({ key: name.slice(start), target, fromStart: start === 0 });
        const space = name.indexOf(' ', start);
        start = space < 0 ? -1 : space + 1;
      }
      for (const postcode of postcodes) this.postcodeKeys.push({ postcode, target });
      if (place.type === 'department') this.departmentByCode.set(place.code.toLowerCase(), target);
      if (place.type === 'commune') this.communeByCode.set(place.code.toLowerCase(), target);
    });
    this.nameKeys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    this.postcodeKeys.sort((a, b) => (a.postcode < b.postcode ? -1 : a.postcode > b.postcode ? 1 : 0));
  }

  /**
   * Places matching q, best first: the place whose code it is (department code,
   * INSEE code), exact matches (name, postcode), then prefixes (any word of a department or region name),
   * then a later word of a commune name; within a tier, the more populous first.
   */
  search(q: string, limit: number): Place[] {
    const query = normalizeQuery(q);
    if (!query || limit <= 0) return [];
    const best = new TopPlaces(limit, this.places);
    for (const byCode of [this.departmentByCode, this.communeByCode]) {
      const target = byCode.get(query);
      if (target !== undefined) best.offer({ target, tier: Tier.Code });
    }
    if (/^\d{2,5}$/.test(query)) {
      const from = lowerBound(this.postcodeKeys, (k) => k.postcode, query);
      for (let i = from; i < this.postcodeKeys.length && this.postcodeKeys[i].postcode.startsWith(query); i++) {
        const { postcode, target } = this.postcodeKeys[i];
        best.offer({ target, tier: postcode === query ? Tier.Exact : Tier.Prefix });
      }
    }
    const from = lowerBound(this.nameKeys, (k) => k.key, query);
    for (let i = from; i < this.nameKeys.length && this.nameKeys[i].key.startsWith(query); i++) {
      const { key, target, fromStart } = this.nameKeys[i];
      // Departments and regions are few and large: "marne" must reach Val-de-Marne
      // before a small commune named Marnes-something.
      const later = this.places[target].place.type === 'commune' ? Tier.WordPrefix : Tier.Prefix;
      const tier = !fromStart ? later : key === query ? Tier.Exact : Tier.Prefix;
      best.offer({ target, tier });
    }
    return best.places();
  }
}

/** The best `limit` candidates seen so far, one per place, kept sorted. */
class TopPlaces {
  private readonly kept: Candidate[] = [];

  constructor(
    private readonly limit: number,
    private readonly searchable: readonly SearchablePlace[],
  ) {}

  offer(candidate: Candidate): void {
    // A candidate no better than the last kept one cannot improve the list,
    // not even by upgrading its own place's tier.
    if (this.kept.length === this.limit && this.compare(candidate, this.kept[this.limit - 1]) >= 0) return;
    const existing = this.kept.findIndex((c) => c.target === candidate.target);
    if (existing >= 0) {
      if (this.kept[existing].tier <= candidate.tier) return;
      this.kept.splice(existing, 1);
    }
    let at = this.kept.length;
    while (at > 0 && this.compare(candidate, this.kept[at - 1]) < 0) at--;
    this.kept.splice(at, 0, candidate);
    if (this.kept.length > this.limit) this.kept.pop();
  }

  places(): Place[] {
    return this.kept.map((c) => this.searchable[c.target].place);
  }

  private compare(a: Candidate, b: Candidate): number {
    const pa = this.searchable[a.target];
    const pb = this.searchable[b.target];
    return (
      a.tier - b.tier ||
      pb.population - pa.population ||
      TYPE_ORDER[pa.place.type] - TYPE_ORDER[pb.place.type] ||
      (pa.place.code < pb.place.code ? -1 : pa.place.code > pb.place.code ? 1 : 0)
    );
  }
}
