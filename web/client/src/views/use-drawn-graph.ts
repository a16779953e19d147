/** A graph DTO filtered client-side and built into a graphology graph, rebuilt only when its inputs change. */
import { useMemo } from 'react';
import type { GraphDTO, GraphFilters, OverviewTopicDTO } from '../../../shared/api.ts';
import type { NodeLabel } from '../../../../graph-schema/model.ts';
import { buildGraph, hasPresetLayout, type ExplorerGraph } from '../graph/build.ts';
import { filterGraph } from '../graph/filters.ts';
import { assignCommunities } from '../graph/communities.ts';
import { seedLayout } from '../graph/seed-layout.ts';

export interface DrawnGraph {
  graph: ExplorerGraph;
  hiddenNodes: number;
  /** Identity of this build: use as a React key so the canvas starts fresh per graph. */
  id: number;
}

let nextId = 1;

export function useDrawnGraph(
  dto: (GraphDTO & { topics?: OverviewTopicDTO[] }) | null,
  filters: GraphFilters,
  pinned: string[],
  communities: boolean,
): DrawnGraph | null {
  const filterKey = JSON.stringify(filters);
  const pinnedKey = pinned.join('|');
  const drawn = useMemo(() => {
    if (!dto) return null;
    const { graph: filtered, hiddenNodes } = filterGraph(dto, filters, new Set(pinned));
    const graph = buildGraph(filtered);
    // Positions from the server need no seeding (nor the Louvain pass it costs).
    if (!hasPresetLayout(graph)) seedLayout(graph);
    performance.mark('pg:graph:built');
    return { graph, hiddenNodes, id: nextId++ };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dto, filterKey, pinnedKey]);
  // Louvain writes onto the drawn graph in place: toggling community colours must not rebuild (and re-layout) it.
  useMemo(() => {
    if (drawn && communities && drawn.graph.order > 0 && drawn.graph.getNodeAttribute(drawn.graph.nodes()[0], 'community') === undefined)
      assignCommunities(drawn.graph);
  }, [drawn, communities]);
  return drawn;
}

export function countByLabel(graph: ExplorerGraph): Partial<Record<NodeLabel, number>> {
  const counts: Partial<Record<NodeLabel, number>> = {};
  graph.forEachNode((_, a) => {
    counts[a.nodeLabel] = (counts[a.nodeLabel] ?? 0) + 1;
  });
  return counts;
}
