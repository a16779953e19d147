/** GET /api/node/:label/:key: one node in full (paper, entity, claim or listing). */
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../context.ts';
import { NodeParams, NodeQuery } from '../../shared/requests.ts';
import { nodeDetail } from '../queries/node.ts';

export function registerNode(app: FastifyInstance, context: ApiContext): void {
  app.get<{ Params: NodeParams; Querystring: NodeQuery }>(
    '/api/node/:label/:key',
    { schema: { params: NodeParams, querystring: NodeQuery } },
    (request) => nodeDetail(context, request.params, request.query),
  );
}
