/**
 * Pulls supplier records from an API in Le Marché de l'inclusion's format: a JSON
 * array, or DRF pages `{count, next, previous, results}` followed by their `next`
 * link. The token goes in an Authorization header, and only to the first URL's
 * origin: a `next` link elsewhere is refused rather than handed the token.
 */

export interface PullOptions {
  url: string;
  token?: string;
  /** ISO date: only records updated after it (`updated_at_after`), for incremental syncs. */
  since?: string;
  fetch?: typeof fetch;
  /** A page larger than this is refused; pages are small (DRF's usual size is 100 records). */
  maxPageBytes?: number;
  signal?: AbortSignal;
}

export class PullError extends Error {
  override name = 'PullError';
}

const MAX_PAGES = 100_000;

export function pullUrl(url: string, since: string | undefined): string {
  const first = new URL(url);
  first.searchParams.delete('updated_at_after');
  if (since) first.searchParams.set('updated_at_after', since);
  return first.toString();
}

/** The URL a sync state is kept under: without the incremental parameter. */
export function sourceKey(url: string): string {
  return pullUrl(url, undefined);
}

export async function* pullMarche(options: PullOptions): AsyncGenerator<unknown> {
  const fetchPage = options.fetch ?? fetch;
  const maxPageBytes = options.maxPageBytes ?? 50 * 1024 * 1024;
  let next: string | null = pullUrl(options.url, options.since);
  const origin = new URL(next).origin;
  for (let page = 0; next; page++) {
    if (page >= MAX_PAGES) throw new PullError('trop de pages / too many pages');
    if (new URL(next).origin !== origin) throw new PullError(`lien « next » vers une autre origine refusé / "next" link to another origin refused: ${next}`);
    const response = await fetchPage(next, {
      headers: { Accept: 'application/json', ...(options.token && { Authorization: `Bearer ${options.token}` }) },
      signal: options.signal,
    });
    if (!response.ok) throw new PullError(`HTTP ${response.status} pour / for ${next}`);
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > maxPageBytes) throw new PullError(`page de plus de ${maxPageBytes} octets / page over ${maxPageBytes} bytes`);
    const text = await response.text();
    if (text.length > maxPageBytes) throw new PullError(`page de plus de ${maxPageBytes} octets / page over ${maxPageBytes} bytes`);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new PullError(`réponse non JSON / response is not JSON: ${next}`);
    }
    if (Array.isArray(body)) {
      yield* body;
      return;
    }
    const drf = body as { results?: unknown; next?: unknown };
    if (typeof drf !== 'object' || drf === null || !Array.isArray(drf.results)) {
      throw new PullError('ni tableau ni page DRF / neither an array nor a DRF page');
    }
    yield* drf.results;
    next = typeof drf.next === 'string' && drf.next ? new URL(drf.next, next).toString() : null;
  }
}
