/**
 * Runs the corpus-level pass (ingest/extract/corpus) over a stream of extracted papers: papers are held back in
 * batches of CORPUS_BATCH, each batch is resolved against the memory of everything decided before it (earlier
 * batches, and for an ingest the entities already in the graph), then released in input order.
 */
import { CorpusMemory, resolveCorpus, type CorpusReport } from '../extract/corpus/index.ts';
import type { PaperExtraction } from '../types.ts';

/** Papers resolved together: the bundled corpus is one batch; a larger input is resolved against its memory. */
export const CORPUS_BATCH = 1000;

export interface CorpusBatchOptions {
  memory?: CorpusMemory;
  batchSize?: number;
  onReport?: (report: CorpusReport) => void;
}

export async function* resolveInBatches<P extends PaperExtraction>(
  papers: AsyncIterable<P>,
  options: CorpusBatchOptions = {},
): AsyncGenerator<P> {
  const memory = options.memory ?? new CorpusMemory();
  const size = options.batchSize ?? CORPUS_BATCH;
  let batch: P[] = [];
  const flush = (): P[] => {
    const { papers: resolved, report } = resolveCorpus(batch, memory);
    options.onReport?.(report);
    batch = [];
    return resolved;
  };
  for await (const paper of papers) {
    batch.push(paper);
    if (batch.length >= size) yield* flush();
  }
  if (batch.length > 0) yield* flush();
}
