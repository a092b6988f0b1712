/**
 * Typesense errors as the API sees them: when no node answers (refused, timed out,
 * 5xx on every try) the engine throws a 503 `unavailable` with Retry-After; any
 * other failure is a bug on our side and stays an internal error (its text, which
 * may name hosts, never reaches a client).
 */
import { unavailable } from '../../errors.js';
import { NodeUnreachableError } from './fetch-adapter.js';

/** Whether the client gave up because no node answered usefully. */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof NodeUnreachableError) return true;
  const status = (error as { httpStatus?: unknown } | null)?.httpStatus;
  return typeof status === 'number' && status >= 500;
}

/** Runs a call to Typesense, turning "no node answers" into the API's 503. */
export async function reaching<T>(call: () => Promise<T>, retryAfterSeconds: number): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isUnavailable(error)) throw unavailable('The search engine does not answer; retry shortly.', retryAfterSeconds, error);
    throw error;
  }
}
