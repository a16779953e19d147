/** Render-less: animates the camera to a node when asked (search choice, deep link). */
import { useEffect } from 'react';
import { useSigma } from '@react-sigma/core';

interface Props {
  request: { node: string; nonce: number } | null;
  /** Only move once positions are final, or the camera lands where the node used to be. */
  settled: boolean;
}

export function CameraController({ request, settled }: Props) {
  const sigma = useSigma();
  useEffect(() => {
    if (!request || !settled || !sigma.getGraph().hasNode(request.node)) return;
    const data = sigma.getNodeDisplayData(request.node);
    if (!data) return;
    sigma.getCamera().animate({ x: data.x, y: data.y, ratio: 0.35 }, { duration: 600 });
  }, [request, settled, sigma]);
  return null;
}
