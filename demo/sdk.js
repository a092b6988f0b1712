// A custom search UI written with the SDK alone (no widget), as a developer would.
// 'achat-inclusif/sdk' is resolved by the page's import map to /dist/sdk/index.js;
// with a bundler, the same import resolves to the npm package.
import { createClient, isApiError, isNetworkError, isTimeoutError } from 'achat-inclusif/sdk';

const PER_PAGE = 20;
const inclusif = createClient({ baseUrl: location.origin });

const form = document.querySelector('#search');
const status = document.querySelector('#status');
const results = document.querySelector('#results');
const more = document.querySelector('#more');
const errorBox = document.querySelector('#error');

/** Labels of sectors and kinds, for display; filled from the taxonomy. */
const labels = { sectors: new Map(), kinds: new Map() };
let current = { request: {}, page: 0, pages: 0, controller: new AbortController() };

function readRequest() {
  const data = new FormData(form);
  const request = { q: String(data.get('q') ?? '').trim() || undefined };
  const family = data.get('family');
  if (family) request.families = [family];
  const sectorGroup = data.get('sectorGroup');
  if (sectorGroup) request.sectorGroups = [sectorGroup];
  const department = data.get('department');
  if (department) request.serves = [`department:${department}`];
  if (data.get('socialClause')) request.socialClause = true;
  return request;
}

/** A new search replaces the results; the previous one still in flight is aborted. */
async function searchAgain() {
  current.controller.abort();
  current = { request: readRequest(), page: 0, pages: 0, controller: new AbortController() };
  results.replaceChildren();
  await loadPage(1);
}

async function loadPage(page) {
  const { request, controller } = current;
  hideError();
  more.disabled = true;
  form.setAttribute('aria-busy', 'true');
  try {
    const response = await inclusif.search({ ...request, page, perPage: PER_PAGE }, { signal: controller.signal });
    current.page = response.page;
    current.pages = response.pages;
    results.append(...response.hits.map(renderHit));
    status.textContent = foundText(response.found, results.children.length);
    more.hidden = response.page >= response.pages;
  } catch (error) {
    if (controller.signal.aborted) return;
    showError(error);
  } finally {
    if (!controller.signal.aborted) {
      more.disabled = false;
      form.removeAttribute('aria-busy');
    }
  }
}

function foundText(found, shown) {
  const fr = found === 0 ? 'Aucun fournisseur' : `${found.toLocaleString('fr-FR')} fournisseur${found > 1 ? 's' : ''}`;
  return found === 0 ? `${fr} / No supplier` : `${fr} (${shown} affichés / shown)`;
}

/** Supplier data goes in as text only (textContent), never as HTML. */
function renderHit({ supplier, distanceKm }) {
  const item = element('li', 'hit');
  item.dataset.supplier = supplier.id;
  const title = element('h3', '', supplier.brand || supplier.name);
  const kind = element('span', 'kind', supplier.kind);
  kind.title = labels.kinds.get(supplier.kind) ?? supplier.kind;
  title.prepend(kind, ' ');
  const place = `${supplier.address.postcode} ${supplier.address.city}`;
  const where = element('p', 'where', distanceKm === undefined ? place : `${place} · ${distanceKm.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} km`);
  const sectors = [...new Set(supplier.activities.map((activity) => labels.sectors.get(activity.sector) ?? activity.sector))];
  item.append(title, where, element('p', 'sectors', sectors.join(' · ')));
  return item;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** What each kind of SDK error means for a user, and the details a developer needs. */
function showError(error) {
  let message;
  if (isApiError(error)) message = `L'API a refusé la requête / The API refused the request: ${error.code} (${error.status}) – ${error.message} [requête ${error.requestId}]`;
  else if (isTimeoutError(error)) message = 'Le serveur met trop de temps à répondre. / The server is too slow to answer.';
  else if (isNetworkError(error)) message = 'Impossible de joindre le serveur. / Cannot reach the server.';
  else message = String(error);
  errorBox.textContent = message;
  errorBox.hidden = false;
}

function hideError() {
  errorBox.hidden = true;
  errorBox.textContent = '';
}

function fillSelect(name, options) {
  const select = form.elements.namedItem(name);
  select.append(...options.map(([value, text]) => Object.assign(document.createElement('option'), { value, textContent: text })));
}

async function start() {
  try {
    const taxonomy = await inclusif.taxonomy();
    for (const group of taxonomy.sectorGroups) for (const sector of group.sectors) labels.sectors.set(sector.slug, sector.label.fr);
    for (const kind of taxonomy.kinds) labels.kinds.set(kind.code, kind.label.fr);
    fillSelect('sectorGroup', taxonomy.sectorGroups.map((group) => [group.slug, group.label.fr]));
    fillSelect('department', taxonomy.departments.map((department) => [department.code, `${department.code} – ${department.name}`]));
  } catch (error) {
    showError(error);
    return;
  }
  let typing;
  form.addEventListener('input', (event) => {
    clearTimeout(typing);
    // Searches as the user types, once they pause; lists and boxes search at once.
    typing = setTimeout(searchAgain, event.target.name === 'q' ? 250 : 0);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    searchAgain();
  });
  more.addEventListener('click', () => loadPage(current.page + 1));
  document.querySelector('#fail').addEventListener('click', async () => {
    // An invalid request on purpose, to show an ApiError as the SDK reports it.
    try {
      await inclusif.search({ q: 'traiteur', perPage: 500 });
    } catch (error) {
      showError(error);
    }
  });
  await searchAgain();
}

start();
