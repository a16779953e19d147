/**
 * Render-less: runs ForceAtlas2 in a web worker with settings inferred from the graph's size, stops it
 * by itself once the layout has had time to settle, and caches the settled positions.
 */
import { useEffect, useRef } from 'react';
import { useSigma } from '@react-sigma/core';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ExplorerGraph } from '../../graph/build.ts';
import { graphSignature, restorePositions, savePositions, settleTimeMs } from '../../graph/layout-cache.ts';

export type LayoutStatus = 'running' | 'settled';

interface Props {
  graph: ExplorerGraph;
  /** User's start/stop: toggled from the toolbar; `nonce` restarts it (e.g. after an expansion). */
  command: { run: boolean; nonce: number };
  useCache: boolean;
  onStatus(status: LayoutStatus): void;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function LayoutController({ graph, command, useCache, onStatus }: Props) {
  const sigma = useSigma();
  const layoutRef = useRef<FA2Layout | null>(null);
  const timerRef = useRef<number | null>(null);
  const onStatusRef = useRef(onStatus);
  onStatusRef.current = onStatus;

  useEffect(() => {
    const inferred = forceAtlas2.inferSettings(graph);
    const layout = new FA2Layout(graph, {
      settings: { ...inferred, barnesHutOptimize: graph.order > 400, edgeWeightInfluence: 0.4, slowDown: 2 + Math.log10(graph.order + 1) },
      getEdgeWeight: 'weight',
    });
    layoutRef.current = layout;
    return () => {
      if (timerRef.current !== null) window.clearTimeout(timerRef.current);
      layout.kill();
      layoutRef.current = null;
    };
  }, [graph]);

  useEffect(() => {
    const layout = layoutRef.current;
    if (!layout) return;
    const store = storage();
    const signature = graphSignature(graph);
    const settle = () => {
      layout.stop();
      if (useCache && store) savePositions(store, signature, graph);
      sigma.refresh();
      onStatusRef.current('settled');
    };
    if (timerRef.current !== null) window.clearTimeout(timerRef.current);
    if (!command.run) {
      if (layout.isRunning()) settle();
      else onStatusRef.current('settled');
      return;
    }
    if (command.nonce === 0 && useCache && store && restorePositions(store, signature, graph)) {
      sigma.refresh();
      onStatusRef.current('settled');
      return;
    }
    if (graph.order < 2) {
      onStatusRef.current('settled');
      return;
    }
    layout.start();
    onStatusRef.current('running');
    timerRef.current = window.setTimeout(settle, settleTimeMs(graph.order));
  }, [graph, command.run, command.nonce, useCache, sigma]);

  return null;
}
