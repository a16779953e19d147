/**
 * GET /api/neighbourhood/:label/:key: the ego network, grown level by level in one read transaction.
 * Each level keeps a budget of nodes: the strongest links win (co-occurrence weight; for papers, upvotes), papers
 * and entities share the budget so neither crowds the other out, and everything left out is counted in `total`.
 * For depth 1 `total` is exact; deeper, it adds each expanded node's unseen neighbours, so a node reachable from
 * two of them counts twice (an upper estimate, never an undercount).
 */
import type { FastifyInstance } from 'fastify';
import type { ManagedTransaction } from 'neo4j-driver';
import type { NeighbourhoodResponse } from '../../shared/api.ts';
import type { ApiContext } from '../context.ts';
import { int } from '../database.ts';
import { GraphCollector, type RawEdge } from '../dto.ts';
import { notFound } from '../errors.ts';
import { filterParams, nodeFilter, type FilterParams } from '../queries/filters.ts';
import { matchNode } from '../queries/match-node.ts';
import { nodeSummary, summaryToDTO, type NodeSummaryRow } from '../queries/node-summary.ts';
import { EXPLORER_ALTERNATION, MENTION_ALTERNATION } from '../queries/relationships.ts';
import { NeighbourhoodQuery, NodeParams, filtersFrom } from '../schemas.ts';
import { nodeId } from '../../../graph-schema/keys.ts';

/** At most this many nodes of one level are expanded into the next; the rest mark the answer truncated. */
const FRONTIER_CAP = 60;
const EDGE_CAP = 10_000;

const OTHER_LINKS = `${MENTION_ALTERNATION}|CLAIMS|ABOUT|LISTED_IN`;

/** One round trip per level: each frontier node's strongest new neighbours, and how many new ones it has. */
const EXPAND = `
  UNWIND $frontier AS id
  MATCH (n) WHERE elementId(n) = id
  CALL (n) {
    MATCH (n)-[r:CO_OCCURS]-(m)
    WHERE r.weight >= $minWeight AND NOT elementId(m) IN $seen AND ${nodeFilter('m')}
    WITH m, r.weight AS weight ORDER BY weight DESC LIMIT $perNode
    RETURN m, weight
    UNION ALL
    MATCH (n)-[:${OTHER_LINKS}]-(m)
    WHERE NOT elementId(m) IN $seen AND ${nodeFilter('m')}
    WITH DISTINCT m
    WITH m ORDER BY coalesce(m.paperCount, m.upvotes, 0) DESC, m.key LIMIT $perNode
    RETURN m, 1 AS weight
  }
  WITH n, collect({summary: ${nodeSummary('m')}, weight: weight}) AS candidates
  RETURN candidates, COUNT {
    MATCH (n)-[r:${EXPLORER_ALTERNATION}]-(m)
    WHERE (type(r) <> 'CO_OCCURS' OR r.weight >= $minWeight) AND NOT elementId(m) IN $seen AND ${nodeFilter('m')}
    RETURN DISTINCT m
  } AS unseen`;

const LINKS_AMONG = `
  UNWIND $ids AS id
  MATCH (a) WHERE elementId(a) = id
  MATCH (a)-[r:${EXPLORER_ALTERNATION}]->(b)
  WHERE elementId(b) IN $ids AND (type(r) <> 'CO_OCCURS' OR r.weight >= $minWeight)
  RETURN type(r) AS type, elementId(a) AS start, elementId(b) AS end,
         CASE type(r) WHEN 'CO_OCCURS' THEN r.weight ELSE 1 END AS weight, r.count AS count
  ORDER BY weight DESC LIMIT $edgeCap`;

type Candidate = NodeSummaryRow & { weight: number };

