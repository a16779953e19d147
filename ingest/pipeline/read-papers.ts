/**
 * All inputs -> one PaperRecord per paper, in input order (order of first listing).
 *
 * Dedupe design. Inputs up to `bufferLimitBytes` (every daily dump, any small JSONL/CSV) are
 * *buffered*: read completely first and merged exactly in a PaperIndex, so each of their papers is
 * emitted once with every listing. Larger inputs are *streamed* line by line (memory stays flat),
 * remembering only a compact hash of each id (SeenIds, 16 bytes per paper). Consequences:
 * - a streamed record that matches a buffered paper not yet emitted is merged with it and emitted
 *   at its own (earlier) position;
 * - a streamed record whose paper was already emitted (buffered earlier, or streamed earlier) is
 *   emitted AGAIN, merged: with all listings known so far. Consumers key papers by id, so the
 *   later line supersedes the earlier one (the loader upserts). `summary.reemitted` counts these.
 */
import { stat } from 'node:fs/promises';
import { listInputFiles, readSource, type SourceFileStats, type SourceReadOptions } from '../sources/index.ts';
import { listingKey } from '../sources/detect.ts';
import { isFiltering, recordMatches, type RecordFilter } from '../sources/record-filter.ts';
import type { ListingRef, PaperRecord, ReaderWarning } from '../types.ts';
import { copyRecord, mergeRecord } from './merge.ts';
import { PaperIndex } from './paper-index.ts';
import { packListing, SeenIds, unpackListing } from './seen-ids.ts';

export const DEFAULT_BUFFER_LIMIT_BYTES = 64 * 1024 * 1024;
/** A gzip file holds several times its size; judged on an estimate of the inflated size. */
const GZIP_EXPANSION = 5;

export interface ReadPapersOptions extends SourceReadOptions {
  /** Inputs larger than this are streamed rather than buffered (see the dedupe design above). */
  bufferLimitBytes?: number;
  /** Only papers that match (`--categories`, `--primary`, `--since`, `--until`). */
  filter?: RecordFilter;
  /** Stop after this many papers (`--limit`). */
  limit?: number;
}

export interface ReadSummary {
  files: number;
  /** Files that could not be opened or read as text at all. */
  unreadableFiles: number;
  records: number;
  papers: number;
  duplicatesMerged: number;
  /** Papers emitted a second time with merged listings (streamed inputs only). */
  reemitted: number;
  warnings: number;
  /** Records read but left out by the filter. */
  filteredOut: number;
  perFile: SourceFileStats[];
}

interface PlannedInput {
  path: string;
  streamed: boolean;
  bytes: number;
}

async function planInputs(paths: string[], options: ReadPapersOptions, onWarning: (w: ReaderWarning) => void): Promise<PlannedInput[]> {
  const limit = options.bufferLimitBytes ?? DEFAULT_BUFFER_LIMIT_BYTES;
  const files = await listInputFiles(paths, onWarning);
  const planned: PlannedInput[] = [];
  for (const path of files) {
    let size = 0;
    try {
      size = (await stat(path)).size;
    } catch {
      size = 0; // reading it reports the problem
    }
    const estimate = path.toLowerCase().endsWith('.gz') ? size * GZIP_EXPANSION : size;
    planned.push({ path, streamed: estimate > limit, bytes: size });
  }
  return planned;
}

/** The merged papers of all inputs; `summary` and `total` fill in as it is iterated. */
export class PaperReader implements AsyncIterable<PaperRecord> {
  readonly summary: ReadSummary = {
    files: 0,
    unreadableFiles: 0,
    records: 0,
    papers: 0,
    duplicatesMerged: 0,
    reemitted: 0,
    warnings: 0,
    filteredOut: 0,
    perFile: [],
  };
  /** Number of papers when every input is buffered, known once buffering is done; else null. */
  total: number | null = null;
  private readonly index = new PaperIndex();
  private readonly seen = new SeenIds();
  /** Extra listings of streamed papers seen more than once (rare, so a Map is fine). */
  private readonly repeatedListings = new Map<string, ListingRef[]>();
  private inputs: PlannedInput[] = [];

  constructor(
    private readonly paths: string[],
    private readonly options: ReadPapersOptions = {},
  ) {}

  private readonly warn = (warning: ReaderWarning): void => {
    this.summary.warnings += 1;
    this.options.onWarning?.(warning);
  };

  private async readFile(path: string): Promise<{ records: AsyncGenerator<PaperRecord>; stats: SourceFileStats }> {
    const read = readSource(path, { ...this.options, onWarning: this.warn });
    this.summary.files += 1;
    this.summary.perFile.push(read.stats);
    const filter = this.options.filter;
    return isFiltering(filter) ? { records: this.matching(read.records, filter), stats: read.stats } : read;
  }

