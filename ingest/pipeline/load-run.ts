/**
 * The load stage. A LoadRun serialises every write (paper batches and listing-only updates) through one
 * queue, so at most one write transaction is open while the next batch is read and extracted. After the
 * last batch: derived structure, then listing hashes — last, so an interrupted run is never mistaken for a
 * complete one by the corpus check.
 */
import type { Driver, EagerResult } from 'neo4j-driver';
import type { ListingRef } from '../types.ts';
import { PENDING_LISTINGS } from '../load/cypher.ts';
import { deriveStructure, derivedStructureIsStale, derivePending, type DeriveMode, type DeriveTimings } from '../load/derive.ts';
import { recordListingHashes } from '../load/listings.ts';
import { runCorpusPass, type CorpusPassSummary } from '../load/corpus-pass.ts';
import type { IngestProgress } from './progress.ts';
import { MID_RUN_BACKOFF_MS, withBackoff } from '../load/retry.ts';
import type { LoadablePaper } from '../load/rows.ts';
import { emptyTally, mergeTally, type WriteTally } from '../load/tally.ts';
import { PaperWriter, type BatchOutcome, type ListingOnlyPaper, type StatementTimings } from '../load/writer.ts';

export interface LoadOptions {
  batchSize: number;
  force: boolean;
  extractorVersion: string;
  progress: IngestProgress;
  log: (line: string) => void;
  /** Full rebuild or incremental update of the derived structure; `auto` (default) picks (derive.ts). */
  deriveMode?: DeriveMode;
  /** Collects the writer's per-statement timings (benchmarks). */
  timings?: StatementTimings;
  /** Called when the last batch is written, before the derive (benchmarks measure the load alone). */
  onLoaded?: () => void;
}

export interface LoadSummary {
  papersNew: number;
  papersUpdated: number;
  papersUnchanged: number;
  batches: number;
  tally: WriteTally;
  /** Null when nothing changed and the last run had completed: the derived structure was kept. */
  derive: DeriveTimings | null;
  /** Null when nothing changed (the last run's pass stands). */
  corpus: CorpusPassSummary | null;
  loadMs: number;
}

export class LoadRun {
  readonly writer: PaperWriter;
  papersNew = 0;
  papersUpdated = 0;
  papersUnchanged = 0;
  batches = 0;
  private readonly tally = emptyTally();
  private readonly listingPaths = new Map<string, string>();
  private readonly started = Date.now();
  private queue: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | null = null;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    readonly options: LoadOptions,
  ) {
    this.writer = new PaperWriter(driver, database, {
      force: options.force,
      extractorVersion: options.extractorVersion,
      timings: options.timings,
    });
  }

  get failed(): boolean {
    return this.failure !== null;
  }

  get done(): number {
    return this.papersNew + this.papersUpdated + this.papersUnchanged;
  }

  rememberListings(sources: ListingRef[] | undefined): void {
    for (const source of sources ?? [])
      if (source.key && !this.listingPaths.has(source.key)) this.listingPaths.set(source.key, source.path);
  }

  /**
   * Queues a write after the previous ones and resolves when the queue before it has drained (so callers
   * keep at most one write in flight). A failure is kept and rethrown by finish().
   */
  async enqueue(work: () => Promise<BatchOutcome>): Promise<void> {
    const previous = this.queue;
    this.queue = previous.then(async () => {
      if (this.failure) return;
      try {
        const outcome = await withBackoff(work, {
          delaysMs: MID_RUN_BACKOFF_MS,
          onRetry: (_error, attempt, delay) =>
            this.options.progress.log(`ingest: Neo4j connection lost, retry ${attempt} in ${delay / 1000} s`),
        });
        this.add(outcome);
      } catch (error) {
        this.failure = { error };
      }
    });
    await previous;
  }

  writePapers(batch: LoadablePaper[]): Promise<void> {
    for (const paper of batch) this.rememberListings(paper.sources);
    return this.enqueue(() => this.writer.writeBatch(batch));
  }

  writeListingsOnly(papers: ListingOnlyPaper[]): Promise<void> {
    for (const paper of papers) this.rememberListings(paper.sources);
    return this.enqueue(() => this.writer.writeListingsOnly(papers));
  }

  /** Writes a stream of extracted papers in batches. */
  async consume(papers: AsyncIterable<LoadablePaper>): Promise<void> {
    let batch: LoadablePaper[] = [];
    for await (const paper of papers) {
      batch.push(paper);
      if (batch.length < this.options.batchSize) continue;
      await this.writePapers(batch);
      batch = [];
      if (this.failed) break;
    }
    if (batch.length > 0 && !this.failed) await this.writePapers(batch);
  }

  /** Waits for the queued writes, then derives and records listing hashes. Throws the first write failure. */
  async finish(): Promise<LoadSummary> {
    await this.queue;
    if (this.failure) throw this.failure.error;
    const loadMs = Date.now() - this.started;
    this.options.onLoaded?.();
    this.options.progress.stop();
    let derive: DeriveTimings | null = null;
    let corpus: CorpusPassSummary | null = null;
    const changed =
      this.papersNew + this.papersUpdated > 0 || (await this.pendingListings()) > 0 || (await derivePending(this.driver, this.database));
    if (changed || (await derivedStructureIsStale(this.driver, this.database))) {
      // Before the derive: the pass rewrites papers and marks what it touched, which the derive then takes up.
      corpus = await runCorpusPass(this.driver, this.database, this.writer, this.options.extractorVersion, this.options.log);
      this.options.log(`ingest: ${this.done} papers in Neo4j; deriving paper counts, dates and co-occurrences…`);
      derive = await deriveStructure(this.driver, this.database, this.options.log, this.options.deriveMode);
    } else {
      this.options.log(`ingest: ${this.done} papers in Neo4j, none new or changed: derived structure already up to date`);
    }
    await recordListingHashes(this.driver, this.database, this.listingPaths, this.options.extractorVersion);
    return {
      papersNew: this.papersNew,
      papersUpdated: this.papersUpdated,
      papersUnchanged: this.papersUnchanged,
      batches: this.batches,
      tally: this.tally,
      derive,
      corpus,
      loadMs,
    };
  }

  private async pendingListings(): Promise<number> {
    const result = await this.driver.executeQuery<EagerResult<{ n: number }>>(PENDING_LISTINGS, {}, { database: this.database });
    return result.records[0].get('n');
  }

  private add(outcome: BatchOutcome): void {
    this.papersNew += outcome.papersNew;
    this.papersUpdated += outcome.papersUpdated;
    this.papersUnchanged += outcome.papersUnchanged;
    this.batches++;
    mergeTally(this.tally, outcome.tally);
    this.options.progress.written(this.done);
  }
}

/** Loads a stream of extracted papers in one run (the bulk path's twin and the benchmarks' entry point). */
export async function loadPapers(
  driver: Driver,
  database: string,
  papers: AsyncIterable<LoadablePaper>,
  options: LoadOptions,
): Promise<LoadSummary> {
  const run = new LoadRun(driver, database, options);
  await run.consume(papers);
  return run.finish();
}
