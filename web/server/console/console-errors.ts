/**
 * What the console answers when a query fails: Neo4j's own message and status code for errors in the query (400),
 * its limits as 422 with what happened (never 408, which browsers send again by themselves), refusals as 403.
 * Anything else is left to the app's error handler, which logs it with its cause and answers 500.
 */
import { ApiError, isTimeout, isUnavailable, unavailable } from '../errors.ts';

/** Explain's own prefix: on its own line so Neo4j's line numbers shift by exactly one. */
export const EXPLAIN_PREFIX = 'EXPLAIN\n';

interface Neo4jErrorLike {
  code?: string;
  message?: string;
}

/**
 * The console's time limit passed. Neo4j stopped the transaction itself, or (`byDeadline`) it had not answered a
 * moment later and the console closed the session, which asks Neo4j to stop: the message says which, since an
 * expression that never checks for termination may still be running then.
 */
export function timeoutError(timeoutMs: number, cause?: unknown, byDeadline = false): ApiError {
  const seconds = `${timeoutMs / 1000} s`;
  const what = byDeadline
    ? `Neo4j had not stopped the query after ${seconds}, the console's time limit, so the console closed its session (which asks Neo4j to stop it) and freed its slot.`
    : `The query was stopped after ${seconds}, the console's time limit.`;
  return new ApiError(422, 'query_timeout', `${what} Add a LIMIT or narrow the MATCH.`, undefined, cause);
}

/** Neo4j positions count from our EXPLAIN line; the user's query starts one line later. */
function syntaxPosition(message: string): ApiError['position'] {
  const match = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(message);
  if (!match) return undefined;
  const line = Math.max(1, Number(match[1]) - 1);
  return { line, column: Number(match[2]), offset: Math.max(0, Number(match[3]) - EXPLAIN_PREFIX.length) };
}

function firstLine(message: string): string {
  return message
    .split('\n')[0]
    .replace(/\s*\(line \d+, column \d+ \(offset: \d+\)\)\s*$/, '')
    .trim();
}

const MEMORY_CODES = new Set(['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'Neo.TransientError.General.OutOfMemoryError']);

/** Failures caused by what the query asks (bad arguments, division by zero, a transaction mode it cannot use). */
function isQueryFailure(code: string): boolean {
  return (
    code.startsWith('Neo.ClientError.') ||
    code.startsWith('Neo.DatabaseError.Statement.') ||
    code === 'Neo.DatabaseError.Transaction.TransactionStartFailed'
  );
}

export function consoleError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof ApiError) return error;
  if (isUnavailable(error)) return unavailable(error);
  const { code = '', message = String(error) } = error as Neo4jErrorLike;
  if (isTimeout(error) || code === 'Neo.TransientError.Transaction.Terminated') return timeoutError(timeoutMs, error);
  if (MEMORY_CODES.has(code)) {
    return new ApiError(
      422,
      'query_memory_limit',
      `The query was stopped: it needed more memory than a console query may use (${firstLine(message)}). Aggregate less at once or add a LIMIT.`,
      undefined,
      error,
      code,
    );
  }
  if (code === 'Neo.ClientError.Statement.AccessMode') {
    return new ApiError(403, 'query_refused', 'Only read queries may run in the console; Neo4j refused a write.', undefined, error, code);
  }
  if (code === 'Neo.ClientError.Statement.UnsupportedAdministrationCommand' || code.startsWith('Neo.ClientError.Security.')) {
    return new ApiError(403, 'query_refused', `Administration commands are not allowed: ${firstLine(message)}`, undefined, error, code);
  }
  if (code === 'Neo.ClientError.Statement.SyntaxError') {
    const position = syntaxPosition(message);
    const where = position ? ` (line ${position.line}, column ${position.column})` : '';
    return new ApiError(400, 'syntax_error', `${firstLine(message)}${where}`, position, error, code);
  }
  if (isQueryFailure(code)) return new ApiError(400, 'query_error', firstLine(message), undefined, error, code);
  return error;
}
