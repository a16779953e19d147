/**
 * Starting positions that already show structure: nodes grouped by Louvain community and circle-packed.
 * ForceAtlas2 then only refines, so a busy machine that manages few iterations still draws clusters,
 * not a random disc.
 */
import circlepack from 'graphology-layout/circlepack';
import type { ExplorerGraph } from './build.ts';
import { assignCommunities } from './communities.ts';

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

export function seedLayout(graph: ExplorerGraph): void {
  if (graph.order < 3) return;
  if (graph.getNodeAttribute(graph.nodes()[0], 'community') === undefined) assignCommunities(graph);
  circlepack.assign(graph, { hierarchyAttributes: ['community'], rng: seededRandom(7) });
}
