/**
 * Without SMTP_URL, mail is written as .eml files; this page lists them for the
 * developer running `npm start` (the server listens on loopback by default). Mounted
 * only with the files mailer, never with SMTP.
 */
import { Hono } from 'hono';
import type { FilesMailer } from '../../mail/files.js';
import type { AppEnv } from '../../http/env.js';
import { html } from '../../html/index.js';
import { page } from './layout.js';

export function mailPage(mailer: FilesMailer) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const names = await mailer.list();
      return page(
        c,
        { fr: 'Courriels écrits', en: 'Mail written' },
        html`<h1>Courriels écrits <span class="en" lang="en">/ Mail written</span></h1>
<p>Sans <code>SMTP_URL</code>, les courriels sont écrits dans <code>${mailer.directory}</code>. <span lang="en">Without SMTP_URL, mail is written to this directory.</span></p>
${names.length ? html`<ul>${names.map((name) => html`<li><a href="/dev/mail/${name}">${name}</a></li>\n`)}</ul>` : html`<p>Aucun pour l'instant. <span lang="en">None yet.</span></p>`}`,
      );
    })
    .get('/:name', async (c) => {
      const raw = await mailer.read(c.req.param('name'));
      if (!raw) return c.text('Introuvable / Not found', 404);
      c.header('Content-Security-Policy', "default-src 'none'");
      return c.body(new Uint8Array(raw), 200, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    });
}
