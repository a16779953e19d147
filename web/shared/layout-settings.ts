/**
 * ForceAtlas2 settings for papergraph's graphs, shared by the server (overview positions computed once) and the
 * client (the layout worker the toolbar starts), so a layout resumed in the browser keeps the server's picture.
 */
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

/** Beyond this many nodes, Barnes-Hut pays for itself and the graph has unlinked entities to hold in. */
const BIG_GRAPH = 400;

export function forceAtlas2Settings(order: number): ForceAtlas2Settings {
  const big = order > BIG_GRAPH;
  return {
    ...forceAtlas2.inferSettings(order),
    barnesHutOptimize: big,
    // A coarser approximation halves the cost of an iteration without a visible change in the picture.
    barnesHutTheta: 1,
    // The overview's few hundred unlinked entities otherwise drift into a far ring that shrinks the rest to a dot.
    ...(big ? { gravity: 0.5 } : {}),
    // Strong co-occurrence pulls harder, but a few heavy hubs must not collapse the picture.
    edgeWeightInfluence: 0.4,
    slowDown: 2 + Math.log10(order + 1),
  };
}
