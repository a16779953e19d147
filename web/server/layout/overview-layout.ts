/**
 * Overview positions computed once on the server: nodes grouped by Louvain community and circle-packed, then
 * ForceAtlas2 for a fixed number of iterations. Everything is seeded, so the same graph gives the same picture.
 * Pure and synchronous: layout-worker.ts runs it off the API's event loop.
 */
import Graph from 'graphology';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { forceAtlas2Settings } from '../../shared/layout-settings.ts';
import { circlePackByCommunity, louvainCommunities } from '../../shared/community-seed.ts';

/** A graph to lay out, compactly: node ids, and edges as [source index, target index, weight]. */
export interface LayoutInput {
  ids: string[];
  edges: Array<[number, number, number]>;
  /** Community of each node (ids order), when already known (the topic map's): seeds the picture instead of Louvain. */
  communities?: number[];
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

export interface LayoutTuning {
  /** Overrides of the shared settings (the topic map separates its communities more firmly). */
  settings?: Partial<ForceAtlas2Settings>;
  /** Share of layoutIterations to run: a start already grouped by known communities settles sooner. */
  iterationShare?: number;
}

export function computeLayout(input: LayoutInput, tuning: LayoutTuning = {}): LayoutOutput {
  const graph = toGraph(input);
  if (graph.order >= 3) {
    const given = input.communities;
    const communities = given ? Object.fromEntries(input.ids.map((id, i) => [id, given[i] ?? -1])) : louvainCommunities(graph);
    graph.updateEachNodeAttributes((id, attributes) => ({ ...attributes, community: communities[id] }));
    circlePackByCommunity(graph, 10 * Math.sqrt(graph.order));
    forceAtlas2.assign(graph, {
      iterations: Math.max(1, Math.round(layoutIterations(graph.order) * (tuning.iterationShare ?? 1))),
      settings: { ...forceAtlas2Settings(graph.order), ...tuning.settings },
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
