/**
 * One JSON line per request. The path is logged without its query string (which
 * may hold a key), and a key only by its prefix.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';

export interface AccessLogEntry {
  level: 'info';
  time: string;
  requestId: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  /** The key's prefix ("pk_live_3fA9xq"), absent for requests without a key. */
  key?: string;
}

export type RequestLogger = (entry: AccessLogEntry) => void;

export const consoleLogger: RequestLogger = (entry) => console.log(JSON.stringify(entry));

export function accessLog(logger: RequestLogger, now: () => number = () => performance.now()): MiddlewareHandler<AppEnv> {
  return async function accessLog(c, next) {
    const started = now();
    await next();
    const caller = c.get('caller');
    const entry: AccessLogEntry = {
      level: 'info',
      time: new Date().toISOString(),
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((now() - started) * 100) / 100,
    };
    if (caller && caller.kind !== 'anonymous') entry.key = caller.key.prefix;
    logger(entry);
  };
}
