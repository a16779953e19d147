/**
 * Render-less: runs ForceAtlas2 in a web worker with settings inferred from the graph's size, stops it
 * by itself once the layout has had time to settle, and caches the settled positions. A graph whose positions
 * came with its data (the server's overview layout) or from the cache is settled at once: the worker is not
 * even started until the user (toolbar) or an expansion asks for a layout.
 */
import { useLayoutEffect, useRef } from 'react';
import { useSigma } from '@react-sigma/core';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { forceAtlas2Settings } from '../../../../shared/layout-settings.ts';
import { hasPresetLayout, type ExplorerGraph } from '../../graph/build.ts';
import { graphSignature, restorePositions, savePositions, settleTimeMs } from '../../graph/layout-cache.ts';
import { layoutEdgeWeight, pinCentre } from '../../graph/centred-layout.ts';

export type LayoutStatus = 'running' | 'settled';

interface Props {
  graph: ExplorerGraph;
  /** User's start/stop: toggled from the toolbar; `nonce` restarts it (e.g. after an expansion). */
  command: { run: boolean; nonce: number };
  useCache: boolean;
  /** A neighbourhood's centre: its links are weakened so neighbours group by their own links (centred-layout.ts). */
  centre: string | null;
  onStatus(status: LayoutStatus): void;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function LayoutController({ graph, command, useCache, centre, onStatus }: Props) {
  const sigma = useSigma();
  const layoutRef = useRef<FA2Layout | null>(null);
  const timerRef = useRef<number | null>(null);
  const onStatusRef = useRef(onStatus);
  onStatusRef.current = onStatus;

  // Layout effects: a graph that needs no layout is reported settled before the first paint, so the canvas is
  // ready on its first frame instead of one frame (a few hundred ms of software WebGL) later.
  useLayoutEffect(
    () => () => {
      if (timerRef.current !== null) window.clearTimeout(timerRef.current);
      layoutRef.current?.kill();
      layoutRef.current = null;
    },
    [graph],
  );

  useLayoutEffect(() => {
    const startLayout = (): FA2Layout => {
      if (!layoutRef.current) {
        const pinned = centre !== null && graph.hasNode(centre) ? centre : null;
        pinCentre(graph, pinned);
        layoutRef.current = new FA2Layout(graph, { settings: forceAtlas2Settings(graph.order), getEdgeWeight: layoutEdgeWeight(pinned) });
      }
      return layoutRef.current;
    };
    const store = storage();
    const signature = graphSignature(graph);
    const settle = () => {
      layoutRef.current?.stop();
      if (useCache && store) savePositions(store, signature, graph);
      sigma.refresh();
      onStatusRef.current('settled');
    };
    if (timerRef.current !== null) window.clearTimeout(timerRef.current);
    if (!command.run) {
      if (layoutRef.current?.isRunning()) settle();
      else onStatusRef.current('settled');
      return;
    }
    if (command.nonce === 0 && (hasPresetLayout(graph) || (useCache && store && restorePositions(store, signature, graph)))) {
      sigma.refresh();
      onStatusRef.current('settled');
      return;
    }
    if (graph.order < 2) {
      onStatusRef.current('settled');
      return;
    }
    startLayout().start();
    onStatusRef.current('running');
    timerRef.current = window.setTimeout(settle, settleTimeMs(graph.order));
  }, [graph, command.run, command.nonce, useCache, centre, sigma]);

  return null;
}
