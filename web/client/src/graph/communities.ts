/** Louvain communities written onto nodes, for "colour by community". */
import louvain from 'graphology-communities-louvain';
import type { ExplorerGraph } from './build.ts';

export function assignCommunities(graph: ExplorerGraph): number {
  if (graph.order === 0) return 0;
  const communities = louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(42) });
  graph.updateEachNodeAttributes((id, a) => ({ ...a, community: communities[id] }));
  return new Set(Object.values(communities)).size;
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}
