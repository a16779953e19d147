/**
 * Co-occurrence links as the neighbourhood statements read them from the entities' partner lists — each pair
 * once, as node ids (`Label:key`) — turned into edges between the nodes actually shown.
 */
import type { RawEdge } from '../dto.ts';

/** [`Label:key`, `Label:key`, weight]. */
export type CoOccurrenceRow = [string, string, number];

/** `elementIdOf` maps the node id of every shown node to its element id; links touching anything else are dropped. */
export function coOccurrenceEdges(rows: readonly CoOccurrenceRow[], elementIdOf: ReadonlyMap<string, string>): RawEdge[] {
  const edges: RawEdge[] = [];
  for (const [a, b, weight] of rows) {
    const start = elementIdOf.get(a);
    const end = elementIdOf.get(b);
    if (start && end && start !== end) edges.push({ type: 'CO_OCCURS', start, end, weight });
  }
  return edges;
}
