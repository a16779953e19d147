/** Errors the API answers with, and the mapping from Neo4j driver errors to HTTP statuses. */
import type { ApiErrorBody } from '../shared/api.ts';

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly error: string,
    message: string,
    readonly position?: ApiErrorBody['position'],
    /** What went wrong underneath (logged for 5xx answers, never sent). */
    cause?: unknown,
    /** Neo4j's status code, sent along when the message is Neo4j's own. */
    readonly neo4jCode?: string,
  ) {
    super(message, cause === undefined ? undefined : { cause });
  }

  body(): ApiErrorBody {
    const body: ApiErrorBody = { error: this.error, message: this.message };
    if (this.position) body.position = this.position;
    if (this.neo4jCode) body.neo4jCode = this.neo4jCode;
    return body;
  }
}

export function notFound(message: string): ApiError {
  return new ApiError(404, 'not_found', message);
}

export function badRequest(message: string): ApiError {
  return new ApiError(400, 'bad_request', message);
}

interface DriverErrorLike {
  code?: string;
  message?: string;
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

/** True when the error says Neo4j cannot be reached (rather than that a query was wrong). */
export function isUnavailable(error: unknown): boolean {
  const code = (error as DriverErrorLike | null)?.code ?? '';
  if (UNAVAILABLE_CODES.has(code)) return true;
  const message = (error as DriverErrorLike | null)?.message ?? '';
  // Pool acquisition timing out while the server is down surfaces without a code.
  return /connection acquisition timed out|Failed to connect|ECONNREFUSED|Pool is closed/i.test(message);
}

export function unavailable(error: unknown): ApiError {
  const detail = (error as DriverErrorLike | null)?.message ?? String(error);
  return new ApiError(503, 'neo4j_unavailable', `Neo4j is not reachable: ${detail.split('\n')[0]}`, undefined, error);
}

export function isTimeout(error: unknown): boolean {
  const code = (error as DriverErrorLike | null)?.code ?? '';
  return code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut');
}
