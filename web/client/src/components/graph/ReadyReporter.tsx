/**
 * Render-less: marks the canvas ready once the layout is settled and a frame was drawn after that,
 * as a data attribute and performance marks (read by the e2e tests and the web benchmark): first-frame,
 * ready (sigma drew the settled graph) and presented (that frame reached the screen).
 */
import { useEffect, useRef } from 'react';
import { useSigma } from '@react-sigma/core';
import type { ExplorerGraph } from '../../graph/build.ts';

interface Props {
  graph: ExplorerGraph;
  settled: boolean;
  name: string;
}

declare global {
  interface Window {
    __papergraph?: { sigma: unknown; graph: ExplorerGraph; view: string; ready: boolean };
  }
}

export function ReadyReporter({ graph, settled, name }: Props) {
  const sigma = useSigma();
  const drewRef = useRef<ExplorerGraph | null>(null);

  useEffect(() => {
    const container = sigma.getContainer().parentElement;
    const onRender = () => {
      if (drewRef.current !== graph) {
        drewRef.current = graph;
        performance.mark(`pg:${name}:first-frame`);
      }
      if (settled && container) {
        if (container.dataset.ready !== 'true') {
          performance.mark(`pg:${name}:ready`);
          // The next frame starts once this one is composited (with software WebGL, after a pixel read-back).
          requestAnimationFrame(() => performance.mark(`pg:${name}:presented`));
        }
        container.dataset.ready = 'true';
        if (window.__papergraph) window.__papergraph.ready = true;
      }
    };
    if (container) {
      container.dataset.ready = 'false';
      container.dataset.nodes = String(graph.order);
      container.dataset.edges = String(graph.size);
    }
    window.__papergraph = { sigma, graph, view: name, ready: false };
    sigma.on('afterRender', onRender);
    sigma.scheduleRender();
    return () => {
      sigma.off('afterRender', onRender);
    };
  }, [sigma, graph, settled, name]);

  return null;
}
