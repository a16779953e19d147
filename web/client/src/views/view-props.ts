import type { ExplorerState } from '../state/url-state.ts';
import type { Navigate } from '../state/use-explorer-state.ts';
import type { ExplorerGraph } from '../graph/build.ts';
import type { NodeLabel } from '../../../../graph-schema/model.ts';

export interface ViewProps {
  state: ExplorerState;
  navigate: Navigate;
  /** Select a node: opens its details (and moves the camera when `focus`). */
  selectNode(id: string | null): void;
  focusRequest: { node: string; nonce: number } | null;
  onCounts(counts: Partial<Record<NodeLabel, number>>): void;
  /** The graph the view currently draws, so search knows whether it can fly to a node. */
  currentGraph: { current: ExplorerGraph | null };
}
