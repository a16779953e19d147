/**
 * Render-less: keeps what matters in view. Once a graph's layout settles the camera frames the whole drawing
 * (every way into a view ends framed); a focus request (search choice, deep link) flies to its node; choosing a
 * node anywhere else (lists, details) pans it into view when it lies outside the canvas, without changing zoom.
 */
import { useEffect, useRef } from 'react';
import { useSigma } from '@react-sigma/core';
import type Sigma from 'sigma';

interface Props {
  request: { node: string; nonce: number } | null;
  /** The selected node: brought into view when it is off-screen. */
  selected: string | null;
  /** Only move once positions are final, or the camera lands where the node used to be. */
  settled: boolean;
}

/** Share of the canvas kept as a margin when deciding whether a node is "in view". */
const VIEW_MARGIN = 0.06;

function isInView(sigma: Sigma, node: string): boolean {
  const data = sigma.getNodeDisplayData(node);
  if (!data) return false;
  const { width, height } = sigma.getDimensions();
  const point = sigma.framedGraphToViewport(data);
  return (
    point.x >= width * VIEW_MARGIN &&
    point.x <= width * (1 - VIEW_MARGIN) &&
    point.y >= height * VIEW_MARGIN &&
    point.y <= height * (1 - VIEW_MARGIN)
  );
}

export function CameraController({ request, selected, settled }: Props) {
  const sigma = useSigma();
  const framedRef = useRef(false);
  const requestRef = useRef(request);
  requestRef.current = request;

  // Frame the whole drawing when the layout settles, unless a focus request is about to fly elsewhere.
  useEffect(() => {
    if (!settled) {
      framedRef.current = false;
      return;
    }
    if (framedRef.current) return;
    framedRef.current = true;
    const pending = requestRef.current;
    if (pending && sigma.getGraph().hasNode(pending.node)) return;
    sigma.refresh();
    sigma.getCamera().animatedReset({ duration: 250 });
  }, [settled, sigma]);

  useEffect(() => {
    if (!request || !settled || !sigma.getGraph().hasNode(request.node)) return;
    const data = sigma.getNodeDisplayData(request.node);
    if (!data) return;
    sigma.getCamera().animate({ x: data.x, y: data.y, ratio: Math.min(sigma.getCamera().ratio, 0.35) }, { duration: 600 });
  }, [request, settled, sigma]);

  useEffect(() => {
    if (!selected || !settled || !sigma.getGraph().hasNode(selected) || isInView(sigma, selected)) return;
    const data = sigma.getNodeDisplayData(selected);
    if (data) sigma.getCamera().animate({ x: data.x, y: data.y }, { duration: 400 });
  }, [selected, settled, sigma]);
  return null;
}
