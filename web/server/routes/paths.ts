/** GET /api/paths?from=&to=&max=: all shortest connections between two nodes, as a graph plus ordered paths. */
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../context.ts';
import { PathsQuery } from '../../shared/requests.ts';
import { paths } from '../queries/paths.ts';

export function registerPaths(app: FastifyInstance, context: ApiContext): void {
  app.get<{ Querystring: PathsQuery }>('/api/paths', { schema: { querystring: PathsQuery } }, (request) => paths(context, request.query));
}
