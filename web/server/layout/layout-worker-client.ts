/**
 * Overview pictures (topic map and layout) computed in one worker thread, so Louvain's and ForceAtlas2's seconds of
 * CPU never block the API's event loop.
 * The worker starts on first use, does not keep the process alive, and is restarted after a crash.
 */
import type { Worker } from 'node:worker_threads';
import type { OverviewPicture } from './overview-picture.ts';
import type { TopicMapInput } from './topic-map.ts';
import type { LayoutMessage, LayoutRequest } from './layout-protocol.ts';
import { startTypeScriptWorker } from '../../../platform/ts-worker.ts';

const WORKER_MODULE = new URL('./layout-worker.ts', import.meta.url).href;

interface Pending {
  resolve(picture: OverviewPicture): void;
  reject(error: Error): void;
}

export class LayoutWorker {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextSeq = 1;
  private closed = false;

  /** Starts the worker ahead of the first layout, so its start-up overlaps whatever comes first. */
  start(): void {
    if (!this.closed && !this.worker) this.spawn().unref();
  }

  layout(input: TopicMapInput): Promise<OverviewPicture> {
    if (this.closed) return Promise.reject(new Error('the layout worker is closed'));
    const worker = this.worker ?? this.spawn();
    const seq = this.nextSeq++;
    return new Promise<OverviewPicture>((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      worker.postMessage({ seq, input } satisfies LayoutRequest);
      // Busy while a layout is pending, idle (and not holding the process open) otherwise.
      worker.ref();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    this.failAll(new Error('the layout worker was closed'));
    if (worker) await worker.terminate();
  }

  private spawn(): Worker {
    const worker = startTypeScriptWorker(WORKER_MODULE);
    worker.on('message', (message: LayoutMessage) => this.onMessage(message));
    worker.on('error', (error) => this.onExit(worker, error));
    worker.on('exit', (code) => this.onExit(worker, new Error(`the layout worker exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }

  private onMessage(message: LayoutMessage): void {
    if (message.type === 'ready') return;
    if (message.type === 'fatal') {
      this.failAll(new Error(`the layout worker failed to start: ${message.error}`));
      void this.worker?.terminate();
      return;
    }
    const pending = this.pending.get(message.seq);
    this.pending.delete(message.seq);
    if (message.type === 'done') pending?.resolve(message.picture);
    else pending?.reject(new Error(`layout failed: ${message.error}`));
    if (this.pending.size === 0) this.worker?.unref();
  }

  private onExit(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.failAll(error);
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
