/** POST /api/cypher: the read-only console (console/cypher-console.ts). */
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../context.ts';
import { CypherBody } from '../../shared/requests.ts';

/** Queries are short texts; anything larger is not a query someone typed. */
export const CYPHER_BODY_LIMIT = 64 * 1024;

export function registerCypher(app: FastifyInstance, context: ApiContext): void {
  app.post<{ Body: CypherBody }>(
    '/api/cypher',
    { schema: { body: CypherBody }, bodyLimit: CYPHER_BODY_LIMIT },
    (request) => context.console.run(request.ip, request.body.query, request.body.params ?? {}),
  );
}
