/**
 * The needs flow through the HTTP API and the pages, on PGlite and on a real
 * PostgreSQL, with a recording mailer: post, confirm, dispatch, answer, follow,
 * close, outcome.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NeedCreated, NeedFollowUp } from '../../../../sdk/src/types.js';
import { linkIn, memoryMailer, NEED, needsHarness, RENNES_RECIPIENTS } from '../../needs/needs.test-support.js';
import type { Database } from '../../storage/database.js';
import { bothDatabases } from '../../storage/databases.test-support.js';

const factories = bothDatabases();

describe.each(factories)('the needs flow on $kind', (factory) => {
  let db: Database;
  let harness: Awaited<ReturnType<typeof needsHarness>>;
  const mailer = memoryMailer();

  beforeAll(async () => {
    db = await factory.open();
    harness = await needsHarness({ db, mailer });
  }, 60_000);
  afterAll(() => db.close());

  const mailsTo = (address: string) => mailer.sent.filter((m) => m.to === address);

  async function postAndConfirm(title: string) {
    const response = await harness.post({ ...NEED, title });
    expect(response.status).toBe(201);
    const created = (await response.json()) as NeedCreated;
    await harness.runtime.worker.drain();
    const confirmation = mailer.sent.find((m) => m.subject.includes(title) && m.to === NEED.buyer.email)!;
    const { url, token } = linkIn(confirmation, /\/confirm$/);
    const follow = linkIn(confirmation, /\/follow$/).token;
    return { id: created.need.id, created, confirmUrl: url, confirmToken: token, follow };
  }

  describe('posting a need', () => {
    it('answers 201 with what it would reach, found through the engine, and sends nothing to suppliers before confirmation', async () => {
      const before = mailer.sent.length;
      const { created, id } = await postAndConfirm('Tonte du parc des Gayeulles');
      expect(created).toEqual({ need: { id, status: 'unconfirmed', recipients: { found: 4, withEmail: 3 } } });
      const sent = mailer.sent.slice(before);
      expect(sent.map((m) => m.to)).toEqual([NEED.buyer.email]);
      const [row] = await db.query<{ status: string; n: number }>(
        `SELECT status, (SELECT count(*)::int FROM outbox WHERE need_id = $1 AND purpose = 'supplier_need') AS n FROM needs WHERE id = $1`,
        [id],
      );
      expect(row).toEqual({ status: 'unconfirmed', n: 0 });
    });

    it('confirms through the signed link: one mail per recipient with an e-mail, frozen recipients, status sent', async () => {
      const { id, confirmUrl, confirmToken } = await postAndConfirm('Taille des haies');
      const page = await harness.app.request(confirmUrl.pathname + confirmUrl.search);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Confirmer et envoyer');
      const before = mailer.sent.length;
      const confirmed = await harness.submit(`/needs/${id}/confirm`, { token: confirmToken });
      expect(confirmed.status).toBe(200);
      expect(await confirmed.text()).toContain('Envoyé aux fournisseurs');
      await harness.runtime.worker.drain();
      const sent = mailer.sent.slice(before);
      expect(sent.map((m) => m.to).sort()).toEqual(['a@suppliers.test', 'b@suppliers.test', 'd@suppliers.test']);
      const recipients = await db.query<{ supplier_id: string }>('SELECT supplier_id FROM need_recipients WHERE need_id = $1 ORDER BY 1', [id]);
      expect(recipients.map((r) => r.supplier_id)).toEqual([...RENNES_RECIPIENTS].sort());
      // A second confirmation (a double click, a mail scanner) sends nothing more.
      await harness.submit(`/needs/${id}/confirm`, { token: confirmToken });
      await harness.runtime.worker.drain();
      expect(mailer.sent.length).toBe(before + 3);
    });

    it('takes a supplier answer: "Intéressé" mails the buyer the supplier contacts, and the follow-up lists it', async () => {
      const { id, confirmToken, follow } = await postAndConfirm('Débroussaillage');
      await harness.submit(`/needs/${id}/confirm`, { token: confirmToken });
      await harness.runtime.worker.drain();
      const toA = mailsTo('a@suppliers.test').find((m) => m.subject.includes('Débroussaillage'))!;
      const answer = linkIn(toA, /\/answer$/);
      const opened = await harness.app.request(answer.url.pathname + answer.url.search);
      expect(opened.status).toBe(200);
      expect(await opened.text()).toContain('Intéressé');
      const before = mailer.sent.length;
      const answered = await harness.submit(`/needs/${id}/answer`, { token: answer.token, answer: 'interested', message: 'Disponibles dès mars <b>!</b>' });
      expect(answered.status).toBe(200);
      await harness.runtime.worker.drain();
      const toBuyer = mailer.sent.slice(before);
      expect(toBuyer).toHaveLength(1);
      expect(toBuyer[0]).toMatchObject({ to: NEED.buyer.email, replyTo: 'a@suppliers.test' });
      expect(toBuyer[0]!.text).toContain('02 99 00 00 01');
      expect(toBuyer[0]!.html).toContain('Disponibles dès mars &lt;b&gt;!&lt;/b&gt;');

      const json = await harness.app.request(`/v1/needs/${id}?token=${encodeURIComponent(follow)}`);
      expect(json.status).toBe(200);
      const followed = (await json.json()) as NeedFollowUp;
      expect(followed.need).toMatchObject({ id, status: 'sent', recipients: { found: 4, withEmail: 3, reached: 3, opened: 1, interested: 1, notInterested: 0 } });
      expect(followed.need.interested).toEqual([
        expect.objectContaining({ id: 'rennes-a', email: 'a@suppliers.test', phone: '02 99 00 00 01', message: 'Disponibles dès mars <b>!</b>' }),
      ]);
      expect(followed.need.withoutEmail).toEqual([expect.objectContaining({ id: 'rennes-c', phone: '02 99 00 00 03', website: 'https://jardins-c.test' })]);

      const page = await (await harness.app.request(`/needs/${id}/follow?token=${encodeURIComponent(follow)}`)).text();
      expect(page).toContain('ATELIER A');
      expect(page).toContain('Disponibles dès mars &lt;b&gt;!&lt;/b&gt;');
      expect(page).not.toContain('<b>!</b>');
      const csv = await harness.app.request(`/needs/${id}/follow.csv?token=${encodeURIComponent(follow)}`);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const lines = (await csv.text()).trim().split('\r\n');
      expect(lines).toHaveLength(3);
      expect(lines[1]).toContain('"a@suppliers.test"');
      expect(lines[2]).toContain('"JARDINS C"');
    });

    it('closes the need from the follow-up page: answers are refused after, and the buyer is asked the outcome after the deadline', async () => {
      const { id, confirmToken, follow } = await postAndConfirm('Élagage');
      await harness.submit(`/needs/${id}/confirm`, { token: confirmToken });
      await harness.runtime.worker.drain();
      const closed = await harness.submit(`/needs/${id}/close`, { token: follow });
      expect(closed.status).toBe(303);
      const toB = mailsTo('b@suppliers.test').find((m) => m.subject.includes('Élagage'))!;
      const late = await harness.submit(`/needs/${id}/answer`, { token: linkIn(toB, /\/answer$/).token, answer: 'interested' });
      expect(late.status).toBe(409);

      harness.advance(40 * 86_400_000);
      expect(await harness.runtime.schedule.askOutcomes()).toBeGreaterThanOrEqual(1);
      await harness.runtime.worker.drain();
      const question = mailsTo(NEED.buyer.email).find((m) => m.subject.includes('abouti') && m.subject.includes('Élagage'))!;
      const outcome = linkIn(question, /\/outcome$/);
      expect((await harness.app.request(outcome.url.pathname + outcome.url.search)).status).toBe(200);
      const bad = await harness.submit(`/needs/${id}/outcome`, { token: outcome.token, signed: 'yes', amount: '-3' });
      expect(bad.status).toBe(400);
      expect((await harness.submit(`/needs/${id}/outcome`, { token: outcome.token, signed: 'yes', amount: '12500' })).status).toBe(200);
      const [row] = await db.query('SELECT status, contract_signed, contract_amount_eur FROM needs WHERE id = $1', [id]);
      expect(row).toEqual({ status: 'closed', contract_signed: 'yes', contract_amount_eur: 12500 });
      harness.advance(-40 * 86_400_000);
    });
  });
});
