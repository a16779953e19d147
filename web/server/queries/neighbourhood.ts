/**
 * The neighbourhood (GET /api/neighbourhood/:label/:key): the ego network, grown level by level in one read transaction.
 *
 * Each level has a budget of nodes. Co-occurrence neighbours are ranked by weight, so the strongest links are
 * kept (exactly around the centre; beyond it, from a bounded window of each hub's links, see below); paper links
 * all weigh 1, so papers are read from a bounded window of a hub's links (a hub can have tens of thousands) and
 * ranked by upvotes. Every type shares the budget (round-robin, strongest first within a type) so none crowds the
 * others out; `more` gives the types a user asked for a larger share, and `typeTotals` counts each type's neighbours.
 * Everything left out is counted in `total`: exact at depth 1; deeper it adds each expanded node's neighbours,
 * so a node reachable twice counts twice (an upper estimate, never an undercount). Links between shown nodes:
 * every link used to reach a node, every paper's mentions, and the strongest co-occurrences among them.
 * The centre and its first level come in one statement, which at depth 1 also brings the links: one round trip.
 */
import type { ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import { nodeId } from '../../../graph-schema/keys.ts';
import type { NeighbourhoodResponse } from '../../shared/api.ts';
import type { ApiContext } from '../context.ts';
import { int } from '../database.ts';
import { GraphCollector } from '../dto.ts';
import { notFound } from '../errors.ts';
import { filterParams, type FilterParams } from './filters.ts';
import { addLinksAmongShown, type LinksAmongShown } from './links-among-shown.ts';
import { matchNode } from './match-node.ts';
import { centreStatement, expandStatement, LINKS_AMONG } from './neighbourhood-statements.ts';
import { readNodeSummary, round3, summaryToDTO, type NodeSummary, type NodeSummaryRow } from './node-summary.ts';
import { type NeighbourhoodQuery, type NodeParams, filtersFrom, parseTypes } from '../../shared/requests.ts';

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
/** Extra neighbours of each type the user asked to see more of. */
const MORE_OF_TYPE = 60;
/** Co-occurrence links among shown nodes, strongest first, per shown node. */
const CO_OCCURRENCES_PER_NODE = 4;

type Candidate = NodeSummary & { weight: number; via: string; coOccurs: boolean };
/** `npmi`: the association strength of the link to the node it was reached from (null for paper links). */
type CandidateRow = [summary: NodeSummaryRow, weight: number, coOccurs: boolean, npmi: number | null];
type ExpandParams = FilterParams & { minWeight: number };

/**
 * Takes up to `budget` candidates round-robin across types, strongest first within each, so every type present
 * gets a share and a type that runs out leaves its share to the others (the centre statement ranks the same way).
 */
function takeBalanced(candidates: Candidate[], budget: number): Candidate[] {
  const byType = new Map<string, Candidate[]>();
  for (const candidate of [...candidates].sort((a, b) => b.weight - a.weight)) {
    byType.set(candidate.label, [...(byType.get(candidate.label) ?? []), candidate]);
  }
  const queues = [...byType.keys()].sort().map((label) => byType.get(label) ?? []);
  const taken: Candidate[] = [];
  for (let round = 0; taken.length < budget && queues.some((queue) => queue.length > round); round++) {
    const heads = queues.map((queue) => queue[round]).filter((candidate): candidate is Candidate => candidate !== undefined);
    for (const candidate of heads.sort((a, b) => b.weight - a.weight)) if (taken.length < budget) taken.push(candidate);
  }
  return taken;
}

function levelBudget(remaining: number, level: number, depth: number): number {
  return Math.max(1, Math.ceil(remaining / (depth - level + 1)));
}

/** Parameters of one level's expansion; around the centre nothing else is seen yet. */
function levelParams(params: ExpandParams, seen: Set<string>, frontierSize: number, budget: number): Record<string, unknown> {
  const aroundCentre = seen.size <= 1;
  return {
    ...params,
    seen: aroundCentre ? [] : [...seen],
    perNode: int(Math.min(budget, Math.max(5, Math.ceil((budget * 2) / frontierSize)))),
    paperWindow: int(aroundCentre ? PAPER_WINDOW.centre : PAPER_WINDOW.outer),
    coOccurrenceWindow: int(aroundCentre ? Number.MAX_SAFE_INTEGER : OUTER_CO_OCCURRENCE_WINDOW),
    // Past the first level each expanded node links back to the node it was reached from.
    seenNeighbourAllowance: aroundCentre ? 0 : 1,
    // No self-links, so around the centre the membership test on every co-occurrence link can be skipped.
    aroundCentre,
  };
}

function readCandidate([summary, weight, coOccurs, npmi]: CandidateRow, via: string): Candidate {
  const node = readNodeSummary(summary);
  return { ...node, ...(npmi === null || npmi === undefined ? {} : { npmi: round3(npmi) }), weight, coOccurs, via };
}

/** Keeps each candidate's strongest link when several frontier nodes reach it. */
function collectCandidates(best: Map<string, Candidate>, rows: CandidateRow[], via: string): void {
  for (const row of rows) {
    const candidate = readCandidate(row, via);
    const known = best.get(candidate.elementId);
    if (!known || known.weight < candidate.weight) best.set(candidate.elementId, candidate);
  }
}

async function expandLevel(
  tx: ManagedTransaction,
  frontier: string[],
  seen: Set<string>,
  budget: number,
  params: ExpandParams,
  filtered: boolean,
): Promise<{ taken: Candidate[]; unseen: number }> {
  const rows = await tx.run<{ unseen: number; candidates: CandidateRow[]; via: string }>(expandStatement(filtered), {
    ...levelParams(params, seen, frontier.length, budget),
    frontier,
  });
  const best = new Map<string, Candidate>();
  let unseen = 0;
  for (const record of rows.records) {
    unseen += Math.max(0, record.get('unseen'));
    collectCandidates(best, record.get('candidates'), record.get('via'));
  }
  return { taken: takeBalanced([...best.values()], budget), unseen };
}

function isFiltered(query: NeighbourhoodQuery): boolean {
  return (
    query.types !== undefined || query.from !== undefined || query.to !== undefined || (query.minPapers ?? 0) > 0 || query.minWeight > 1
  );
}

/** Centres with more co-occurrence links than this are hubs: their answers are cached until the graph changes. */
const HUB_DEGREE = 2_000;

interface FirstLevel {
  centre: NodeSummary;
  coDegree: number;
  signature: string;
  taken: Candidate[];
  unseen: number;
  /** Neighbours of the centre per type, within the filters. */
  typeTotals: Array<[string, number]>;
  /** At depth 1: the links among the centre and the nodes taken, in that order. */
  links: LinksAmongShown;
}

/** The centre and its first level in one statement, with the links too when that is the whole answer. */
type RunStatement = (query: string, params: Record<string, unknown>) => Promise<QueryResult<FirstLevelRecord>>;

/** What the centre statement returns (neighbourhood-statements.ts). */
interface FirstLevelRecord extends RecordShape {
  centre: NodeSummaryRow;
  coDegree: number;
  signature: string;
  candidates: CandidateRow[];
  unseen: number;
  /** [label, neighbours of that label within the filters]. */
  typeTotals: Array<[string, number]>;
  links: LinksAmongShown['mentions'];
  coOccurrences: LinksAmongShown['coOccurrences'];
}

async function readFirstLevel(
  run: RunStatement,
  params: NodeParams,
  query: NeighbourhoodQuery,
  expand: ExpandParams,
  filtered: boolean,
): Promise<FirstLevel> {
  const budget = levelBudget(query.limit, 1, query.depth);
  const statement = centreStatement(matchNode(params.label, 'n', 'key', 'label'), filtered, query.depth === 1);
  const moreTypes = parseTypes(query.more) ?? [];
  const found = await run(statement, {
    ...levelParams(expand, new Set(), 1, budget + (moreTypes.length > 0 ? MORE_OF_TYPE : 0)),
    key: params.key,
    label: params.label,
    budget: int(budget),
    moreTypes,
    moreExtra: int(MORE_OF_TYPE),
    coOccurrencesPerNode: int(CO_OCCURRENCES_PER_NODE),
  });
  const record = found.records[0];
  if (!record) throw notFound(`No ${params.label} with key "${params.key}".`);
  const centre = readNodeSummary(record.get('centre'));
  return {
    centre,
    coDegree: record.get('coDegree'),
    signature: record.get('signature'),
    // The statement already took the budget, balanced and strongest first; links refer to this order.
    taken: record.get('candidates').map((row) => readCandidate(row, centre.elementId)),
    unseen: Math.max(0, record.get('unseen')),
    typeTotals: record.get('typeTotals'),
    links: { mentions: record.get('links'), coOccurrences: record.get('coOccurrences') },
  };
}

/** Grows the network level by level past the first; returns every node reached and what was left out. */
async function growLevels(
  tx: ManagedTransaction,
  first: FirstLevel,
  query: NeighbourhoodQuery,
  expand: ExpandParams,
  filtered: boolean,
): Promise<{ reached: Candidate[]; total: number; truncated: boolean }> {
  const seen = new Set([first.centre.elementId, ...first.taken.map((candidate) => candidate.elementId)]);
  const reached = [...first.taken];
  let total = first.unseen;
  let truncated = first.unseen > first.taken.length || (query.depth > 1 && first.taken.length > FRONTIER_CAP[1]);
  let frontier = first.taken.slice(0, FRONTIER_CAP[1]).map((candidate) => candidate.elementId);
  for (let level = 2; level <= query.depth && frontier.length > 0; level++) {
    const budget = levelBudget(query.limit - reached.length, level, query.depth);
    const { taken, unseen } = await expandLevel(tx, frontier, seen, budget, expand, filtered);
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
): Promise<{ response: NeighbourhoodResponse; hubSignature: string | null }> {
  const expand: ExpandParams = { ...filterParams(filtersFrom(query)), minWeight: query.minWeight };
  const filtered = isFiltered(query);
  // At depth 1 the whole answer is one statement; deeper, the levels share one read transaction.
  if (query.depth === 1) {
    const first = await readFirstLevel(
      (text, values) => context.db.readStatement<FirstLevelRecord>(text, values),
      params,
      query,
      expand,
      filtered,
    );
    return assemble(
      params,
      query,
      first,
      { reached: first.taken, total: first.unseen, truncated: first.unseen > first.taken.length },
      first.links,
    );
  }
  return context.db.read(async (tx) => {
    const first = await readFirstLevel((text, values) => tx.run<FirstLevelRecord>(text, values), params, query, expand, filtered);
    const grown = await growLevels(tx, first, query, expand, filtered);
    const links = await readLinks(
      tx,
      [first.centre, ...grown.reached].map((row) => row.elementId),
      query.minWeight,
    );
    return assemble(params, query, first, grown, links);
  });
}

/** The answer from what was read; the signature was read before the answer, so a write landing meanwhile makes a
 * cached hub answer stale, never wrongly fresh. `links` refer to the centre and `reached` by position. */
function assemble(
  params: NodeParams,
  query: NeighbourhoodQuery,
  first: FirstLevel,
  { reached, total, truncated }: { reached: Candidate[]; total: number; truncated: boolean },
  links: LinksAmongShown,
): { response: NeighbourhoodResponse; hubSignature: string | null } {
  const shown = [first.centre, ...reached];
  const graph = new GraphCollector();
  for (const summary of shown) graph.addEntry(summary.elementId, summaryToDTO(summary));
  addLinksAmongShown(
    graph,
    shown.map((summary) => summary.id),
    links,
  );
  // The link that reached a node is always drawn, even past the cap on co-occurrences.
  for (const candidate of reached) {
    if (candidate.coOccurs) graph.addEdge({ type: 'CO_OCCURS', start: candidate.via, end: candidate.elementId, weight: candidate.weight });
  }
  const typeTotals = Object.fromEntries(first.typeTotals.filter(([type]) => type !== null)) as NeighbourhoodResponse['typeTotals'];
  const response = {
    ...graph.toGraph(),
    centre: nodeId(params.label, params.key),
    depth: query.depth,
    truncated,
    total: Math.max(total, reached.length),
    typeTotals,
  };
  return { response, hubSignature: first.coDegree > HUB_DEGREE ? first.signature : null };
}

async function readLinks(tx: ManagedTransaction, ids: string[], minWeight: number): Promise<LinksAmongShown> {
  const record = (await tx.run(LINKS_AMONG, { ids, minWeight, coOccurrencesPerNode: int(CO_OCCURRENCES_PER_NODE) })).records[0];
  return { mentions: record?.get('links') ?? [], coOccurrences: record?.get('coOccurrences') ?? [] };
}
