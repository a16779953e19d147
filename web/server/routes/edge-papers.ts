/** GET /api/edge-papers?a=&b=: the papers behind a link, with the sentences that name its ends. */
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../context.ts';
import { EdgePapersQuery } from '../../shared/requests.ts';
import { edgePapers } from '../queries/edge-papers.ts';

export function registerEdgePapers(app: FastifyInstance, context: ApiContext): void {
  app.get<{ Querystring: EdgePapersQuery }>('/api/edge-papers', { schema: { querystring: EdgePapersQuery } }, (request) =>
    context.db.read((tx) => edgePapers(tx, request.query)),
  );
}
