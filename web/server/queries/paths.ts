/**
 * GET /api/paths?from=&to=&max=&k=&avoidHubs=: up to k distinct connections between two nodes, shortest first and
 * generic hubs demoted (or avoided), as a graph plus ordered paths.
 */
import type { Node, Path, RecordShape } from 'neo4j-driver';
import type { NodeLabel } from '../../../graph-schema/model.ts';
import type { PathsResponse } from '../../shared/api.ts';
import type { ApiContext } from '../context.ts';
import { GraphCollector } from '../dto.ts';
import { badRequest, notFound } from '../errors.ts';
import { filterParams, nodeFilter } from './filters.ts';
import { matchNode } from './match-node.ts';
import { MENTION_ALTERNATION } from './relationships.ts';
import { HUB_PAPERS, IS_HUB, genericness } from './hubs.ts';
import { type PathsQuery, filtersFrom, parseNodeRef } from '../../shared/requests.ts';

type Via = PathsQuery['via'];

const VIA_TYPES: Record<Via, string> = {
  all: `${MENTION_ALTERNATION}|CO_OCCURS`,
  papers: MENTION_ALTERNATION,
  cooccurrence: 'CO_OCCURS',
};
const CLAIM_AND_LISTING_LINKS = 'CLAIMS|ABOUT|LISTED_IN';

/** Path length cannot be a parameter in Cypher: one statement per allowed bound, from a fixed table. */
const LENGTH_BOUNDS = ['{1,1}', '{1,2}', '{1,3}', '{1,4}', '{1,5}', '{1,6}'] as const;
/** More candidates than asked for: paths differing only by a parallel relationship collapse into one. */
const CANDIDATES_PER_PATH = 3;

/**
 * Up to `count` shortest paths (SHORTEST k, not only the shortest length), each a trail; the filters and hub
 * avoidance apply to the inner nodes during the search (a parenthesised pattern's WHERE, before selection).
 * `count` and the bound are integers validated by the schema, written into the statement from fixed tables.
 */
function pathStatement(
  fromLabel: NodeLabel,
  toLabel: NodeLabel,
  via: Via,
  max: number,
  filtered: boolean,
  avoidHubs: boolean,
  count: number,
): string {
  const needsClaimLinks = [fromLabel, toLabel].some((label) => label === 'Claim' || label === 'Listing');
  const types = needsClaimLinks ? `${VIA_TYPES[via]}|${CLAIM_AND_LISTING_LINKS}` : VIA_TYPES[via];
  const bound = LENGTH_BOUNDS[max - 1];
  const inner = [filtered ? nodeFilter('n') : null, avoidHubs ? `NOT ${IS_HUB('n', 'hubPapers')}` : null].filter(Boolean);
  const where = inner.length > 0 ? `WHERE all(n IN y[0..-1] WHERE ${inner.join(' AND ')})` : '';
  return `${matchNode(fromLabel, 'a', 'fromKey', 'fromLabel')}
    ${matchNode(toLabel, 'b', 'toKey', 'toLabel')}
    WITH a, b, ${HUB_PAPERS} AS hubPapers
    OPTIONAL MATCH p = SHORTEST ${Math.trunc(count) * CANDIDATES_PER_PATH} ((a) ((x)-[:${types}]-(y))${bound} (b) ${where})
    RETURN a, b, p, hubPapers`;
}

function hasFilters(query: PathsQuery): boolean {
  return query.types !== undefined || query.minPapers !== undefined || query.fromDate !== undefined || query.toDate !== undefined;
}

/** A row of the path statement: the two ends and the hub threshold (the same on every row), and a path or null. */
interface PathRecord extends RecordShape {
  a: Node;
  b: Node;
  hubPapers: number;
  p: Path | null;
}

/** A path's node ids, or null when it visits a node twice (a trail can; a connection should not). */
function simpleNodeIds(path: Path): string[] | null {
  const ids = [path.start.elementId, ...path.segments.map((segment) => segment.end.elementId)];
  return new Set(ids).size === ids.length ? ids : null;
}

export async function paths(context: ApiContext, query: PathsQuery): Promise<PathsResponse> {
  const from = parseNodeRef(query.from);
  const to = parseNodeRef(query.to);
  if (query.from === query.to) throw badRequest('from and to must be two different nodes.');
  const wanted = Math.min(query.k, query.limit);
  const filters = filterParams(
    filtersFrom({ types: query.types, minPapers: query.minPapers, from: query.fromDate, to: query.toDate, undated: query.undated }),
  );
  const statement = pathStatement(from.label, to.label, query.via, query.max, hasFilters(query), query.avoidHubs, wanted);
  const params = { ...filters, fromKey: from.key, fromLabel: from.label, toKey: to.key, toLabel: to.label };
  return context.db.read(async (tx) => {
    const result = await tx.run<PathRecord>(statement, params);
    if (result.records.length === 0) throw notFound(`No node ${query.from} or no node ${query.to}.`);
    const graph = new GraphCollector();
    graph.addNode(result.records[0].get('a'));
    graph.addNode(result.records[0].get('b'));
    const hubPapers = result.records[0].get('hubPapers');
    const seen = new Set<string>();
    const candidates: Array<{ path: Path; genericness: number }> = [];
    for (const record of result.records) {
      const path = record.get('p');
      const ids = path && simpleNodeIds(path);
      if (!path || !ids || seen.has(ids.join('|'))) continue;
      seen.add(ids.join('|'));
      const inner = path.segments.slice(0, -1).map((segment) => segment.end);
      const paperCount = (node: Node) => (node.properties.paperCount === undefined ? null : Number(node.properties.paperCount));
      candidates.push({ path, genericness: inner.reduce((sum, node) => sum + genericness(paperCount(node), hubPapers), 0) });
    }
    // Shortest first; at equal length, the paths through the most specific nodes (generic hubs demoted).
    candidates.sort((x, y) => x.path.length - y.path.length || x.genericness - y.genericness);
    const found = candidates.slice(0, wanted).map(({ path }) => collectPath(graph, path));
    return { ...graph.toGraph(), from: query.from, to: query.to, paths: found };
  });
}

function collectPath(graph: GraphCollector, path: Path): PathsResponse['paths'][number] {
  const nodes = [graph.addNode(path.start)];
  const edges: string[] = [];
  for (const segment of path.segments) {
    nodes.push(graph.addNode(segment.end));
    const relationship = segment.relationship;
    const edge = graph.addEdge({
      type: relationship.type,
      start: relationship.startNodeElementId,
      end: relationship.endNodeElementId,
      weight: relationship.type === 'CO_OCCURS' ? Number(relationship.properties.weight ?? 1) : 1,
    });
    if (edge) edges.push(edge.id);
  }
  return { nodes, edges, length: path.length };
}
