/**
 * One sigma canvas with its controllers: layout, highlight, events, camera, readiness, toolbar.
 * Every graph view (overview, neighbourhood, connections, Cypher results) draws through this.
 */
import { useCallback, useMemo, useState } from 'react';
import { SigmaContainer } from '@react-sigma/core';
import type { Settings } from 'sigma/settings';
import { graphTopics, type ExplorerGraph } from '../../graph/build.ts';
import type { ExplorerEdgeAttributes, ExplorerNodeAttributes } from '../../graph/attributes.ts';
import { LayoutController, type LayoutStatus } from './LayoutController.tsx';
import { HighlightController } from './HighlightController.tsx';
import { EventsController } from './EventsController.tsx';
import { CameraController } from './CameraController.tsx';
import { ReadyReporter } from './ReadyReporter.tsx';
import { GraphToolbar } from './GraphToolbar.tsx';
import { CommunityLegend } from './CommunityLegend.tsx';
import { LinkLegend } from './LinkLegend.tsx';
import { TopicLabels } from './TopicLabels.tsx';
import { drawDiscNodeHover } from 'sigma/rendering';
import { useDocumentTheme } from '../../state/theme.ts';

export interface GraphCanvasProps {
  graph: ExplorerGraph;
  /** Name of the view, for export file names and readiness marks. */
  name: string;
  selected: string | null;
  paths?: string[][];
  colourByCommunity?: boolean;
  focusRequest?: { node: string; nonce: number } | null;
  /** Bump after mutating `graph` (expansion): re-runs the layout briefly and refreshes highlight. */
  version?: number;
  cacheLayout?: boolean;
  edgeEvents?: boolean;
  onSelectNode(id: string): void;
  onExpandNode?(id: string): void;
  onClickEdge?(edge: string): void;
  onClickStage?(): void;
  ariaLabel: string;
  /** Show which colour means which kind of link (views whose links are typed). */
  linkLegend?: boolean;
  /** The node the graph is drawn around (a neighbourhood's centre): its neighbours are laid out among themselves. */
  centre?: string | null;
}

/** Label density by graph size: all labels up to 60 nodes, collision-aware thinning beyond. */
function labelDensityFor(order: number): Pick<Settings, 'labelRenderedSizeThreshold' | 'labelDensity' | 'labelGridCellSize'> {
  if (order <= 60) return { labelRenderedSizeThreshold: 0, labelDensity: 100, labelGridCellSize: 40 };
  if (order <= 400) return { labelRenderedSizeThreshold: 0, labelDensity: 0.25, labelGridCellSize: 110 };
  return { labelRenderedSizeThreshold: 7, labelDensity: 0.05, labelGridCellSize: 100 };
}

export function GraphCanvas(props: GraphCanvasProps) {
  const { graph, version = 0 } = props;
  const theme = useDocumentTheme();
  const [hovered, setHovered] = useState<string | null>(null);
  const [layoutStatus, setLayoutStatus] = useState<LayoutStatus>('running');
  const [userRun, setUserRun] = useState<{ run: boolean; nonce: number }>({ run: true, nonce: 0 });
  const command = useMemo(() => ({ run: userRun.run, nonce: userRun.nonce + version }), [userRun, version]);

  const settings = useMemo<Partial<Settings<ExplorerNodeAttributes, ExplorerEdgeAttributes>>>(
    () => ({
      allowInvalidContainer: true,
      zIndex: true,
      renderEdgeLabels: false,
      enableEdgeEvents: Boolean(props.edgeEvents),
      // Labels: every node of a small graph is named; mid-sized graphs name as many as fit without collisions
      // (sigma keeps the largest per grid cell); big ones reveal labels as you zoom in.
      ...labelDensityFor(graph.order),
      stagePadding: 40,
      // Big graphs pan and zoom smoothly only without their edges; they come back when the camera stops.
      hideEdgesOnMove: graph.size > 4000,
      labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
      labelSize: 12,
      labelColor: { color: theme === 'dark' ? '#e2e8f0' : '#1e293b' },
      // The hover box is always light: its label stays dark on it in either theme.
      defaultDrawNodeHover: (context, data, current) => drawDiscNodeHover(context, data, { ...current, labelColor: { color: '#0f172a' } }),
      defaultEdgeColor: '#cbd5e1',
      minCameraRatio: 0.02,
      maxCameraRatio: 8,
      doubleClickZoomingRatio: 1,
    }),
    [props.edgeEvents, graph, theme],
  );

  const topics = useMemo(() => graphTopics(graph), [graph]);
  const onHover = useCallback((node: string | null) => setHovered(node), []);
  const toggleLayout = () => setUserRun((current) => ({ run: !(layoutStatus === 'running'), nonce: current.nonce + 1 }));

  return (
    <div className="graph-canvas" data-testid="graph-canvas" data-view={props.name} aria-label={props.ariaLabel} role="figure">
      <SigmaContainer<ExplorerNodeAttributes, ExplorerEdgeAttributes> graph={graph} settings={settings} className="sigma-root">
        <LayoutController
          graph={graph}
          command={command}
          useCache={Boolean(props.cacheLayout)}
          centre={props.centre ?? null}
          onStatus={setLayoutStatus}
        />
        <HighlightController
          graph={graph}
          hovered={hovered}
          selected={props.selected}
          paths={props.paths}
          colourByCommunity={Boolean(props.colourByCommunity)}
          version={version}
          dark={theme === 'dark'}
        />
        <EventsController
          onHover={onHover}
          onSelect={props.onSelectNode}
          onExpand={props.onExpandNode}
          onEdge={props.onClickEdge}
          onStage={props.onClickStage}
        />
        <CameraController request={props.focusRequest ?? null} selected={props.selected} settled={layoutStatus === 'settled'} />
        <ReadyReporter graph={graph} settled={layoutStatus === 'settled'} name={props.name} />
        {topics && <TopicLabels topics={topics} coloured={Boolean(props.colourByCommunity)} />}
        <GraphToolbar graph={graph} exportName={props.name} layoutRunning={layoutStatus === 'running'} onToggleLayout={toggleLayout} />
      </SigmaContainer>
      {layoutStatus === 'running' && (
        <div className="layout-badge" aria-live="polite">
          Laying out…
        </div>
      )}
      {props.colourByCommunity && <CommunityLegend graph={graph} version={version} />}
      {props.linkLegend && <LinkLegend graph={graph} />}
    </div>
  );
}
