/**
 * POST /v1/events: what the widget reports for the insights, a contact clicked
 * ({ type: 'contact', supplierId, channel }). Counted per site key and channel; the
 * supplier must exist within the key's scope, and is not kept.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { ContactEvent } from '../../../../sdk/src/types.js';
import type { SearchEngine } from '../../query/types.js';
import { ApiException, invalidParameter } from '../../errors.js';
import type { InsightsRecorder } from '../../insights/recorder.js';
import type { AppEnv } from '../../http/env.js';

export const contactEventSchema = z.strictObject({
  type: z.literal('contact'),
  supplierId: z.string().min(1).max(64),
  channel: z.enum(['email', 'phone', 'website']),
});

export interface EventsOptions {
  engine: SearchEngine;
  recorder: InsightsRecorder;
}

export function events({ engine, recorder }: EventsOptions) {
  return new Hono<AppEnv>().post('/', async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new ApiException(400, 'invalid_body', 'The body must be JSON: { "type": "contact", "supplierId", "channel" }.');
    }
    const parsed = contactEventSchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.code === 'unrecognized_keys' ? issue.keys[0]! : String(issue.path[0] ?? '');
      throw invalidParameter(field, `${field}: ${issue.message}`, 'invalid_body');
    }
    const event: ContactEvent = parsed.data;
    if (!(await engine.get(event.supplierId, c.get('scope')))) {
      throw new ApiException(404, 'not_found', 'No such supplier.', { parameter: 'supplierId' });
    }
    const caller = c.get('caller');
    if (caller?.kind === 'site') {
      recorder.record(caller.key.name, 'contacts');
      recorder.record(caller.key.name, 'contacts', event.channel);
    }
    return c.json({ recorded: caller?.kind === 'site' }, 202);
  });
}
