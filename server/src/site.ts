/**
 * The demo site around the API, for `npm start`: the pages of demo/ and the built
 * artefacts of dist/, served from disk as a user's web server would. Node only.
 */
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

export function withDemoSite<T extends Hono<any, any, any>>(app: T, root: string): T {
  app.use('/dist/*', serveStatic({ root }));
  app.use('/*', serveStatic({ root: `${root}/demo` }));
  return app;
}
