/** The current graph as GEXF 1.3 for Gephi, with positions, sizes, colours and papergraph attributes. */
import write from 'graphology-gexf/common/writer.js';
import type { ExplorerGraph } from '../graph/build.ts';

export function toGexf(graph: ExplorerGraph): string {
  return write(graph, {
    version: '1.3',
    formatNode: (_key, a) => ({
      label: a.label,
      attributes: { nodeLabel: a.nodeLabel, key: a.key, paperCount: a.paperCount ?? -1, community: a.community ?? -1 },
      viz: { x: a.x, y: a.y, size: a.size, color: a.color },
    }),
    formatEdge: (_key, a) => ({
      weight: a.weight,
      attributes: { relType: a.relType },
      viz: { thickness: a.size },
    }),
  });
}
