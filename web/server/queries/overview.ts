/** The most connected entities and the strongest co-occurrence links among them (GET /api/overview). */
import { ENTITY_LABELS } from '../../../graph-schema/model.ts';
import type { OverviewResponse } from '../../shared/api.ts';
import type { ApiContext } from '../context.ts';
import { int } from '../database.ts';
import { GraphCollector, type RawEdge } from '../dto.ts';
import { nodeSummary, readNodeSummary, summaryToDTO, type NodeSummaryRow } from './node-summary.ts';
import { entityFilter, filterParams } from './filters.ts';
import { type OverviewQuery, filtersFrom } from '../../shared/requests.ts';

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
    const top = await tx.run<{ node: NodeSummaryRow }>(TOP_ENTITIES, { ...params, limit: int(query.limit) });
    const total = (await tx.run<{ total: number }>(COUNT_ENTITIES, params)).records[0].get('total');
    const graph = new GraphCollector();
    const ids = top.records.map((record) => {
      const summary = readNodeSummary(record.get('node'));
      graph.addEntry(summary.elementId, summaryToDTO(summary));
      return summary.elementId;
    });
    const links = await tx.run<Omit<RawEdge, 'type'>>(LINKS_AMONG, { ids, edgeLimit: int(ids.length * EDGES_PER_NODE) });
    for (const record of links.records) {
      graph.addEdge({ type: 'CO_OCCURS', ...record.toObject() });
    }
    return { ...graph.toGraph(), truncated: total > ids.length, total };
  });
}
