/**
 * Overview positions computed once on the server: nodes grouped by Louvain community and circle-packed, then
 * ForceAtlas2 for a fixed number of iterations. Everything is seeded, so the same graph gives the same picture.
 * Pure and synchronous: layout-worker.ts runs it off the API's event loop.
 */
import Graph from 'graphology';
import type { OverviewResponse } from '../../shared/api.ts';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { forceAtlas2Settings } from '../../shared/layout-settings.ts';
import { circlePackByCommunity, louvainCommunities } from '../../shared/community-seed.ts';

/** A graph to lay out, compactly: node ids, and edges as [source index, target index, weight]. */
export interface LayoutInput {
  ids: string[];
  edges: Array<[number, number, number]>;
}

/** Positions in `ids` order: x0, y0, x1, y1, … */
export type LayoutOutput = number[];

/**
 * Enough iterations to settle a clustered start (the 1,500-node overview looks the same after 150 as after 300);
 * fewer per node on big graphs, where each one costs more.
 */
export function layoutIterations(order: number): number {
  if (order < 2) return 0;
  return Math.round(Math.min(300, Math.max(100, 225_000 / order)));
}

function toGraph(input: LayoutInput): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of input.ids) graph.mergeNode(id, { x: 0, y: 0 });
  for (const [source, target, weight] of input.edges) {
    const a = input.ids[source];
    const b = input.ids[target];
    if (a === undefined || b === undefined || a === b) continue;
    const existing = graph.edge(a, b);
    if (existing === undefined) graph.addEdge(a, b, { weight });
    else if (weight > (graph.getEdgeAttribute(existing, 'weight') as number)) graph.setEdgeAttribute(existing, 'weight', weight);
  }
  return graph;
}

export function computeLayout(input: LayoutInput): LayoutOutput {
  const graph = toGraph(input);
  if (graph.order >= 3) {
    const communities = louvainCommunities(graph);
    graph.updateEachNodeAttributes((id, attributes) => ({ ...attributes, community: communities[id] }));
    circlePackByCommunity(graph, 10 * Math.sqrt(graph.order));
    forceAtlas2.assign(graph, {
      iterations: layoutIterations(graph.order),
      settings: forceAtlas2Settings(graph.order),
      getEdgeWeight: 'weight',
    });
  } else {
    input.ids.forEach((id, i) => graph.mergeNodeAttributes(id, { x: i * 10, y: 0 }));
  }
  const round = (value: number) => (Number.isFinite(value) ? Math.round(value * 100) / 100 : 0);
  return input.ids.flatMap((id) => {
    const { x, y } = graph.getNodeAttributes(id) as { x: number; y: number };
    return [round(x), round(y)];
  });
}

/** The overview as the layout worker wants it: node indexes instead of ids. */
export function layoutInput(graph: OverviewResponse): LayoutInput {
  const index = new Map(graph.nodes.map((node, i) => [node.id, i]));
  const edges: LayoutInput['edges'] = [];
  for (const edge of graph.edges) {
    const source = index.get(edge.source);
    const target = index.get(edge.target);
    if (source !== undefined && target !== undefined) edges.push([source, target, edge.weight]);
  }
  return { ids: graph.nodes.map((node) => node.id), edges };
}
