/** Shortest connections between two nodes (GET /api/paths), as a graph and as ordered paths. */
import type { Node, Path } from 'neo4j-driver';
import type { NodeLabel } from '../../../graph-schema/model.ts';
import type { PathsResponse } from '../../shared/api.ts';
import type { ApiContext } from '../context.ts';
import { int } from '../database.ts';
import { GraphCollector } from '../dto.ts';
import { badRequest, notFound } from '../errors.ts';
import { filterParams, nodeFilter } from './filters.ts';
import { matchNode } from './match-node.ts';
import { MENTION_ALTERNATION } from './relationships.ts';
import { type PathsQuery, filtersFrom, parseNodeRef } from '../../shared/requests.ts';

type Via = PathsQuery['via'];

const VIA_TYPES: Record<Via, string> = {
  all: `${MENTION_ALTERNATION}|CO_OCCURS`,
  papers: MENTION_ALTERNATION,
  cooccurrence: 'CO_OCCURS',
};
const CLAIM_AND_LISTING_LINKS = 'CLAIMS|ABOUT|LISTED_IN';

/** Path length cannot be a parameter in Cypher: one statement per allowed bound, from a fixed table. */
const LENGTH_BOUNDS = ['*..1', '*..2', '*..3', '*..4', '*..5', '*..6'] as const;

function pathStatement(fromLabel: NodeLabel, toLabel: NodeLabel, via: Via, max: number, filtered: boolean): string {
  const needsClaimLinks = [fromLabel, toLabel].some((label) => label === 'Claim' || label === 'Listing');
  const types = needsClaimLinks ? `${VIA_TYPES[via]}|${CLAIM_AND_LISTING_LINKS}` : VIA_TYPES[via];
  const bound = LENGTH_BOUNDS[max - 1];
  const where = filtered ? `WHERE all(n IN nodes(p) WHERE n = a OR n = b OR ${nodeFilter('n')})` : '';
  return `${matchNode(fromLabel, 'a', 'fromKey', 'fromLabel')}
    ${matchNode(toLabel, 'b', 'toKey', 'toLabel')}
    OPTIONAL MATCH p = allShortestPaths((a)-[:${types}${bound}]-(b)) ${where}
    RETURN a, b, p LIMIT $limit`;
}

function hasFilters(query: PathsQuery): boolean {
  return query.types !== undefined || query.minPapers !== undefined || query.fromDate !== undefined || query.toDate !== undefined;
}

export async function paths(context: ApiContext, query: PathsQuery): Promise<PathsResponse> {
  const from = parseNodeRef(query.from);
  const to = parseNodeRef(query.to);
  if (query.from === query.to) throw badRequest('from and to must be two different nodes.');
  const filters = filterParams(filtersFrom({ types: query.types, minPapers: query.minPapers, from: query.fromDate, to: query.toDate }));
  const statement = pathStatement(from.label, to.label, query.via, query.max, hasFilters(query));
  const params = { ...filters, fromKey: from.key, fromLabel: from.label, toKey: to.key, toLabel: to.label, limit: int(query.limit) };
  return context.db.read(async (tx) => {
    const result = await tx.run<{ a: Node; b: Node; p: Path | null }>(statement, params);
    if (result.records.length === 0) throw notFound(`No node ${query.from} or no node ${query.to}.`);
    const graph = new GraphCollector();
    graph.addNode(result.records[0].get('a'));
    graph.addNode(result.records[0].get('b'));
    const found: PathsResponse['paths'] = [];
    for (const record of result.records) {
      const path = record.get('p');
      if (!path) continue;
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
      found.push({ nodes, edges, length: path.length });
    }
    return { ...graph.toGraph(), from: query.from, to: query.to, paths: found };
  });
}
