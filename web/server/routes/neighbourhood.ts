/**
 * GET /api/neighbourhood/:label/:key: the ego network, grown level by level in one read transaction.
 *
 * Each level has a budget of nodes. Co-occurrence neighbours are ranked by weight, so the strongest links are
 * kept (exactly around the centre; beyond it, from a bounded window of each hub's links, see below); paper links
 * all weigh 1, so papers are read from a bounded window of a hub's links (a hub can have tens of thousands) and
 * ranked by upvotes. Papers and entities share the budget so neither crowds the other out.
 * Everything left out is counted in `total`: exact at depth 1; deeper it adds each expanded node's neighbours,
 * so a node reachable twice counts twice (an upper estimate, never an undercount). Links between shown nodes:
 * every link used to reach a node, every paper's mentions, and the co-occurrences of all but the largest hubs.
 */
import type { FastifyInstance } from 'fastify';
import type { ManagedTransaction } from 'neo4j-driver';
import { nodeId } from '../../../graph-schema/keys.ts';
import type { NeighbourhoodResponse } from '../../shared/api.ts';
import type { ApiContext } from '../context.ts';
import { int } from '../database.ts';
import { GraphCollector, type RawEdge } from '../dto.ts';
import { notFound } from '../errors.ts';
import { filterParams, nodeFilter, type FilterParams } from '../queries/filters.ts';
import { matchNode } from '../queries/match-node.ts';
import { nodeSummary, summaryToDTO, type NodeSummaryRow } from '../queries/node-summary.ts';
import { EXPLORER_ALTERNATION, MENTION_ALTERNATION } from '../queries/relationships.ts';
import { GraphCache } from '../graph-cache.ts';
import { NeighbourhoodQuery, NodeParams, filtersFrom } from '../schemas.ts';

/** Nodes of the first level expanded into the second, and of later levels; the rest mark the answer truncated. */
const FRONTIER_CAP = [Infinity, 12, 8];
/** Paper links read per expanded node (centre, then further out): all weigh 1, so a window is as strong as the whole. */
const PAPER_WINDOW = { centre: 500, outer: 100 };
/**
 * Co-occurrence links read per node expanded beyond the first level. The centre's links are all read, so its
 * strongest are exact; further out, a hub's tens of thousands of links would cost seconds, so its strongest
 * are taken from this window.
 */
const OUTER_CO_OCCURRENCE_WINDOW = 500;
/** Co-occurrence links of a node are scanned for links among shown nodes only up to this degree (~99% of entities). */
const LINK_SCAN_DEGREE = 500;
/** Co-occurrence links among shown nodes, strongest first, per shown node. */
const CO_OCCURRENCES_PER_NODE = 4;

const OTHER_LINKS = `${MENTION_ALTERNATION}|CLAIMS|ABOUT|LISTED_IN`;

/**
 * One round trip per level: each frontier node's strongest new neighbours, and how many it has. With the default
 * filters every neighbour qualifies, so the count comes from Neo4j's degree store instead of visiting each one.
 */
function expandStatement(filtered: boolean): string {
  const matches = filtered ? `AND ${nodeFilter('m')}` : '';
  const unseen = filtered
    ? `COUNT {
        MATCH (n)-[r:${EXPLORER_ALTERNATION}]-(m)
        WHERE (type(r) <> 'CO_OCCURS' OR r.weight >= $minWeight) AND NOT elementId(m) IN $seen ${matches}
        RETURN DISTINCT m
      }`
    : `CASE WHEN n:Paper OR n:Entity
        THEN COUNT { (n)-[:${MENTION_ALTERNATION}]-() } + COUNT { (n)-[:CO_OCCURS]-() } - $seenNeighbourAllowance
        ELSE COUNT { MATCH (n)-[:${EXPLORER_ALTERNATION}]-(m) WHERE NOT elementId(m) IN $seen AND ${nodeFilter('m')} RETURN DISTINCT m }
      END`;
  return `
  UNWIND $frontier AS id
  MATCH (n) WHERE elementId(n) = id
  CALL (n) {
    MATCH (n)-[r:CO_OCCURS]-(m)
    WITH r, m LIMIT $coOccurrenceWindow
    WITH r, m WHERE r.weight >= $minWeight AND ($aroundCentre OR NOT elementId(m) IN $seen) ${matches}
    WITH m, r.weight AS weight ORDER BY weight DESC LIMIT $perNode
    RETURN m, weight, true AS coOccurs
    UNION ALL
    MATCH (n)-[:${OTHER_LINKS}]-(m)
    WHERE NOT elementId(m) IN $seen AND ${nodeFilter('m')}
    WITH m LIMIT $paperWindow
    WITH DISTINCT m
    WITH m ORDER BY coalesce(m.paperCount, m.upvotes, 0) DESC, m.key LIMIT $perNode
    RETURN m, 1 AS weight, false AS coOccurs
  }
  WITH n, collect({summary: ${nodeSummary('m')}, weight: weight, coOccurs: coOccurs,
    coDegree: COUNT { (m)-[:CO_OCCURS]-() }}) AS candidates
  RETURN elementId(n) AS via, candidates, ${unseen} AS unseen`;
}

