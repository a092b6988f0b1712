/**
 * Admin routes of needs, under /v1/admin/needs (admin key): the needs waiting for
 * moderation, approve or reject one, and a buyer's personal data exported or erased.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { ApiException, invalidParameter } from '../../errors.js';
import { requireAdmin } from '../../keys/guard.js';
import { eraseBuyer, exportBuyer } from '../../needs/personal-data.js';
import type { NeedsService } from '../../needs/service.js';
import type { Database } from '../../storage/database.js';
import type { AppEnv } from '../../http/env.js';

const emailSchema = z.email().max(254);

export function needsAdmin({ db, service, now = Date.now }: { db: Database; service: NeedsService; now?: () => number }) {
  const emailOf = (value: unknown): string => {
    const parsed = emailSchema.safeParse(value);
    if (!parsed.success) throw invalidParameter('email', 'email: Expected an e-mail address.');
    return parsed.data;
  };
  const decide = (decision: 'approve' | 'reject') => async (c: import('hono').Context<AppEnv>) => {
    const status = await service.moderate(c.req.param('id')!, decision);
    if (!status) throw new ApiException(409, 'invalid_parameter', 'This need is not waiting for moderation.', { parameter: 'id' });
    return c.json({ need: { id: c.req.param('id'), status } });
  };

  return new Hono<AppEnv>()
    .use(requireAdmin())
    .use(async function noStore(c, next) {
      await next();
      c.header('Cache-Control', 'no-store');
    })
    .get('/', async (c) => {
      const status = c.req.query('status') ?? 'moderation';
      if (!['unconfirmed', 'moderation', 'rejected', 'sent', 'closed'].includes(status)) throw invalidParameter('status', `Unknown value "${status}".`);
      const rows = await db.query<Record<string, unknown>>(
        `SELECT id, site_key, kind, title, recipients_found, created_at, confirmed_at FROM needs WHERE status = $1 ORDER BY created_at LIMIT 500`,
        [status],
      );
      return c.json({
        needs: rows.map((row) => ({
          id: row.id,
          siteKey: row.site_key,
          kind: row.kind,
          title: row.title,
          recipientsFound: row.recipients_found,
          createdAt: (row.created_at as Date).toISOString(),
          confirmedAt: row.confirmed_at ? (row.confirmed_at as Date).toISOString() : null,
        })),
      });
    })
    .post('/:id/approve', decide('approve'))
    .post('/:id/reject', decide('reject'))
    .get('/buyers', async (c) => c.json(await exportBuyer(db, emailOf(c.req.query('email')))))
    .post('/buyers/erase', async (c) => {
      const body = (await c.req.json().catch(() => undefined)) as { email?: unknown } | undefined;
      const erased = await eraseBuyer(db, emailOf(body?.email), new Date(now()));
      return c.json({ erased });
    });
}
