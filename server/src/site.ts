/**
 * The demo site around the API, for `npm start`: the pages of demo/ and, from dist/, only
 * the files meant for browsers, served from disk as a user's web server would. Node only.
 *
 * dist/ also holds the server's own modules and the edge bundle (dist/worker.js), which
 * carries every supplier, the delisted ones included: none of that is ever served.
 */
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';

/**
 * What a page may load from /dist/: the widget bundle (its stable name, and the pinned copies
 * named by their content that the build writes for SRI, and the chunks it loads beside itself,
 * named by their content too), <inclusif-potential>'s file, the need dialog (and its copy
 * named by its content, which the bundle imports), the SDK module, the demo's own
 * InstantSearch script, and the source maps of those.
 */
const BROWSER_FILE = /^(?:inclusif-search(?:-[a-z0-9.-]+)?(?:\.[0-9a-f]{12})?\.js|inclusif-potential\.js|inclusif-need-dialog(?:\.[0-9a-f]{12})?\.js|sdk\/index\.js|demo-instantsearch\.js)(?:\.map)?$/;
/** A copy named by its content never changes: caches may keep it for a year without asking. */
const PINNED_FILE = /\.[0-9a-f]{12}\.js(?:\.map)?$/;
const PINNED_CACHE = 'public, max-age=31536000, immutable';
/** A stable name follows each release: kept briefly, then revalidated (ETag, 304). */
const STABLE_CACHE = 'public, max-age=300, must-revalidate';

export function isBrowserFile(pathInDist: string): boolean {
  return BROWSER_FILE.test(pathInDist);
}

export function withDemoSite<T extends Hono<any, any, any>>(app: T, root: string): T {
  app.use('/dist/*', browserFiles(root));
  app.use('/*', serveStatic({ root: `${root}/demo` }));
  return app;
}

/**
 * /dist/ for pages of any origin: the widget is a module script, fetched with CORS, so it
 * needs Access-Control-Allow-Origin (no credentials ever ride along: a wildcard is right)
 * and a Cross-Origin-Resource-Policy that lets other sites embed it.
 */
function browserFiles(root: string): MiddlewareHandler {
  const serve = serveStatic({ root });
  const revalidate = etag({ weak: true });
  return async function browserFiles(c, next) {
    const file = c.req.path.slice('/dist/'.length);
    if (!isBrowserFile(file)) return c.notFound();
    const pinned = PINNED_FILE.test(file);
    const answer = async () => {
      // Called here rather than mounted, so its answer is set by hand, as Hono would.
      const served = await serve(c, next);
      if (served) c.res = served;
      if (!c.res.ok) return;
      c.res.headers.set('Access-Control-Allow-Origin', '*');
      c.res.headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
      c.res.headers.set('Cache-Control', pinned ? PINNED_CACHE : STABLE_CACHE);
    };
    return pinned ? answer() : revalidate(c, answer);
  };
}
