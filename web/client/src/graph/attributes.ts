/** The attributes papergraph keeps on graphology nodes and edges (sigma reads x, y, size, color, label). */
import type { NodeLabel } from '../../../../graph-schema/model.ts';

export type PropValue = string | number | boolean | null | string[] | number[];

export interface ExplorerNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  /** Display name; sigma draws it. */
  label: string;
  nodeLabel: NodeLabel;
  key: string;
  paperCount: number | null;
  community?: number;
  /** How much the name says, 0 (generic) to 1 (in one paper), when the server sent it (tables show it). */
  specificity?: number;
  /** ForceAtlas2 leaves it where it is (a neighbourhood's centre). */
  fixed?: boolean;
  props: Record<string, PropValue>;
}

/** One API relationship folded into a drawn edge, kept for the link tables (kind, direction, GPU count). */
export interface EdgeLink {
  id: string;
  type: string;
  source: string;
  target: string;
  weight: number;
  /** Count on the relationship (GPUs on RUNS_ON), when it has one. */
  count: number | null;
}

export interface ExplorerEdgeAttributes {
  size: number;
  color: string;
  relType: string;
  weight: number;
  /** API edge ids folded into this drawn edge (parallel relationships are drawn once). */
  ids: string[];
  /** The relationships behind this edge, in the order they came; optional so hand-made graphs need not set it. */
  links?: EdgeLink[];
}
