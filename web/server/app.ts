/** The Fastify app: routes, input validation errors, API error bodies, access token and client files. */
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify';
import type { ApiErrorBody } from '../shared/api.ts';
import { requireLoopbackHost, requireToken } from './auth.ts';
import { serveClient } from './client-files.ts';
import type { ApiContext } from './context.ts';
import { addSecurityHeaders } from './security-headers.ts';
import { toApiError } from './database.ts';
import { ApiError } from './errors.ts';
import { registerCypher } from './routes/cypher.ts';
import { registerEdgePapers } from './routes/edge-papers.ts';
import { registerHealth } from './routes/health.ts';
import { registerNeighbourhood } from './routes/neighbourhood.ts';
import { registerNode } from './routes/node.ts';
import { registerOverview } from './routes/overview.ts';
import { registerPaths } from './routes/paths.ts';
import { registerResults } from './routes/result-views.ts';
import { registerSearch } from './routes/search.ts';
import { registerTrends } from './routes/trends.ts';

export interface AppOptions {
  token: string | null;
  clientDir: string;
  /** Log every request; without it only problems are logged (every 5xx answer, with its cause). */
  logger: boolean;
  /** Where log lines go (JSON, one per line); default stdout. */
  logStream?: NodeJS.WritableStream;
}

function errorBody(error: FastifyError): { statusCode: number; body: ApiErrorBody } {
  if (error.validation) {
    return { statusCode: 400, body: { error: 'bad_request', message: `Invalid input: ${error.message}` } };
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return { statusCode: 413, body: { error: 'payload_too_large', message: error.message } };
  }
  const statusCode = error.statusCode ?? 500;
  if (statusCode < 500) return { statusCode, body: { error: error.code ?? 'bad_request', message: error.message } };
  return { statusCode: 500, body: { error: 'internal', message: 'The server failed to answer; see its log.' } };
}

/** Every 5xx answer is logged with what caused it, so "see its log" leads somewhere. */
function logServerError(request: FastifyRequest, statusCode: number, error: Error): void {
  const cause = error.cause instanceof Error ? error.cause : undefined;
  request.log.error(
    {
      err: error,
      ...(cause
        ? { cause: { type: cause.name, message: cause.message, code: (cause as { code?: unknown }).code, stack: cause.stack } }
        : {}),
      statusCode,
    },
    `${request.method} ${request.url.split('?')[0]} answered ${statusCode}: ${error.message}${cause ? ` (cause: ${cause.message.split('\n')[0]})` : ''}`,
  );
}

export async function buildApp(context: ApiContext, options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logger ? 'info' : 'warn', ...(options.logStream ? { stream: options.logStream } : {}) },
    bodyLimit: 256 * 1024,
    // Query strings like `types=A,B` stay strings; the schemas parse them.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 600 },
  });
  addSecurityHeaders(app);
  if (options.token) requireToken(app, options.token);
  else requireLoopbackHost(app);
  app.setErrorHandler((rawError: FastifyError, request, reply) => {
    const error = toApiError(rawError);
    if (error instanceof ApiError) {
      if (error.statusCode >= 500) logServerError(request, error.statusCode, error);
      return reply.code(error.statusCode).send(error.body());
    }
    const { statusCode, body } = errorBody(rawError);
    if (statusCode >= 500) logServerError(request, statusCode, rawError);
    return reply.code(statusCode).send(body);
  });
  for (const register of [
    registerHealth,
    registerSearch,
    registerOverview,
    registerNode,
    registerNeighbourhood,
    registerEdgePapers,
    registerPaths,
    registerCypher,
    registerTrends,
    registerResults,
  ]) {
    register(app, context);
  }
  await serveClient(app, options.clientDir);
  return app;
}