  private async *matching(records: AsyncGenerator<PaperRecord>, filter: RecordFilter): AsyncGenerator<PaperRecord> {
    for await (const record of records) {
      if (recordMatches(record, filter)) yield record;
      else this.summary.filteredOut += 1;
    }
  }

  /** Bytes of the input files read so far and in all (compressed bytes for gzip), for progress and ETA. */
  bytes(): { read: number; total: number } {
    let read = 0;
    for (const file of this.summary.perFile) read += file.bytesRead;
    return { read, total: this.inputs.reduce((sum, input) => sum + input.bytes, 0) };
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<PaperRecord> {
    const limit = this.options.limit ?? Infinity;
    if (limit <= 0) return;
    let emitted = 0;
    for await (const record of this.allPapers()) {
      yield record;
      if (++emitted >= limit) return;
    }
  }

  private finishFile(stats: SourceFileStats): void {
    if (!stats.readable) this.summary.unreadableFiles += 1;
  }

  private async *allPapers(): AsyncGenerator<PaperRecord> {
    this.inputs = await planInputs(this.paths, this.options, this.warn);
    for (const [slot, input] of this.inputs.entries()) {
      if (input.streamed) continue;
      const { records, stats } = await this.readFile(input.path);
      for await (const record of records) this.index.add(record, slot);
      this.finishFile(stats);
    }
    this.summary.records = this.index.records;
    this.summary.papers = this.index.papers.length;
    this.summary.duplicatesMerged = this.summary.records - this.summary.papers;
    if (this.inputs.every((input) => !input.streamed)) this.total = Math.min(this.index.papers.length, this.options.limit ?? Infinity);
    let cursor = 0;
    for (const [slot, input] of this.inputs.entries()) {
      if (input.streamed) {
        yield* this.stream(input.path, slot);
        continue;
      }
      for (; cursor < this.index.papers.length && this.index.papers[cursor].slot === slot; cursor++) {
        const paper = this.index.papers[cursor];
        if (paper.emitted) continue;
        paper.emitted = true;
        yield paper.record;
      }
    }
  }

  private async *stream(path: string, slot: number): AsyncGenerator<PaperRecord> {
    const { records, stats } = await this.readFile(path);
    for await (const record of records) {
      this.summary.records += 1;
      const paper = this.placeStreamed(record, slot);
      this.summary.duplicatesMerged = this.summary.records - this.summary.papers;
      yield paper;
    }
    this.finishFile(stats);
  }

  /** The paper to emit for a streamed record (see the dedupe design at the top). */
  private placeStreamed(record: PaperRecord, slot: number): PaperRecord {
    const position = packListing(slot, record.sources[0].line);
    const buffered = this.index.find(record);
    if (buffered) {
      if (buffered.emitted) {
        mergeRecord(buffered.record, record);
        this.summary.reemitted += 1;
      } else {
        // This listing comes first in input order: it leads, the buffered paper merges in.
        buffered.record = mergeRecord(copyRecord(record), buffered.record);
        buffered.emitted = true;
      }
      this.seen.setIfAbsent(buffered.record.id, position);
      return buffered.record;
    }
    const earlier = this.seen.setIfAbsent(record.id, position);
    if (earlier === undefined) {
      this.summary.papers += 1;
      return record;
    }
    this.summary.reemitted += 1;
    return this.withEarlierListings(record, earlier);
  }

  private withEarlierListings(record: PaperRecord, earlier: number): PaperRecord {
    const { fileIndex, line } = unpackListing(earlier);
    const first = this.inputs[fileIndex]?.path ?? '';
    const firstStats = this.summary.perFile.find((file) => file.path === first);
    const firstListing: ListingRef = {
      key: listingKey(first),
      path: first,
      format: firstStats?.format ?? record.sources[0].format,
      date: null,
      line,
    };
    const repeated = this.repeatedListings.get(record.id) ?? [firstListing];
    repeated.push(...record.sources);
    this.repeatedListings.set(record.id, repeated);
    return { ...record, sources: [...repeated] };
  }
}

export function readPapers(paths: string[], options: ReadPapersOptions = {}): PaperReader {
  return new PaperReader(paths, options);
}

/**
 * Number of papers the inputs hold, for progress bars: cheap when every input is small enough to
 * be buffered (reads them, no extraction); null when an input is streamed.
 */
export async function countPapers(paths: string[], options: ReadPapersOptions = {}): Promise<number | null> {
  const inputs = await planInputs(paths, options, () => {});
  if (inputs.some((input) => input.streamed)) return null;
  const index = new PaperIndex();
  for (const [slot, input] of inputs.entries()) {
    for await (const record of readSource(input.path, { format: options.format, maxLineBytes: options.maxLineBytes }).records)
      index.add(record, slot);
  }
  return index.papers.length;
}
