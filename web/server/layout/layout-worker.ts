/** Worker thread body: computes the overview pictures LayoutWorker asks for, one at a time. */
import { parentPort } from 'node:worker_threads';
import { computeOverviewPicture } from './overview-picture.ts';
import type { LayoutMessage, LayoutRequest } from './layout-protocol.ts';

const port = parentPort;
if (!port) throw new Error('layout-worker.ts must run in a worker thread');
port.on('message', (request: LayoutRequest) => {
  let message: LayoutMessage;
  try {
    message = { type: 'done', seq: request.seq, picture: computeOverviewPicture(request.input) };
  } catch (error) {
    message = { type: 'failed', seq: request.seq, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(message);
});
port.postMessage({ type: 'ready' } satisfies LayoutMessage);
