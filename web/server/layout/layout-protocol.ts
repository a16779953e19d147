/** Messages between LayoutWorker (API thread) and layout-worker.ts (worker thread). */
import type { LayoutInput, LayoutOutput } from './overview-layout.ts';

export interface LayoutRequest {
  seq: number;
  input: LayoutInput;
}

export type LayoutMessage =
  | { type: 'ready' }
  | { type: 'done'; seq: number; positions: LayoutOutput }
  | { type: 'failed'; seq: number; error: string }
  | { type: 'fatal'; error: string };
