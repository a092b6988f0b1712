/** Where the needs flow answers: the JSON API, the pages of the mail links, the admin routes. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { FilesMailer } from '../../mail/files.js';
import type { AppEnv } from '../../http/env.js';
import { errorBody } from '../../errors.js';
import { needsAdmin } from './admin.js';
import { buyerPages } from './buyer-pages.js';
import { needsApi, type NeedsApiOptions } from './index.js';
import { mailPage } from './mail-page.js';
import { supplierPages } from './supplier-page.js';

export interface NeedsRoutesOptions extends NeedsApiOptions {
  /** With the files mailer, /dev/mail lists what was written. */
  filesMailer?: FilesMailer;
}

/** Forms on these pages hold a token and a short message at most. */
const FORM_LIMIT = 16 * 1024;

export function mountNeeds(app: Hono<AppEnv>, options: NeedsRoutesOptions): void {
  app.route('/v1/needs', needsApi(options));
  app.route('/v1/admin/needs', needsAdmin(options));
  const pages = new Hono<AppEnv>().use(
    bodyLimit({ maxSize: FORM_LIMIT, onError: (c) => c.json(errorBody(c, 'payload_too_large', 'The form is too large.'), 413) }),
  );
  pages.route('/', supplierPages(options)).route('/', buyerPages(options));
  app.route('/needs', pages);
  if (options.filesMailer) app.route('/dev/mail', mailPage(options.filesMailer));
}
