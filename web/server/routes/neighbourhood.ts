/** GET /api/neighbourhood/:label/:key: the ego network (queries/neighbourhood.ts), hub answers cached. */
import type { FastifyInstance } from 'fastify';
import type { NeighbourhoodResponse } from '../../shared/api.ts';
import type { ApiContext } from '../context.ts';
import { GraphCache } from '../graph-cache.ts';
import { neighbourhood } from '../queries/neighbourhood.ts';
import { NeighbourhoodQuery, NodeParams } from '../../shared/requests.ts';

/**
 * A hub's neighbourhood reads tens of thousands of links to find the strongest, and hubs are what people open
 * most: their answers are kept until the graph changes (GraphCache). Other centres are cheap and always fresh.
 */
export function registerNeighbourhood(app: FastifyInstance, context: ApiContext): void {
  const hubCache = new GraphCache<NeighbourhoodResponse>(context.db, 10 * 60_000, 256);
  app.get<{ Params: NodeParams; Querystring: NeighbourhoodQuery }>(
    '/api/neighbourhood/:label/:key',
    { schema: { params: NodeParams, querystring: NeighbourhoodQuery } },
    async (request) => {
      const key = JSON.stringify([request.params.label, request.params.key, request.query]);
      const cached = await hubCache.lookup(key);
      if (cached) return cached;
      const { response, hubSignature } = await neighbourhood(context, request.params, request.query);
      if (hubSignature !== null) hubCache.put(key, hubSignature, response);
      return response;
    },
  );
}
