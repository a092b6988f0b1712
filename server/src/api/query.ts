/**
 * Reads a request's query string through a schema, turning the first zod issue into
 * the API's 400 (see schema.ts for which code each kind of mistake gets).
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import type { ErrorCode } from '../../../sdk/src/types.js';
import { ApiException, invalidParameter } from '../errors.js';

export function parseQuery<T extends z.ZodType>(schema: T, c: Context): z.output<T> {
  const result = schema.safeParse(c.req.queries(), { reportInput: true });
  if (result.success) return result.data;
  throw issueToException(result.error.issues);
}

export function issueToException(issues: readonly z.core.$ZodIssue[]): ApiException {
  const unknown = issues.find((issue) => issue.code === 'unrecognized_keys');
  if (unknown) {
    const parameter = unknown.keys[0]!;
    return invalidParameter(parameter, `Unknown parameter "${parameter}".`, 'unknown_parameter');
  }
  const issue = issues[0]!;
  const parameter = String(issue.path[0] ?? '');
  const extra = issue.code === 'invalid_value' || issue.code === 'invalid_union' ? { value: issue.input } : {};
  return invalidParameter(parameter, `${parameter}: ${issue.message}`, codeOf(issue), extra);
}

function codeOf(issue: z.core.$ZodIssue): ErrorCode {
  if (issue.code === 'custom' && issue.params?.code) return issue.params.code as ErrorCode;
  // Lengths of text and lists are limits; numbers out of range are plain invalid values.
  if (issue.code === 'too_big' && (issue.origin === 'string' || issue.origin === 'array')) return 'limit_exceeded';
  return 'invalid_parameter';
}
