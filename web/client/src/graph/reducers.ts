/**
 * Transient highlight as sigma reducers: hover fades all but a node's neighbours, selection keeps its
 * neighbourhood lit, a drawn path stands out. Pure functions over a HighlightState so they test without sigma.
 */
import type { ExplorerEdgeAttributes, ExplorerNodeAttributes } from './attributes.ts';
import type { ExplorerGraph } from './build.ts';
import {
  DARK_EDGE_COLOUR,
  DARK_FADED_EDGE_COLOUR,
  DARK_FADED_NODE_COLOUR,
  FADED_EDGE_COLOUR,
  FADED_NODE_COLOUR,
  PATH_COLOUR,
  communityColour,
} from './colours.ts';

export interface HighlightState {
  /** The node the highlight is about: the hovered one, else the selected one. */
  focus: string | null;
  focusNeighbours: ReadonlySet<string>;
  selected: string | null;
  pathNodes: ReadonlySet<string>;
  pathEdges: ReadonlySet<string>;
  colourByCommunity: boolean;
  /** Dark theme: faded things fade towards the dark background, not towards white. */
  dark?: boolean;
}

export const NO_HIGHLIGHT: HighlightState = {
  focus: null,
  focusNeighbours: new Set(),
  selected: null,
  pathNodes: new Set(),
  pathEdges: new Set(),
  colourByCommunity: false,
};

export interface HighlightInput {
  hovered: string | null;
  selected: string | null;
  /** Ordered node ids of paths to draw. */
  paths?: string[][];
  colourByCommunity?: boolean;
  dark?: boolean;
}

export function computeHighlight(graph: ExplorerGraph, input: HighlightInput): HighlightState {
  const focusCandidate = input.hovered ?? input.selected;
  const focus = focusCandidate && graph.hasNode(focusCandidate) ? focusCandidate : null;
  const pathNodes = new Set<string>();
  const pathEdges = new Set<string>();
  for (const path of input.paths ?? []) {
    for (let i = 0; i < path.length; i++) {
      if (graph.hasNode(path[i])) pathNodes.add(path[i]);
      if (i > 0 && graph.hasNode(path[i - 1]) && graph.hasNode(path[i])) {
        const edge = graph.edge(path[i - 1], path[i]);
        if (edge !== undefined) pathEdges.add(edge);
      }
    }
  }
  return {
    focus,
    focusNeighbours: new Set(focus ? graph.neighbors(focus) : []),
    selected: input.selected && graph.hasNode(input.selected) ? input.selected : null,
    pathNodes,
    pathEdges,
    colourByCommunity: Boolean(input.colourByCommunity),
    dark: Boolean(input.dark),
  };
}

type NodeDisplay = Partial<ExplorerNodeAttributes> & {
  hidden?: boolean;
  forceLabel?: boolean;
  highlighted?: boolean;
  zIndex?: number;
  label?: string | null;
};

export function reduceNode(state: HighlightState, node: string, data: ExplorerNodeAttributes): NodeDisplay {
  const result: NodeDisplay = { ...data };
  if (state.colourByCommunity && data.community !== undefined) result.color = communityColour(data.community);
  const lit = state.focus === null || node === state.focus || state.focusNeighbours.has(node);
  const onPath = state.pathNodes.size === 0 || state.pathNodes.has(node);
  if (!lit || (state.focus === null && !onPath)) {
    result.color = state.dark ? DARK_FADED_NODE_COLOUR : FADED_NODE_COLOUR;
    result.label = '';
    result.zIndex = 0;
    return result;
  }
  result.zIndex = 1;
  if (node === state.focus || node === state.selected) {
    result.highlighted = true;
    result.forceLabel = true;
    result.zIndex = 2;
  }
  if (state.pathNodes.has(node)) result.forceLabel = true;
  return result;
}

type EdgeDisplay = Partial<ExplorerEdgeAttributes> & { hidden?: boolean; zIndex?: number };

export function reduceEdge(state: HighlightState, graph: ExplorerGraph, edge: string, data: ExplorerEdgeAttributes): EdgeDisplay {
  const result: EdgeDisplay = { ...data };
  // Quiet co-occurrences stay quiet on a dark background too (their light grey would draw a white mesh there).
  if (state.dark && data.relType === 'CO_OCCURS') result.color = DARK_EDGE_COLOUR;
  if (state.focus !== null) {
    const [source, target] = graph.extremities(edge);
    if (source !== state.focus && target !== state.focus) {
      result.hidden = true;
      return result;
    }
    result.color = '#94a3b8';
    result.zIndex = 1;
    return result;
  }
  if (state.pathEdges.size > 0) {
    if (state.pathEdges.has(edge)) {
      result.color = PATH_COLOUR;
      result.size = Math.max(data.size, 2.5);
      result.zIndex = 2;
    } else {
      result.color = state.dark ? DARK_FADED_EDGE_COLOUR : FADED_EDGE_COLOUR;
    }
  }
  return result;
}