const EXPAND_DEFAULT = expandStatement(false);
const EXPAND_FILTERED = expandStatement(true);

/**
 * Links among shown nodes, read from the cheap side: papers' and claims' own links, and each co-occurrence once,
 * from its end with fewer links (links between two hubs are skipped here; reaching links cover the centre's).
 * The strongest `$coOccurrenceCap` co-occurrences are kept, so the picture stays readable. One row per kind.
 */
const LINKS_AMONG = `
  CALL {
    UNWIND $ids AS id
    MATCH (p) WHERE elementId(p) = id AND (p:Paper OR p:Claim)
    MATCH (p)-[r:${MENTION_ALTERNATION}|CLAIMS|LISTED_IN|ABOUT]->(x) WHERE elementId(x) IN $ids
    RETURN collect([type(r), elementId(p), elementId(x), 1, r.count]) AS links
  }
  CALL {
    UNWIND $scannable AS id
    MATCH (a) WHERE elementId(a) = id
    MATCH (a)-[r:CO_OCCURS]-(b)
    WITH a, r, b, elementId(b) AS bId
    WHERE bId IN $ids AND r.weight >= $minWeight AND (id < bId OR NOT bId IN $scannable)
    WITH r ORDER BY r.weight DESC LIMIT $coOccurrenceCap
    RETURN collect(['CO_OCCURS', elementId(startNode(r)), elementId(endNode(r)), r.weight, null]) AS coOccurrences
  }
  RETURN links + coOccurrences AS links`;

type Candidate = NodeSummaryRow & { weight: number; via: string; coOccurs: boolean; coDegree: number };
type ExpandParams = FilterParams & { minWeight: number };

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
  params: ExpandParams,
  filtered: boolean,
): Promise<{ taken: Candidate[]; unseen: number }> {
  const perNode = Math.min(budget, Math.max(5, Math.ceil((budget * 2) / frontier.length)));
  const rows = await tx.run(filtered ? EXPAND_FILTERED : EXPAND_DEFAULT, {
    ...params,
    frontier,
    seen: [...seen],
    perNode: int(perNode),
    paperWindow: int(seen.size > 1 ? PAPER_WINDOW.outer : PAPER_WINDOW.centre),
    coOccurrenceWindow: int(seen.size > 1 ? OUTER_CO_OCCURRENCE_WINDOW : Number.MAX_SAFE_INTEGER),
    // Past the first level each expanded node links back to the node it was reached from.
    seenNeighbourAllowance: seen.size > 1 ? 1 : 0,
    // Around the centre nothing else is seen yet (no self-links): skip the membership test on every link.
    aroundCentre: seen.size === 1,
  });
  const best = new Map<string, Candidate>();
  let unseen = 0;
  for (const record of rows.records) {
    unseen += Math.max(0, record.get('unseen') as number);
    const via = record.get('via') as string;
    for (const { summary, ...link } of record.get('candidates') as Array<Omit<Candidate, keyof NodeSummaryRow | 'via'> & { summary: NodeSummaryRow }>) {
      const known = best.get(summary.elementId);
      if (!known || known.weight < link.weight) best.set(summary.elementId, { ...summary, ...link, via });
    }
  }
  return { taken: takeBalanced([...best.values()], budget), unseen };
}

function isFiltered(query: NeighbourhoodQuery): boolean {
  return query.types !== undefined || query.from !== undefined || query.to !== undefined || (query.minPapers ?? 0) > 0 || query.minWeight > 1;
}

/** Centres with more co-occurrence links than this are hubs: their answers are cached until the graph changes. */
const HUB_DEGREE = 2_000;

interface Centre {
  row: NodeSummaryRow;
  coDegree: number;
}

