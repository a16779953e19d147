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
  /** ForceAtlas2 leaves it where it is (a neighbourhood's centre). */
  fixed?: boolean;
  props: Record<string, PropValue>;
}

export interface ExplorerEdgeAttributes {
  size: number;
  color: string;
  relType: string;
  weight: number;
  /** API edge ids folded into this drawn edge (parallel relationships are drawn once). */
  ids: string[];
}