/** Takes up to `budget` candidates, strongest first, alternating papers and the rest so both get a share. */
function takeBalanced(candidates: Candidate[], budget: number): Candidate[] {
  const byStrength = (a: Candidate, b: Candidate) => b.weight - a.weight;
  const papers = candidates.filter((c) => c.labels.includes('Paper')).sort(byStrength);
  const others = candidates.filter((c) => !c.labels.includes('Paper')).sort(byStrength);
  const taken: Candidate[] = [];
  while (taken.length < budget && (papers.length > 0 || others.length > 0)) {
    const next = others.length > 0 && (papers.length === 0 || taken.length % 2 === 0) ? others.shift() : papers.shift();
    if (next) taken.push(next);
  }
  return taken;
}

function levelBudget(remaining: number, level: number, depth: number): number {
  return Math.max(1, Math.ceil(remaining / (depth - level + 1)));
}

async function expandLevel(
  tx: ManagedTransaction,
  frontier: string[],
  seen: Set<string>,
  budget: number,
  params: FilterParams & { minWeight: number },
): Promise<{ taken: Candidate[]; unseen: number }> {
  const perNode = Math.min(budget, Math.max(5, Math.ceil((budget * 2) / frontier.length)));
  const rows = await tx.run(EXPAND, { ...params, frontier, seen: [...seen], perNode: int(perNode) });
  const best = new Map<string, Candidate>();
  let unseen = 0;
  for (const record of rows.records) {
    unseen += record.get('unseen') as number;
    for (const { summary, weight } of record.get('candidates') as Array<{ summary: NodeSummaryRow; weight: number }>) {
      const candidate: Candidate = { ...summary, weight };
      const known = best.get(candidate.elementId);
      if (!known || known.weight < candidate.weight) best.set(candidate.elementId, candidate);
    }
  }
  return { taken: takeBalanced([...best.values()], budget), unseen };
}

export async function neighbourhood(
  context: ApiContext,
  params: NodeParams,
  query: NeighbourhoodQuery,
): Promise<NeighbourhoodResponse> {
  const filters = { ...filterParams(filtersFrom(query)), minWeight: query.minWeight };
  const center = nodeId(params.label, params.key);
  return context.db.read(async (tx) => {
    const found = await tx.run(`${matchNode(params.label, 'n', 'key', 'label')} RETURN ${nodeSummary('n')} AS center`, {
      key: params.key,
      label: params.label,
    });
    if (found.records.length === 0) throw notFound(`No ${params.label} with key "${params.key}".`);
    const graph = new GraphCollector();
    const centerRow = found.records[0].get('center') as NodeSummaryRow;
    graph.addEntry(centerRow.elementId, summaryToDTO(centerRow));
    const seen = new Set([centerRow.elementId]);
    let frontier = [centerRow.elementId];
    let total = 0;
    let truncated = false;
    for (let level = 1; level <= query.depth && frontier.length > 0; level++) {
      const budget = levelBudget(query.limit - (seen.size - 1), level, query.depth);
      const { taken, unseen } = await expandLevel(tx, frontier, seen, budget, filters);
      total += unseen;
      if (unseen > taken.length) truncated = true;
      for (const candidate of taken) {
        seen.add(candidate.elementId);
        graph.addEntry(candidate.elementId, summaryToDTO(candidate));
      }
      if (taken.length > FRONTIER_CAP) truncated = truncated || level < query.depth;
      frontier = taken.slice(0, FRONTIER_CAP).map((candidate) => candidate.elementId);
    }
    const ids = [...seen];
    const links = await tx.run(LINKS_AMONG, { ids, minWeight: query.minWeight, edgeCap: int(EDGE_CAP) });
    for (const record of links.records) graph.addEdge(record.toObject() as RawEdge);
    return { ...graph.toGraph(), center, depth: query.depth, truncated, total: Math.max(total, ids.length - 1) };
  });
}

export function registerNeighbourhood(app: FastifyInstance, context: ApiContext): void {
  app.get<{ Params: NodeParams; Querystring: NeighbourhoodQuery }>(
    '/api/neighbourhood/:label/:key',
    { schema: { params: NodeParams, querystring: NeighbourhoodQuery } },
    (request) => neighbourhood(context, request.params, request.query),
  );
}
