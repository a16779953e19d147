/**
 * The start of every papergraph layout, one sequence for the server (overview positions) and the client (graphs it
 * lays out itself): Louvain communities, then nodes circle-packed by community, then ForceAtlas2
 * (layout-settings.ts) only refines. Seeded, so the same graph gives the same picture on either side.
 */
import type Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import circlepack from 'graphology-layout/circlepack';
import { seededRandom } from './seeded-random.ts';

const LOUVAIN_SEED = 42;
const CIRCLEPACK_SEED = 7;

/** Louvain communities by node id, weighted by the edges' `weight`. */
export function louvainCommunities(graph: Graph): Record<string, number> {
  return louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(LOUVAIN_SEED) });
}

/** Positions grouped by the nodes' `community` attribute; `scale` spreads them (circlepack's default is 1). */
export function circlePackByCommunity(graph: Graph, scale?: number): void {
  circlepack.assign(graph, {
    hierarchyAttributes: ['community'],
    rng: seededRandom(CIRCLEPACK_SEED),
    ...(scale === undefined ? {} : { scale }),
  });
}
