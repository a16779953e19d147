/**
 * Listings -> papers to load. Before extraction (the expensive step), each chunk of records is checked
 * against Neo4j with one read query: papers stored with the same text hash and extractor version skip
 * extraction and only get their listings recorded. That makes re-runs and resuming after a kill cheap.
 */
import type { Driver } from 'neo4j-driver';
import { extractRecords, readPapers, type ReadSummary } from './index.ts';
import type { RecordFilter } from '../sources/record-filter.ts';
import type { PaperRecord, ReaderWarning, SourceFormat } from '../types.ts';
import { PaperBuffer } from './paper-buffer.ts';
import type { LoadRun } from './load-run.ts';
import { MID_RUN_BACKOFF_MS, withBackoff } from '../load/retry.ts';
import { paperContentHash, type LoadablePaper } from '../load/rows.ts';
import { isCurrent, readStoredPapers, type StoredPaper } from '../load/writer.ts';

export interface SourceOptions {
  paths: string[];
  format?: SourceFormat;
  workers?: number;
  filter?: RecordFilter;
  limit?: number;
  /** Records checked against Neo4j per read query. */
  chunkSize: number;
  force: boolean;
  extractorVersion: string;
  onWarning: (warning: ReaderWarning) => void;
  /** Papers through the pipeline (skipped as current or extracted), of `total` when known. */
  onProgress: (done: number, total: number | null) => void;
  onInfo: (message: string) => void;
}

export interface PaperSource {
  papers: AsyncIterable<LoadablePaper>;
  summary: ReadSummary;
  /** Input bytes read so far and in all, for progress and ETA. */
  bytes: () => { read: number; total: number };
}

async function storedPapers(driver: Driver, database: string, keys: string[]): Promise<Map<string, StoredPaper>> {
  return withBackoff(
    async () => {
      const session = driver.session({ database });
      try {
        return await session.executeRead((tx) => readStoredPapers(tx, keys));
      } finally {
        await session.close();
      }
    },
    { delaysMs: MID_RUN_BACKOFF_MS },
  );
}

export function papersToLoad(driver: Driver, database: string, run: LoadRun, options: SourceOptions): PaperSource {
  const reader = readPapers(options.paths, {
    format: options.format,
    onWarning: options.onWarning,
    filter: options.filter,
    limit: options.limit,
  });
  // Two batches of extracted papers may wait for the writer; beyond that the record feed pauses.
  const buffer = new PaperBuffer<LoadablePaper>(options.chunkSize * 2);
  let skipped = 0;

  async function* needingExtraction(chunk: PaperRecord[]): AsyncGenerator<PaperRecord> {
    const stored = options.force
      ? new Map<string, StoredPaper>()
      : await storedPapers(
          driver,
          database,
          chunk.map((r) => r.id),
        );
    const current = chunk.filter((record) => {
      const previous = stored.get(record.id);
      return previous !== undefined && isCurrent(previous, paperContentHash(record.title, record.abstract), options.extractorVersion);
    });
    if (current.length > 0) {
      await run.writeListingsOnly(current.map((record) => ({ id: record.id, sources: record.sources })));
      skipped += current.length;
      options.onProgress(skipped, reader.total);
    }
    const currentIds = new Set(current.map((record) => record.id));
    for (const record of chunk) {
      if (currentIds.has(record.id)) continue;
      yield record;
    }
  }

  async function* records(): AsyncGenerator<PaperRecord> {
    let chunk: PaperRecord[] = [];
    for await (const record of reader) {
      chunk.push(record);
      if (chunk.length < options.chunkSize) continue;
      await buffer.belowHighWater();
      if (run.failed || buffer.closed) return;
      yield* needingExtraction(chunk);
      chunk = [];
    }
    if (chunk.length > 0 && !run.failed && !buffer.closed) yield* needingExtraction(chunk);
  }

  async function* papers(): AsyncGenerator<LoadablePaper> {
    const extracted = extractRecords(records(), {
      workers: options.workers,
      total: () => reader.total,
      onWarning: (warning) => {
        reader.summary.warnings += 1;
        options.onWarning(warning);
      },
      onProgress: (done, total) => options.onProgress(skipped + done, total),
      onInfo: options.onInfo,
    });
    // No corpus pass here (yet): its decisions depend on which papers are resolved together, so a run resumed after a
    // kill would not equal an uninterrupted one. `extract` and the evaluation run it (corpus-batches.ts).
    const pumping = buffer.pump(extracted);
    try {
      yield* buffer;
    } finally {
      buffer.close();
      await pumping;
    }
  }

  return { papers: papers(), summary: reader.summary, bytes: () => reader.bytes() };
}
