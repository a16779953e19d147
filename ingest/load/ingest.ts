/**
 * The load stage: papers in (already extracted), batches written while the next batch is still being
 * extracted, then derived structure, then listing hashes. Listing hashes go last so an interrupted run is
 * never mistaken for a complete one by the corpus check.
 */
import type { Driver } from 'neo4j-driver';
import { deriveStructure, type DeriveTimings } from './derive.ts';
import { recordListingHashes } from './listings.ts';
import type { IngestProgress } from './progress.ts';
import { MID_RUN_BACKOFF_MS, withBackoff } from './retry.ts';
import type { LoadablePaper } from './rows.ts';
import { emptyTally, mergeTally, type WriteTally } from './tally.ts';
import { PaperWriter, type BatchOutcome } from './writer.ts';

export interface LoadOptions {
  batchSize: number;
  force: boolean;
  extractorVersion: string;
  progress: IngestProgress;
}

export interface LoadSummary {
  papersNew: number;
  papersUpdated: number;
  papersUnchanged: number;
  batches: number;
  tally: WriteTally;
  derive: DeriveTimings;
  loadMs: number;
}

class LoadTotals {
  papersNew = 0;
  papersUpdated = 0;
  papersUnchanged = 0;
  batches = 0;
  readonly tally = emptyTally();

  add(outcome: BatchOutcome): void {
    this.papersNew += outcome.papersNew;
    this.papersUpdated += outcome.papersUpdated;
    this.papersUnchanged += outcome.papersUnchanged;
    this.batches++;
    mergeTally(this.tally, outcome.tally);
  }

  get done(): number {
    return this.papersNew + this.papersUpdated + this.papersUnchanged;
  }
}

export async function loadPapers(driver: Driver, database: string, papers: AsyncIterable<LoadablePaper>, options: LoadOptions): Promise<LoadSummary> {
  const writer = new PaperWriter(driver, database, { force: options.force, extractorVersion: options.extractorVersion });
  const totals = new LoadTotals();
  const listingPaths = new Map<string, string>();
  const started = Date.now();

  const write = (batch: LoadablePaper[]) =>
    withBackoff(() => writer.writeBatch(batch), {
      delaysMs: MID_RUN_BACKOFF_MS,
      onRetry: (_error, attempt, delay) => options.progress.log(`ingest: Neo4j connection lost, retry ${attempt} in ${delay / 1000} s`),
    }).then((outcome) => {
      totals.add(outcome);
      options.progress.update(totals.done);
    });

  // One batch is written while the next one is read and extracted.
  let inFlight: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | null = null;
  let batch: LoadablePaper[] = [];
  for await (const paper of papers) {
    for (const source of paper.sources ?? []) if (source.key && !listingPaths.has(source.key)) listingPaths.set(source.key, source.path);
    batch.push(paper);
    if (batch.length < options.batchSize) continue;
    await inFlight;
    if (failure) break;
    inFlight = write(batch).catch((error: unknown) => {
      failure = { error };
    });
    batch = [];
  }
  await inFlight;
  if (!failure && batch.length > 0) await write(batch);
  if (failure) throw (failure as { error: unknown }).error;
  const loadMs = Date.now() - started;

  options.progress.stop();
  const derive = await deriveStructure(driver, database, (line) => process.stderr.write(`${line}\n`));
  await recordListingHashes(driver, database, listingPaths);
  return {
    papersNew: totals.papersNew,
    papersUpdated: totals.papersUpdated,
    papersUnchanged: totals.papersUnchanged,
    batches: totals.batches,
    tally: totals.tally,
    derive,
    loadMs,
  };
}
