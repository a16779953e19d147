/**
 * Starting positions that already show structure: nodes grouped by Louvain community and circle-packed (the
 * server's sequence, web/shared/community-seed.ts).
 * ForceAtlas2 then only refines, so a busy machine that manages few iterations still draws clusters,
 * not a random disc.
 */
import { circlePackByCommunity } from '../../../shared/community-seed.ts';
import type { ExplorerGraph } from './build.ts';
import { assignCommunities } from './communities.ts';

export function seedLayout(graph: ExplorerGraph): void {
  if (graph.order < 3) return;
  if (graph.getNodeAttribute(graph.nodes()[0], 'community') === undefined) assignCommunities(graph);
  circlePackByCommunity(graph);
}
