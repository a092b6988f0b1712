/**
 * Webhooks of a site key: a POST of JSON, signed so the receiver can tell it came
 * from us and was not replayed later: X-Inclusif-Signature is
 * `sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`, X-Inclusif-Timestamp the
 * Unix seconds it was signed at. Retried through the outbox like mail.
 */
import { createHmac } from 'node:crypto';

export interface WebhookTarget {
  url: string;
  secret: string;
}

/** What the outbox stores for one call. */
export interface WebhookCall extends WebhookTarget {
  body: unknown;
}

export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return 'sha256=' + createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** Resolves when the receiver answered 2xx; rejects otherwise, for the outbox to retry. */
export async function deliverWebhook(call: WebhookCall, { fetch = globalThis.fetch, now = Date.now, timeoutMs = 10_000 } = {}): Promise<void> {
  const body = JSON.stringify(call.body);
  const timestamp = Math.floor(now() / 1000);
  const response = await fetch(call.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'achat-inclusif-webhook',
      'x-inclusif-timestamp': String(timestamp),
      'x-inclusif-signature': webhookSignature(call.secret, timestamp, body),
    },
    body,
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
  });
  await response.body?.cancel();
  if (response.status < 200 || response.status >= 300) throw new Error(`Webhook answered ${response.status}`);
}
