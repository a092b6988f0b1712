/**
 * POST /v1/needs (a site key posts a need; 201 with what it would reach) and
 * GET /v1/needs/:id?token= (the buyer's follow-up, for needs.get).
 */
import { Hono, type Context } from 'hono';
import type { NeedCreated, PlaceId } from '../../../../sdk/src/types.js';
import type { SearchEngine } from '../../query/types.js';
import { ApiException, invalidParameter } from '../../errors.js';
import { scopeFilter } from '../../keys/scope.js';
import type { KeyScope } from '../../keys/types.js';
import { followUp } from '../../needs/follow-up.js';
import type { NeedsService, Poster } from '../../needs/service.js';
import type { Tokens } from '../../needs/tokens.js';
import { clientAddress as defaultClientAddress, type ClientAddress } from '../../http/rate-limit/client-address.js';
import { memoryRateLimitStore, type RateLimitStore, type RateRule } from '../../http/rate-limit/store.js';
import type { Database } from '../../storage/database.js';
import type { PlaceDirectory } from '../../domain/geography.js';
import type { AppEnv } from '../../http/env.js';
import { readNeedInput } from './schema.js';

export interface NeedsApiOptions {
  service: NeedsService;
  db: Database;
  engine: SearchEngine;
  geography: Pick<PlaceDirectory, 'servedPlace'>;
  tokens: Tokens;
  /** Needs one key may post from one client address; default 5 at once, then 2 a minute. */
  postingRate?: RateRule;
  rateStore?: RateLimitStore;
  clientAddress?: ClientAddress;
  now?: () => number;
}

export const DEFAULT_POSTING_RATE: RateRule = { perMinute: 2, burst: 5 };
/** How far ahead a deadline may be. */
const MAX_DEADLINE_DAYS = 730;

export function needsApi(options: NeedsApiOptions) {
  const { service, db, engine, geography, tokens } = options;
  const rule = options.postingRate ?? DEFAULT_POSTING_RATE;
  const store = options.rateStore ?? memoryRateLimitStore();
  const addressOf = options.clientAddress ?? defaultClientAddress();
  const now = options.now ?? Date.now;

  return new Hono<AppEnv>()
    .use(async function noStore(c, next) {
      await next();
      c.header('Cache-Control', 'no-store');
    })
    .post('/', async (c) => {
      const poster = posterOf(c);
      const decision = await store.take(`needs|${poster.siteKey}|${addressOf(c) ?? 'unknown'}`, 1, now(), rule);
      if (!decision.allowed) {
        const error = new ApiException(429, 'rate_limited', `Too many needs posted: retry in ${decision.retryAfter} s.`, { retryAfter: decision.retryAfter });
        error.retryAfterSeconds = decision.retryAfter;
        throw error;
      }
      const input = await readNeedInput(c.req.raw);
      if (input.homepage) {
        // A robot filled the hidden field: it is told what a person would be, and nothing is kept.
        const decoy: NeedCreated = { need: { id: crypto.randomUUID().replace(/-/g, '').slice(0, 16), status: 'unconfirmed', recipients: { found: 0, withEmail: 0 } } };
        return c.json(decoy, 201);
      }
      checkDates(input.deadline, input.startDate, now());
      for (const id of input.places ?? []) {
        if (!geography.servedPlace(id)) throw invalidParameter('places', `places: Unknown place "${id}".`, 'invalid_body', { value: id });
      }
      const caller = c.get('caller');
      checkScope(caller?.kind === 'site' ? caller.key.scope : {}, input, geography);
      for (const id of input.supplierIds ?? []) {
        if (!(await engine.get(id))) throw invalidParameter('supplierIds', `supplierIds: Unknown supplier "${id}".`, 'invalid_body', { value: id });
        if (poster.scope && !(await engine.get(id, poster.scope))) outsideScope('supplierIds', `Supplier "${id}" is outside this key's scope.`);
      }
      return c.json(await service.post(input, poster), 201);
    })
    .get('/:id', async (c) => {
      const id = c.req.param('id');
      const check = tokens.verify(c.req.query('token'), { purpose: 'follow', need: id });
      if (!check.ok) {
        throw new ApiException(403, 'forbidden', `This follow-up link is not valid (${check.reason}).`, { parameter: 'token', reason: check.reason });
      }
      const followed = await followUp(db, id);
      if (!followed) throw new ApiException(404, 'not_found', 'No such need.', { parameter: 'id' });
      return c.json(followed);
    });
}

function posterOf(c: Context<AppEnv>): Poster {
  const caller = c.get('caller');
  if (caller?.kind === 'admin') throw new ApiException(403, 'forbidden', 'Needs are posted with a site key, not an admin key.');
  if (caller?.kind !== 'site') return { siteKey: 'anonymous', moderate: false, webhooks: [] };
  return {
    siteKey: caller.key.name,
    scope: scopeFilter(caller.key.scope),
    moderate: caller.key.moderate ?? false,
    webhooks: caller.key.webhooks ?? [],
  };
}

function checkDates(deadline: string, startDate: string | undefined, now: number): void {
  const today = new Date(now).toISOString().slice(0, 10);
  const latest = new Date(now + MAX_DEADLINE_DAYS * 86_400_000).toISOString().slice(0, 10);
  if (deadline < today) throw invalidParameter('deadline', 'deadline: The deadline is past.', 'invalid_body');
  if (deadline > latest) throw invalidParameter('deadline', `deadline: At most ${MAX_DEADLINE_DAYS} days ahead.`, 'invalid_body');
  if (startDate !== undefined && startDate < today) throw invalidParameter('startDate', 'startDate: The start date is past.', 'invalid_body');
}

function outsideScope(parameter: string, message: string): never {
  throw new ApiException(403, 'forbidden', message, { parameter });
}

/** A key posts only inside its scope: its kinds, its regions and departments. */
function checkScope(scope: KeyScope, input: { kinds?: string[]; places?: PlaceId[]; nationwide?: boolean }, geography: Pick<PlaceDirectory, 'servedPlace'>): void {
  const kinds = scope.kinds as string[] | undefined;
  if (kinds && input.kinds?.some((kind) => !kinds.includes(kind))) outsideScope('kinds', "These kinds are outside this key's scope.");
  const bounded = scope.regions ?? scope.departments;
  if (!bounded) return;
  if (input.nationwide) outsideScope('nationwide', "A key bound to regions or departments posts needs for its own places.");
  for (const id of input.places ?? []) {
    const place = geography.servedPlace(id)!;
    const region = place.type === 'region' ? place.code : place.region;
    const department = place.type === 'region' ? undefined : place.type === 'department' ? place.code : place.department;
    const inRegions = !scope.regions || scope.regions.includes(region);
    const inDepartments = !scope.departments || (department !== undefined && scope.departments.includes(department));
    if (!inRegions || !inDepartments) outsideScope('places', `Place "${id}" is outside this key's scope.`);
  }
}
