/**
 * What the needs tests share: a handful of suppliers around Rennes (real communes),
 * a valid need, a mailer that records, and an app with the needs flow wired on a
 * given database.
 */
import type { NeedInput, Supplier } from '../../../sdk/src/types.js';
import { fakeGeography } from '../../test-support/fakes.test-support.js';
import { createApp } from '../app.js';
import { getGeography } from '../domain/geography.js';
import { createDefaultEngine } from '../engine/embedded/default.js';
import { activity, addressIn, BREST, makeSupplier, NANTES } from '../engine/embedded/suppliers.test-support.js';
import type { KeyStore } from '../keys/store.js';
import type { Mailer, MailMessage } from '../mail/types.js';
import { migrate } from '../storage/migrate.js';
import type { Database } from '../storage/database.js';
import { createNeedsRuntime, type NeedsRuntimeOptions } from './index.js';

export const SECTOR = 'creation-et-entretien-des-espaces-verts';
export const SECRET = 'a-test-secret-of-at-least-32-characters!';
export const PUBLIC_URL = 'http://needs.test';

const sector = (range: Parameters<typeof activity>[1]) => [activity(SECTOR, range)];

export const SUPPLIERS: Supplier[] = [
  makeSupplier('rennes-a', { name: 'ATELIER A', contact: { email: 'a@suppliers.test', phone: '02 99 00 00 01' }, activities: sector({ type: 'CUSTOM', km: 30 }) }),
  makeSupplier('rennes-b', { name: 'ESAT B', kind: 'ESAT', contact: { email: 'b@suppliers.test' }, activities: sector({ type: 'CUSTOM', km: 30 }) }),
  makeSupplier('rennes-c', { name: 'JARDINS C', contact: { phone: '02 99 00 00 03' }, website: 'https://jardins-c.test', activities: sector({ type: 'CUSTOM', km: 30 }) }),
  makeSupplier('brest-d', { name: 'EA D', kind: 'EA', address: addressIn(BREST, 'Brest'), contact: { email: 'd@suppliers.test' }, activities: sector({ type: 'ZONES', zones: ['region:53'] }) }),
  makeSupplier('nantes-e', { name: 'NANTES E', address: addressIn(NANTES, 'Nantes'), contact: { email: 'e@suppliers.test' }, activities: sector({ type: 'CUSTOM', km: 10 }) }),
  makeSupplier('rennes-f', { name: 'OTHER F', contact: { email: 'f@suppliers.test' }, activities: [activity('nettoyage-industriel', { type: 'CUSTOM', km: 30 })] }),
];
/** Who a need for green spaces in Rennes reaches: all but Nantes (too far) and F (another sector). */
export const RENNES_RECIPIENTS = ['rennes-a', 'rennes-b', 'rennes-c', 'brest-d'];

export const NOW = Date.parse('2030-01-10T09:00:00Z');

export const NEED: NeedInput = {
  kind: 'QUOTE',
  title: 'Entretien des espaces verts',
  description: 'Tonte et taille des haies de trois parcs, de mars à octobre.',
  sectors: [SECTOR as NeedInput['sectors'][number]],
  places: ['commune:35238'],
  deadline: '2030-02-01',
  amount: '10-15K',
  buyer: { name: 'Camille Martin', organisation: 'Ville de Rennes', email: 'camille@buyer.test' },
};

/** A mailer that keeps what it is given; `failing` makes it refuse, like an SMTP server down. */
export function memoryMailer() {
  const sent: MailMessage[] = [];
  const mailer: Mailer & { sent: MailMessage[]; failing: boolean } = {
    kind: 'smtp',
    sent,
    failing: false,
    async send(message) {
      if (mailer.failing) throw new Error('SMTP unavailable');
      sent.push(message);
    },
    async close() {},
  };
  return mailer;
}

/** The token of the first link to `path` in a mail's text. */
export function linkIn(message: MailMessage, path: RegExp): { url: URL; token: string } {
  const found = message.text.match(/https?:\/\/\S+/g)?.map((text) => new URL(text)).find((url) => path.test(url.pathname));
  if (!found) throw new Error(`No link to ${path} in ${message.subject}`);
  return { url: found, token: found.searchParams.get('token')! };
}

export interface HarnessOptions extends Partial<Omit<NeedsRuntimeOptions, 'db' | 'mailer'>> {
  db: Database;
  mailer: Mailer;
  keys?: KeyStore;
  suppliers?: Supplier[];
  postingRate?: { perMinute: number; burst: number };
}

export async function needsHarness(options: HarnessOptions) {
  await migrate(options.db);
  const engine = createDefaultEngine(options.suppliers ?? SUPPLIERS);
  const geography = getGeography();
  let clock = options.now ? options.now() : NOW;
  const now = options.now ?? (() => clock);
  const runtime = createNeedsRuntime({
    engine,
    places: geography,
    publicUrl: PUBLIC_URL,
    secret: SECRET,
    ...options,
    worker: { ratePerSecond: 10_000, backoff: () => 1, ...options.worker },
    now,
  });
  const app = createApp({
    engine,
    geography: { ...fakeGeography(), servedPlace: (id) => geography.servedPlace(id) },
    keys: options.keys,
    now,
    needs: { service: runtime.service, db: options.db, tokens: runtime.tokens, postingRate: options.postingRate ?? { perMinute: 60, burst: 1000 } },
  });
  return {
    app,
    runtime,
    engine,
    /** Moves the harness clock (when no `now` was given). */
    advance: (ms: number) => (clock += ms),
    post: (body: unknown, headers: Record<string, string> = {}) =>
      app.request('/v1/needs', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }),
    /** Submits a page's form as a browser would. */
    submit: (path: string, fields: Record<string, string>) =>
      app.request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() }),
  };
}
