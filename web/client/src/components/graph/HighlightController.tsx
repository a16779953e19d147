/** Render-less: hover/selection/path highlight through sigma's node and edge reducers. */
import { useEffect, useMemo } from 'react';
import { useSetSettings, useSigma } from '@react-sigma/core';
import type { ExplorerGraph } from '../../graph/build.ts';
import { computeHighlight, reduceEdge, reduceNode } from '../../graph/reducers.ts';
import type { ExplorerEdgeAttributes, ExplorerNodeAttributes } from '../../graph/attributes.ts';

interface Props {
  graph: ExplorerGraph;
  hovered: string | null;
  selected: string | null;
  paths?: string[][];
  colourByCommunity: boolean;
  /** Bumped when the graph's content changes so neighbour sets are recomputed. */
  version: number;
  dark: boolean;
}

export function HighlightController({ graph, hovered, selected, paths, colourByCommunity, version, dark }: Props) {
  const sigma = useSigma<ExplorerNodeAttributes, ExplorerEdgeAttributes>();
  const setSettings = useSetSettings<ExplorerNodeAttributes, ExplorerEdgeAttributes>();
  const state = useMemo(
    () => computeHighlight(graph, { hovered, selected, paths, colourByCommunity, dark }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [graph, hovered, selected, paths, colourByCommunity, version, dark],
  );

  useEffect(() => {
    setSettings({
      nodeReducer: (node, data) => reduceNode(state, node, data),
      edgeReducer: (edge, data) => reduceEdge(state, graph, edge, data),
    });
    sigma.refresh({ skipIndexation: true });
  }, [state, graph, setSettings, sigma]);

  return null;
}
