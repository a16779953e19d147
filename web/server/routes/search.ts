/** GET /api/search: ranked full-text matches over entity names/aliases and paper titles/abstracts. */
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../context.ts';
import { SearchQuery } from '../../shared/requests.ts';
import { search } from '../queries/search.ts';
import { AcronymIndex } from '../search/acronyms.ts';

export function registerSearch(app: FastifyInstance, context: ApiContext): void {
  const acronyms = new AcronymIndex(context.db);
  app.get<{ Querystring: SearchQuery }>('/api/search', { schema: { querystring: SearchQuery } }, (request) =>
    search(context, acronyms, request.query),
  );
}
