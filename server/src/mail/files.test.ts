/** Without SMTP_URL: mail written as .eml files in the data dir, listed and read back on /dev/mail. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mailPage } from '../api/needs/mail-page.js';
import { filesMailer } from './files.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'mail-'));
});
afterEach(() => rm(directory, { recursive: true, force: true }));

const message = (n: number) => ({
  to: `s${n}@suppliers.test`,
  subject: `Nouveau besoin ${n} <b>`,
  text: 'Texte',
  html: '<p>HTML</p>',
  messageId: `<need.n1.s${n}@needs.test>`,
});

describe('the files mailer', () => {
  it('writes one .eml per message, which parses back to what was sent', async () => {
    let clock = 1_700_000_000_000;
    const mailer = filesMailer({ directory: join(directory, 'mail'), from: 'achat-inclusif <besoins@needs.test>', now: () => clock++ });
    await mailer.send(message(1));
    await mailer.send(message(2));
    const names = await mailer.list();
    expect(names).toHaveLength(2);
    const parsed = await simpleParser((await mailer.read(names[1]!))!);
    expect(parsed).toMatchObject({ subject: 'Nouveau besoin 1 <b>', text: 'Texte', messageId: '<need.n1.s1@needs.test>' });
    expect(await mailer.read('../../etc/passwd')).toBeUndefined();
  });

  it('lists the files on /dev/mail, escaped, and serves each as plain text', async () => {
    const mailer = filesMailer({ directory, from: 'achat-inclusif <besoins@needs.test>' });
    await mailer.send(message(3));
    const app = new Hono().route('/dev/mail', mailPage(mailer));
    const page = await (await app.request('/dev/mail')).text();
    const [name] = await mailer.list();
    expect(page).toContain(`href="/dev/mail/${name}"`);
    const raw = await app.request(`/dev/mail/${name}`);
    expect(raw.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await raw.text()).toContain('Subject: Nouveau besoin 3 <b>');
    expect((await app.request('/dev/mail/..%2Fsecret.eml')).status).toBe(404);
  });
});
