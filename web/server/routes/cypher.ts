/** POST /api/cypher: the read-only console (console/cypher-console.ts). */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { presentedToken } from '../auth.ts';
import type { ApiContext } from '../context.ts';
import { CypherBody } from '../../shared/requests.ts';

/** Queries are short texts; anything larger is not a query someone typed. */
export const CYPHER_BODY_LIMIT = 64 * 1024;

/** Who holds a console slot: the remote address and the token it presented (hashed; never kept in clear). */
export function consoleClientKey(request: FastifyRequest): string {
  const token = presentedToken(request);
  const tokenTag = token === null ? '-' : createHash('sha256').update(token).digest('hex').slice(0, 16);
  return `${request.ip} ${tokenTag}`;
}

export function registerCypher(app: FastifyInstance, context: ApiContext): void {
  app.post<{ Body: CypherBody }>('/api/cypher', { schema: { body: CypherBody }, bodyLimit: CYPHER_BODY_LIMIT }, (request) =>
    context.console.run(consoleClientKey(request), request.body.query, request.body.params ?? {}),
  );
}
