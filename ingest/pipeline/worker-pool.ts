/**
 * Extraction across worker threads, results in input order. Workers are TypeScript modules started by
 * ts-worker.ts, so the pool works the same from the CLI (`node --import tsx`) and from vitest.
 */
import type { Worker } from 'node:worker_threads';
import type { PaperRecord } from '../types.ts';
import { startTypeScriptWorker } from '../../platform/ts-worker.ts';
import type { ExtractionOutcome, ExtractionRequest, WorkerMessage } from './worker-protocol.ts';

export interface ExtractedRecord {
  record: PaperRecord;
  outcome: ExtractionOutcome;
}

const WORKER_MODULE = new URL('./extract-worker.ts', import.meta.url).href;
function startWorker(): Promise<Worker> {
  const worker = startTypeScriptWorker(WORKER_MODULE);
  return new Promise((resolve, reject) => {
    const onMessage = (message: WorkerMessage): void => {
      if (message.type === 'ready') {
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve(worker);
      } else if (message.type === 'fatal') {
        void worker.terminate();
        reject(new Error(`extraction worker failed to start: ${message.error}`));
      }
    };
    worker.on('message', onMessage);
    worker.on('error', reject);
  });
}

export class ExtractionPool {
  private constructor(private readonly workers: Worker[]) {}

  static async start(size: number): Promise<ExtractionPool> {
    const started = await Promise.allSettled(Array.from({ length: size }, () => startWorker()));
    const workers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const failed = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) {
      await Promise.all(workers.map((worker) => worker.terminate()));
      throw failed.reason;
    }
    return new ExtractionPool(workers);
  }

  get size(): number {
    return this.workers.length;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  /** Extracts `records` in batches, at most 3 batches per worker in flight, yielding in input order. */
  async *extract(records: AsyncIterable<PaperRecord>, batchSize = 8): AsyncGenerator<ExtractedRecord> {
    const input = records[Symbol.asyncIterator]();
    const flight = new InFlight(this.workers);
    let inputDone = false;
    try {
      for (;;) {
        while (!inputDone && flight.batches < this.workers.length * 3) {
          const batch = await takeBatch(input, batchSize);
          inputDone = batch.length < batchSize;
          if (batch.length > 0) flight.dispatch(batch);
        }
        yield* flight.takeReady();
        if (inputDone && flight.batches === 0) return;
        // Everything in flight may have been drained while the consumer was paused at a yield: refill first.
        if (flight.batches === 0) continue;
        await flight.next();
      }
    } finally {
      flight.detach();
    }
  }
}

async function takeBatch(input: AsyncIterator<PaperRecord>, size: number): Promise<PaperRecord[]> {
  const batch: PaperRecord[] = [];
  while (batch.length < size) {
    const next = await input.next();
    if (next.done) break;
    batch.push(next.value);
  }
  return batch;
}

/** Batches sent to workers and not yet yielded; results are released strictly in send order. */
class InFlight {
  private readonly sent = new Map<number, PaperRecord[]>();
  private readonly finished = new Map<number, ExtractionOutcome[]>();
  private readonly load: Map<Worker, number>;
  private readonly detachers: Array<() => void> = [];
  private nextSeq = 0;
  private emitSeq = 0;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;

  constructor(workers: Worker[]) {
    this.load = new Map(workers.map((worker) => [worker, 0]));
    for (const worker of workers) this.attach(worker);
  }

  get batches(): number {
    return this.sent.size;
  }

  private attach(worker: Worker): void {
    const onMessage = (message: WorkerMessage): void => {
      if (message.type !== 'done') return;
      this.finished.set(message.seq, message.outcomes);
      this.load.set(worker, (this.load.get(worker) ?? 1) - 1);
      this.wake?.();
    };
    const onFailure = (error: unknown): void => {
      this.failure ??= error instanceof Error ? error : new Error(`extraction worker exited with code ${String(error)}`);
      this.wake?.();
    };
    worker.on('message', onMessage).on('error', onFailure).on('exit', onFailure);
    this.detachers.push(() => worker.off('message', onMessage).off('error', onFailure).off('exit', onFailure));
  }

  detach(): void {
    for (const detach of this.detachers) detach();
  }

  dispatch(batch: PaperRecord[]): void {
    const worker = [...this.load.entries()].sort((a, b) => a[1] - b[1])[0][0];
    this.load.set(worker, (this.load.get(worker) ?? 0) + 1);
    const seq = this.nextSeq++;
    this.sent.set(seq, batch);
    worker.postMessage({ seq, records: batch } satisfies ExtractionRequest);
  }

  *takeReady(): Generator<ExtractedRecord> {
    for (let outcomes = this.finished.get(this.emitSeq); outcomes; outcomes = this.finished.get(this.emitSeq)) {
      const batch = this.sent.get(this.emitSeq) ?? [];
      this.finished.delete(this.emitSeq);
      this.sent.delete(this.emitSeq);
      this.emitSeq += 1;
      for (const [i, record] of batch.entries()) yield { record, outcome: outcomes[i] };
    }
    if (this.failure) throw this.failure;
  }

  /** Resolves when the next batch in order is done (or a worker failed). */
  async next(): Promise<void> {
    if (this.finished.has(this.emitSeq) || this.failure) return;
    await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = null;
  }
}
