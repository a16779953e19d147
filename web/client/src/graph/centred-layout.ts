/**
 * A neighbourhood laid out by its neighbours' links to one another, not only as a star: every neighbour is linked
 * to the centre, so at full strength those links pull all of them onto one circle around it. Weakened, they only
 * keep the neighbours near; the links among neighbours (shared papers, co-occurrences) then group them.
 */
import type { ExplorerEdgeAttributes, ExplorerNodeAttributes } from './attributes.ts';
import type { ExplorerGraph } from './build.ts';

/** What a link to the centre weighs in the layout, relative to its own weight. */
export const CENTRE_LINK_PULL = 0.08;

/** ForceAtlas2's edge weight for a graph drawn around `centre` (null: every link as it is). */
export function layoutEdgeWeight(
  centre: string | null,
): (
  edge: string,
  attributes: ExplorerEdgeAttributes,
  source: string,
  target: string,
  s: ExplorerNodeAttributes,
  t: ExplorerNodeAttributes,
) => number {
  return (_edge, attributes, source, target) => {
    const weight = Number.isFinite(attributes.weight) && attributes.weight > 0 ? attributes.weight : 1;
    return centre !== null && (source === centre || target === centre) ? weight * CENTRE_LINK_PULL : weight;
  };
}

/**
 * Holds the centre still at the middle of its neighbours' seed positions, where gravity gathers them: the
 * neighbourhood arranges itself around it instead of drifting off to one side.
 */
export function pinCentre(graph: ExplorerGraph, centre: string | null): void {
  if (centre === null || !graph.hasNode(centre) || graph.order < 2) return;
  let x = 0;
  let y = 0;
  graph.forEachNode((node, attributes) => {
    if (node === centre) return;
    x += attributes.x;
    y += attributes.y;
  });
  graph.mergeNodeAttributes(centre, { x: x / (graph.order - 1), y: y / (graph.order - 1), fixed: true });
}
