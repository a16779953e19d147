/**
 * Starting positions that already show structure: nodes grouped by Louvain community and circle-packed.
 * ForceAtlas2 then only refines, so a busy machine that manages few iterations still draws clusters,
 * not a random disc.
 */
import circlepack from 'graphology-layout/circlepack';
import type { ExplorerGraph } from './build.ts';
import { assignCommunities } from './communities.ts';
import { seededRandom } from '../../../shared/seeded-random.ts';

export function seedLayout(graph: ExplorerGraph): void {
  if (graph.order < 3) return;
  if (graph.getNodeAttribute(graph.nodes()[0], 'community') === undefined) assignCommunities(graph);
  circlepack.assign(graph, { hierarchyAttributes: ['community'], rng: seededRandom(7) });
}
