/** GET /api/overview: the most connected entities and the strongest co-occurrence links among them. */
import type { FastifyInstance } from 'fastify';
import { ENTITY_LABELS } from '../../../graph-schema/model.ts';
import type { OverviewResponse } from '../../shared/api.ts';
import type { ApiContext } from '../context.ts';
import { int } from '../database.ts';
import { GraphCollector, type RawEdge } from '../dto.ts';
import { nodeSummary, summaryToDTO, type NodeSummaryRow } from '../queries/node-summary.ts';
import { entityFilter, filterParams } from '../queries/filters.ts';
import { GraphCache } from '../graph-cache.ts';
import { DEFAULT_OVERVIEW_LIMIT, OverviewQuery, filtersFrom } from '../schemas.ts';

/** Enough links to show structure without turning the picture into a hairball. */
const EDGES_PER_NODE = 4;

const TOP_ENTITIES = `
  MATCH (n:Entity) WHERE n.paperCount >= $minPapers AND ${entityFilter('n')}
  WITH n ORDER BY n.paperCount DESC, n.key LIMIT $limit
  RETURN ${nodeSummary('n')} AS node`;

const COUNT_ENTITIES = `
  MATCH (n:Entity) WHERE n.paperCount >= $minPapers AND ${entityFilter('n')}
  RETURN count(n) AS total`;

const LINKS_AMONG = `
  UNWIND $ids AS id
  MATCH (a) WHERE elementId(a) = id
  MATCH (a)-[r:CO_OCCURS]->(b) WHERE elementId(b) IN $ids
  RETURN elementId(a) AS start, elementId(b) AS end, r.weight AS weight
  ORDER BY weight DESC LIMIT $edgeLimit`;

export async function overview(context: ApiContext, query: OverviewQuery): Promise<OverviewResponse> {
  const filters = filtersFrom(query);
  const params = filterParams(filters, ENTITY_LABELS);
  return context.db.read(async (tx) => {
    const top = await tx.run(TOP_ENTITIES, { ...params, limit: int(query.limit) });
    const total = (await tx.run(COUNT_ENTITIES, params)).records[0].get('total') as number;
    const graph = new GraphCollector();
    const ids = top.records.map((record) => {
      const row = record.get('node') as NodeSummaryRow;
      graph.addEntry(row.elementId, summaryToDTO(row));
      return row.elementId;
    });
    const links = await tx.run(LINKS_AMONG, { ids, edgeLimit: int(ids.length * EDGES_PER_NODE) });
    for (const record of links.records) {
      graph.addEdge({ type: 'CO_OCCURS', ...(record.toObject() as Omit<RawEdge, 'type'>) });
    }
    return { ...graph.toGraph(), truncated: total > ids.length, total };
  });
}

/** The same for every visitor until the graph changes, and costly on big graphs (hubs have many links): cached. */
function cacheKey(query: OverviewQuery): string {
  return JSON.stringify([query.limit, query.types ?? null, query.from ?? null, query.to ?? null, query.minPapers ?? null]);
}

export function registerOverview(app: FastifyInstance, context: ApiContext): void {
  const cache = new GraphCache<OverviewResponse>(context.db);
  app.get<{ Querystring: OverviewQuery }>('/api/overview', { schema: { querystring: OverviewQuery } }, (request) =>
    cache.get(cacheKey(request.query), () => overview(context, request.query)),
  );
  // Warm the default overview, the client's first view, in the background; failure just means no warm cache.
  app.addHook('onReady', async () => {
    void cache.get(cacheKey({ limit: DEFAULT_OVERVIEW_LIMIT }), () => overview(context, { limit: DEFAULT_OVERVIEW_LIMIT })).catch(() => undefined);
  });
}
