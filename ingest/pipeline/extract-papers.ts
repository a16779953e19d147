/**
 * The paper pipeline: listing files -> merged PaperRecords (read-papers.ts) -> PaperExtractions,
 * in input order. Small inputs extract in-process; large or unknown-size inputs use a worker thread
 * per core (os.availableParallelism()) and say so.
 */
import { availableParallelism } from 'node:os';
import type { PaperExtraction, PaperRecord, ReaderWarning, SourceFormat } from '../types.ts';
import { extractOutcome } from './extract-one.ts';
import type { RecordFilter } from '../sources/record-filter.ts';
import { readPapers, type ReadSummary } from './read-papers.ts';
import { ExtractionPool, type ExtractedRecord } from './worker-pool.ts';

/** Below this many papers, starting workers (each loads compromise) costs more than it saves. */
export const WORKER_THRESHOLD = 200;

export interface ExtractRecordsOptions {
  /** 0: in-process; N >= 1: N worker threads; unset: chosen from `total` (see WORKER_THRESHOLD). */
  workers?: number;
  /** Number of records when known; null or unset means unknown (large input). */
  total?: number | null | (() => number | null);
  onWarning?: (warning: ReaderWarning) => void;
  onProgress?: (done: number, total: number | null) => void;
  /** Informational messages (worker use); default: stderr. */
  onInfo?: (message: string) => void;
}

export interface ExtractPapersOptions {
  format?: SourceFormat;
  workers?: number;
  onWarning?: (warning: ReaderWarning) => void;
  onProgress?: (done: number, total: number | null) => void;
  onInfo?: (message: string) => void;
  /** Inputs larger than this are streamed instead of buffered (read-papers.ts); default 64 MiB. */
  bufferLimitBytes?: number;
  filter?: RecordFilter;
  limit?: number;
}

const toStderr = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

function workerCount(requested: number | undefined, total: number | null): number {
  if (requested !== undefined) return Math.max(0, Math.floor(requested));
  const cores = availableParallelism();
  if (cores < 2) return 0;
  return total === null || total >= WORKER_THRESHOLD ? cores : 0;
}

async function* inProcess(records: AsyncIterable<PaperRecord>): AsyncGenerator<ExtractedRecord> {
  for await (const record of records) yield { record, outcome: extractOutcome(record) };
}

/** Peeks the first record so that a reader's `total` is known before choosing workers. */
async function* prepend(first: IteratorResult<PaperRecord>, rest: AsyncIterator<PaperRecord>): AsyncGenerator<PaperRecord> {
  if (first.done) return;
  yield first.value;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

export async function* extractRecords(
  records: AsyncIterable<PaperRecord>,
  options: ExtractRecordsOptions = {},
): AsyncGenerator<PaperExtraction> {
  const iterator = records[Symbol.asyncIterator]();
  const first = await iterator.next();
  const total = (typeof options.total === 'function' ? options.total() : options.total) ?? null;
  const workers = first.done ? 0 : workerCount(options.workers, total);
  const info = options.onInfo ?? toStderr;
  let pool: ExtractionPool | null = null;
  if (workers > 0) {
    pool = await ExtractionPool.start(workers);
    info(
      `extract: ${workers} worker thread(s) on ${availableParallelism()} core(s)${total === null ? ' (input size unknown)' : ` for ${total} papers`}`,
    );
  }
  const extracted = pool ? pool.extract(prepend(first, iterator)) : inProcess(prepend(first, iterator));
  let done = 0;
  try {
    for await (const { record, outcome } of extracted) {
      done += 1;
      if (outcome.ok) yield outcome.extraction;
      else {
        const listing = record.sources[0];
        options.onWarning?.({
          file: listing?.path ?? '',
          line: listing?.line ?? null,
          message: `extraction failed for "${record.title.slice(0, 60)}": ${outcome.error}; paper skipped`,
        });
      }
      options.onProgress?.(done, total);
    }
  } finally {
    await pool?.close();
  }
}

/** `extractPapers(...)` iterates the extractions; `summary` is complete once iteration ends. */
export interface ExtractionRun extends AsyncIterable<PaperExtraction> {
  readonly summary: ReadSummary;
}

export function extractPapers(paths: string[], options: ExtractPapersOptions = {}): ExtractionRun {
  const reader = readPapers(paths, {
    format: options.format,
    onWarning: options.onWarning,
    bufferLimitBytes: options.bufferLimitBytes,
    filter: options.filter,
    limit: options.limit,
  });
  const onExtractionWarning = (warning: ReaderWarning): void => {
    reader.summary.warnings += 1;
    options.onWarning?.(warning);
  };
  return {
    summary: reader.summary,
    [Symbol.asyncIterator]: () =>
      extractRecords(reader, {
        workers: options.workers,
        total: () => reader.total,
        onWarning: onExtractionWarning,
        onProgress: options.onProgress,
        onInfo: options.onInfo,
      }),
  };
}
