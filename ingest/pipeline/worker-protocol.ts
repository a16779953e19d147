/** Messages between the extraction pool and its worker threads. */
import type { PaperExtraction, PaperRecord } from '../types.ts';

export interface ExtractionRequest {
  seq: number;
  records: PaperRecord[];
}

export type ExtractionOutcome = { ok: true; extraction: PaperExtraction } | { ok: false; error: string };

export type WorkerMessage =
  { type: 'ready' } | { type: 'fatal'; error: string } | { type: 'done'; seq: number; outcomes: ExtractionOutcome[] };
