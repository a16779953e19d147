/**
 * PNG of what sigma shows: its layered canvases (edges, nodes, labels, hovers) drawn onto one canvas
 * over a white background. Layers are copied right after a synchronous render, while WebGL buffers hold it.
 */
import type Sigma from 'sigma';

const LAYER_ORDER = ['edges', 'nodes', 'edgeLabels', 'labels', 'hovers', 'hoverNodes'];

export function renderToCanvas(sigma: Sigma): HTMLCanvasElement {
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const output = document.createElement('canvas');
  output.width = Math.round(width * ratio);
  output.height = Math.round(height * ratio);
  const context = output.getContext('2d');
  if (!context) throw new Error('This browser cannot draw a 2D canvas.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, output.width, output.height);
  sigma.refresh();
  const canvases = sigma.getCanvases();
  for (const name of LAYER_ORDER) {
    const layer = canvases[name];
    if (layer) context.drawImage(layer, 0, 0, output.width, output.height);
  }
  return output;
}

export function canvasToPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))), 'image/png'),
  );
}