async function findCentre(tx: ManagedTransaction, params: NodeParams): Promise<Centre> {
  const statement = `${matchNode(params.label, 'n', 'key', 'label')}
    RETURN ${nodeSummary('n')} AS centre, COUNT { (n)-[:CO_OCCURS]-() } AS coDegree`;
  const found = await tx.run(statement, { key: params.key, label: params.label });
  if (found.records.length === 0) throw notFound(`No ${params.label} with key "${params.key}".`);
  return { row: found.records[0].get('centre') as NodeSummaryRow, coDegree: found.records[0].get('coDegree') as number };
}

/** Grows the network level by level from the centre; returns the nodes reached and what was left out. */
async function growLevels(
  tx: ManagedTransaction,
  centre: Centre,
  query: NeighbourhoodQuery,
): Promise<{ reached: Candidate[]; total: number; truncated: boolean }> {
  const params: ExpandParams = { ...filterParams(filtersFrom(query)), minWeight: query.minWeight };
  const filtered = isFiltered(query);
  const seen = new Set([centre.row.elementId]);
  const reached: Candidate[] = [];
  let frontier = [centre.row.elementId];
  let total = 0;
  let truncated = false;
  for (let level = 1; level <= query.depth && frontier.length > 0; level++) {
    const budget = levelBudget(query.limit - reached.length, level, query.depth);
    const { taken, unseen } = await expandLevel(tx, frontier, seen, budget, params, filtered);
    total += unseen;
    if (unseen > taken.length) truncated = true;
    for (const candidate of taken) seen.add(candidate.elementId);
    reached.push(...taken);
    const cap = FRONTIER_CAP[level] ?? FRONTIER_CAP[FRONTIER_CAP.length - 1];
    if (level < query.depth && taken.length > cap) truncated = true;
    frontier = taken.slice(0, cap).map((candidate) => candidate.elementId);
  }
  return { reached, total: Math.max(total, reached.length), truncated };
}

export async function neighbourhood(
  context: ApiContext,
  params: NodeParams,
  query: NeighbourhoodQuery,
): Promise<NeighbourhoodResponse & { centreIsHub: boolean }> {
  return context.db.read(async (tx) => {
    const centre = await findCentre(tx, params);
    const { reached, total, truncated } = await growLevels(tx, centre, query);
    const graph = new GraphCollector();
    graph.addEntry(centre.row.elementId, summaryToDTO(centre.row));
    for (const candidate of reached) graph.addEntry(candidate.elementId, summaryToDTO(candidate));
    const ids = [centre.row.elementId, ...reached.map((candidate) => candidate.elementId)];
    const scannable = [centre, ...reached.map((candidate) => ({ row: candidate, coDegree: candidate.coDegree }))]
      .filter((node) => node.coDegree <= LINK_SCAN_DEGREE)
      .map((node) => node.row.elementId);
    await addLinks(tx, graph, ids, scannable, reached, query.minWeight);
    return {
      ...graph.toGraph(),
      center: nodeId(params.label, params.key),
      depth: query.depth,
      truncated,
      total,
      centreIsHub: centre.coDegree > HUB_DEGREE,
    };
  });
}

async function addLinks(
  tx: ManagedTransaction,
  graph: GraphCollector,
  ids: string[],
  scannable: string[],
  reached: Candidate[],
  minWeight: number,
): Promise<void> {
  const result = await tx.run(LINKS_AMONG, {
    ids,
    scannable,
    minWeight,
    coOccurrenceCap: int(CO_OCCURRENCES_PER_NODE * ids.length),
  });
  const linked = new Set<string>();
  const rows = result.records[0]?.get('links') as Array<[string, string, string, number, number | null]> | undefined;
  for (const [type, start, end, weight, count] of rows ?? []) {
    const edge: RawEdge = { type, start, end, weight, count };
    graph.addEdge(edge);
    linked.add(`${edge.start}|${edge.end}`).add(`${edge.end}|${edge.start}`);
  }
  // Co-occurrence between two hubs is not scanned above, but the link that reached a node is known anyway.
  for (const candidate of reached) {
    if (candidate.coOccurs && !linked.has(`${candidate.via}|${candidate.elementId}`)) {
      graph.addEdge({ type: 'CO_OCCURS', start: candidate.via, end: candidate.elementId, weight: candidate.weight });
    }
  }
}

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
      if (cached.value) return cached.value;
      const { centreIsHub, ...response } = await neighbourhood(context, request.params, request.query);
      if (centreIsHub) hubCache.put(key, cached.signature, response);
      return response;
    },
  );
}
