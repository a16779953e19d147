/** Worker thread body: computes the layouts LayoutWorker sends, one at a time. */
import { parentPort } from 'node:worker_threads';
import { computeLayout } from './overview-layout.ts';
import type { LayoutMessage, LayoutRequest } from './layout-protocol.ts';

const port = parentPort;
if (!port) throw new Error('layout-worker.ts must run in a worker thread');
port.on('message', (request: LayoutRequest) => {
  let message: LayoutMessage;
  try {
    message = { type: 'done', seq: request.seq, positions: computeLayout(request.input) };
  } catch (error) {
    message = { type: 'failed', seq: request.seq, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(message);
});
port.postMessage({ type: 'ready' } satisfies LayoutMessage);
