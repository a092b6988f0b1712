/**
 * /admin/insights: the insights as a page for a site's webmaster, rendered on the
 * server with no script at all. GET shows the form; the form POSTs the admin key, the
 * site key's name and the period, and the answer is the report with its charts. The
 * key lives in that form only (sent back in the page, never in a URL, a cookie or a
 * cache: `no-store`); only a same-origin POST is read.
 */
import { Hono, type Context } from 'hono';
import type { InsightsReport } from '../../../../sdk/src/types.js';
import { bodySize } from '../../http/body-size.js';
import type { AppEnv } from '../../http/env.js';
import { readInsights } from '../../insights/store.js';
import type { InsightsRecorder } from '../../insights/recorder.js';
import { isAdminKeyText } from '../../keys/hash.js';
import type { KeyStore } from '../../keys/store.js';
import type { Queryable } from '../../storage/database.js';
import { html, SafeHtml } from '../../html/index.js';
import { barsChart, funnelSteps, weeklyChart } from './charts.js';
import { period } from './index.js';
import { INSIGHTS_CSS } from './page.styles.js';

export interface InsightsPageOptions {
  db: Queryable;
  recorder: InsightsRecorder;
  keys: KeyStore;
  now?: () => number;
}

interface FormValues {
  adminKey: string;
  keyName: string;
  from: string;
  to: string;
}

async function pageCsp(): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(INSIGHTS_CSS));
  const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
  return `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`;
}

export function insightsPage({ db, recorder, keys, now = Date.now }: InsightsPageOptions) {
  let csp: Promise<string> | undefined;
  const answer = async (c: Context<AppEnv>, body: SafeHtml, status: 200 | 400 | 401 | 403 = 200) =>
    c.html(layout(body).value, status, { 'Content-Security-Policy': await (csp ??= pageCsp()), 'Cache-Control': 'no-store' });

  return new Hono<AppEnv>()
    .get('/', (c) => answer(c, form(defaults(now()))))
    .post('/', bodySize(), async (c) => {
      if (!sameOrigin(c)) return answer(c, html`<p class="error" role="alert">Formulaire refusé : il doit venir de cette page.</p>`, 403);
      const fields = await c.req.parseBody();
      const text = (name: string) => (typeof fields[name] === 'string' ? (fields[name] as string).trim() : '');
      const values: FormValues = { adminKey: text('adminKey'), keyName: text('keyName'), from: text('from'), to: text('to') };
      const lookup = isAdminKeyText(values.adminKey) ? await keys.adminKey(values.adminKey, now()) : { status: 'unknown' as const };
      if (lookup.status !== 'valid') {
        return answer(c, html`${form({ ...values, adminKey: '' })}<p class="error" role="alert">Clé d’administration refusée. <span lang="en">Admin key refused.</span></p>`, 401);
      }
      let range: { from: string; to: string };
      try {
        if (!values.keyName) throw new Error('Indiquez le nom de la clé du site.');
        range = period(values.from || undefined, values.to || undefined, now());
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return answer(c, html`${form(values)}<p class="error" role="alert">${message}</p>`, 400);
      }
      await recorder.flush();
      const report = await readInsights(db, values.keyName, range.from, range.to);
      return answer(c, html`${form({ ...values, ...range })}${reportSections(report)}`);
    });
}

function defaults(now: number): FormValues {
  const { from, to } = period(undefined, undefined, now);
  return { adminKey: '', keyName: '', from, to };
}

/**
 * Browsers say where a form comes from in Sec-Fetch-Site; Origin is "null" under the
 * page's no-referrer policy, so it only counts when it names a site. A POST from
 * another site is not read; a script (neither header) must still bring the key.
 */
function sameOrigin(c: Context): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined) return site === 'same-origin';
  const origin = c.req.header('origin');
  return origin === undefined || origin === 'null' || origin === new URL(c.req.url).origin;
}

function layout(body: SafeHtml): SafeHtml {
  return html`<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Statistiques du site – achat-inclusif</title>
<style>${new SafeHtml(INSIGHTS_CSS)}</style>
</head>
<body>
<header><p>achat-inclusif <span>Statistiques d’un site intégrant la recherche / <span lang="en">Insights of an embedding site</span></span></p></header>
<main>
<h1>Ce que cherchent vos visiteurs</h1>
<p class="note">Des comptes par jour, rien d’autre : ni adresse IP, ni personne. <span lang="en">Counts per day, nothing else: no IP address, no person.</span></p>
${body}
</main>
</body>
</html>`;
}

function form(values: FormValues): SafeHtml {
  return html`<form method="post" action="/admin/insights" autocomplete="off">
  <div><label for="adminKey">Clé d’administration (sk_…)</label><input id="adminKey" name="adminKey" type="password" required value="${values.adminKey}"></div>
  <div><label for="keyName">Nom de la clé du site</label><input id="keyName" name="keyName" required value="${values.keyName}"></div>
  <div><label for="from">Du</label><input id="from" name="from" type="date" value="${values.from}"></div>
  <div><label for="to">Au</label><input id="to" name="to" type="date" value="${values.to}"></div>
  <div><button type="submit">Afficher</button></div>
</form>`;
}

function reportSections(report: InsightsReport): SafeHtml {
  const t = report.totals;
  const rate = t.searches ? Math.round((t.zeroResults / t.searches) * 100) : 0;
  return html`<h2 id="summary">Du ${report.from} au ${report.to} : site « ${report.key} »</h2>
<ul class="tiles">
  <li><strong>${t.searches}</strong> recherches</li>
  <li><strong>${rate} %</strong> sans résultat</li>
  <li><strong>${t.contacts}</strong> contacts</li>
  <li><strong>${t.needsPosted}</strong> besoins publiés</li>
  <li><strong>${t.contracts}</strong> contrats déclarés${t.contractAmountEur ? html`, ${t.contractAmountEur} €` : ''}</li>
</ul>
<h2>Recherches et recherches sans résultat, par semaine</h2>
${weeklyChart(report)}
<h2>De la recherche au contrat</h2>
${barsChart('De la recherche au contrat', funnelSteps(report), '')}
<h2>Ce qui a été cherché sans rien trouver</h2>
<p class="note">Là où recruter ou développer une offre : texte cherché (mots personnels retirés) et filtres.</p>
${barsChart('Recherches sans résultat les plus fréquentes', report.topZeroResultQueries, 'Aucune recherche sans résultat sur la période.')}
<h2>Les plus cherchés</h2>
${barsChart('Textes les plus cherchés', report.topQueries, 'Aucun texte cherché sur la période.')}
${barsChart('Secteurs les plus demandés', report.topSectors, 'Aucun secteur demandé sur la période.')}
${barsChart('Lieux les plus demandés', report.topPlaces, 'Aucun lieu demandé sur la période.')}`;
}
