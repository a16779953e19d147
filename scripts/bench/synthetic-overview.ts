/** Synthetic overview graphs for the web benchmark: shaped like the real overview, any size, the same every run. */
import type { GraphEdgeDTO, GraphNodeDTO, OverviewResponse } from '../../web/shared/api.ts';
import { ENTITY_LABELS } from '../../graph-schema/model.ts';
import { seededRandom } from '../../web/shared/seeded-random.ts';

/** A preferential-attachment graph: a few hubs, many small entities, about two links per node. */
export function syntheticOverview(order: number): OverviewResponse {
  const random = seededRandom(order);
  const nodes: GraphNodeDTO[] = [];
  const edges: GraphEdgeDTO[] = [];
  const endpoints: number[] = [];
  for (let i = 0; i < order; i++) {
    const label = ENTITY_LABELS[Math.floor(random() * ENTITY_LABELS.length)];
    nodes.push({ id: `${label}:synthetic${i}`, label, key: `synthetic${i}`, name: `${label} ${i}`, paperCount: 1, props: {} });
    const links = i === 0 ? 0 : Math.min(i, 2);
    const seen = new Set<number>();
    for (let l = 0; l < links; l++) {
      const target = endpoints.length > 0 && random() < 0.8 ? endpoints[Math.floor(random() * endpoints.length)] : Math.floor(random() * i);
      if (target === i || seen.has(target)) continue;
      seen.add(target);
      edges.push({
        id: `e${i}-${target}`,
        source: nodes[i].id,
        target: nodes[target].id,
        type: 'CO_OCCURS',
        weight: 1 + Math.floor(random() * 5),
      });
      endpoints.push(i, target);
    }
  }
  const degree = new Map<string, number>();
  for (const edge of edges) for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  for (const node of nodes) node.paperCount = degree.get(node.id) ?? 1;
  return { nodes, edges, truncated: false, total: order };
}
