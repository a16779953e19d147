/** Worker thread body: extracts batches of records sent by ExtractionPool. */
import { parentPort } from 'node:worker_threads';
import { extractOutcome } from './extract-one.ts';
import type { ExtractionRequest, WorkerMessage } from './worker-protocol.ts';

const port = parentPort;
if (!port) throw new Error('extract-worker.ts must run in a worker thread');
port.on('message', (request: ExtractionRequest) => {
  const message: WorkerMessage = { type: 'done', seq: request.seq, outcomes: request.records.map(extractOutcome) };
  port.postMessage(message);
});
port.postMessage({ type: 'ready' } satisfies WorkerMessage);
