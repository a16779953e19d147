/** The most connected entities and the strongest co-occurrence links among them (GET /api/overview). */
import { ENTITY_LABELS } from '../../../graph-schema/model.ts';
import type { OverviewResponse } from '../../shared/api.ts';
import type { ApiContext } from '../context.ts';
import { int } from '../database.ts';
import { GraphCollector, type RawEdge } from '../dto.ts';
import { nodeSummary, readNodeSummary, summaryToDTO, type NodeSummaryRow } from './node-summary.ts';
import { entityFilter, filterParams } from './filters.ts';
import { type OverviewQuery, filtersFrom } from '../../shared/requests.ts';
import { npmiCypher, TOTAL_PAPERS_CYPHER } from '../../../graph-schema/informativeness.ts';
import { HUB_PAPERS } from './hubs.ts';

/**
 * Links read per entity, the most associated first (NPMI weighted by papers, as the topic map scores them): enough
 * for the topic map to find communities; the map keeps and draws only a few per entity.
 */
const EDGES_PER_NODE = 12;

const TOP_ENTITIES = `
  MATCH (n:Entity) WHERE n.paperCount >= $minPapers AND ${entityFilter('n')}
  WITH n ORDER BY n.paperCount DESC, n.key LIMIT $limit
  RETURN ${nodeSummary('n')} AS node`;

const COUNT_ENTITIES = `
  MATCH (n:Entity) WHERE n.paperCount >= $minPapers AND ${entityFilter('n')}
  RETURN count(n) AS total`;

/** Links no stronger than chance (NPMI ≤ 0) say nothing about a topic: not read. */
const LINKS_AMONG = `
  WITH ${TOTAL_PAPERS_CYPHER} AS total
  UNWIND $ids AS id
  MATCH (a) WHERE elementId(a) = id
  MATCH (a)-[r:CO_OCCURS]->(b) WHERE elementId(b) IN $ids
  WITH a, b, r, ${npmiCypher('r.weight', 'a.paperCount', 'b.paperCount', 'total')} AS association
  WHERE association > 0
  RETURN elementId(a) AS start, elementId(b) AS end, r.weight AS weight
  ORDER BY association * log(1.0 + r.weight) DESC, start, end LIMIT $edgeLimit`;

const TOTAL_PAPERS = `RETURN ${TOTAL_PAPERS_CYPHER} AS papers, ${HUB_PAPERS} AS hubPapers`;

/** The overview's graph, and the corpus figures the topic map weighs it by. */
export interface OverviewData {
  graph: OverviewResponse;
  totalPapers: number;
  /** Paper count above which an entity is a generic hub (hubs.ts). */
  hubPapers: number;
}

export async function overview(context: ApiContext, query: OverviewQuery): Promise<OverviewData> {
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
    const corpus = (await tx.run<{ papers: number; hubPapers: number }>(TOTAL_PAPERS)).records[0];
    return {
      graph: { ...graph.toGraph(), truncated: total > ids.length, total },
      totalPapers: corpus.get('papers'),
      hubPapers: corpus.get('hubPapers'),
    };
  });
}
