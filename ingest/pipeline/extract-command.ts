/**
 * `extract PATH...`: one JSON line per paper on stdout, warnings, worker use and a summary on
 * stderr. Exit code: 0; 1 with --strict when there were warnings; 2 when no input could be read or a path
 * names nothing.
 */
import cliProgress from 'cli-progress';
import type { RecordFilter } from '../sources/record-filter.ts';
import type { ReaderWarning, SourceFormat } from '../types.ts';
import { resolveInBatches } from './corpus-batches.ts';
import { extractPapers } from './extract-papers.ts';
import type { ReadSummary } from './read-papers.ts';
import { extractionLine } from './serialise.ts';

export interface ExtractCommandOptions {
  paths: string[];
  format?: SourceFormat;
  strict: boolean;
  workers?: number;
  filter?: RecordFilter;
  limit?: number;
}

export function formatWarning(warning: ReaderWarning): string {
  return `warning: ${warning.file}${warning.line === null ? '' : `:${warning.line}`}: ${warning.message}`;
}

export function formatSummary(summary: ReadSummary, seconds: number): string {
  const reemitted = summary.reemitted > 0 ? `, ${summary.reemitted} re-emitted merged` : '';
  const unreadable = summary.unreadableFiles > 0 ? ` (${summary.unreadableFiles} unreadable)` : '';
  return (
    `extract: ${summary.files} file(s)${unreadable}, ${summary.records} records read, ${summary.papers} papers, ` +
    `${summary.duplicatesMerged} duplicates merged${reemitted}, ${summary.warnings} warning(s), ${seconds.toFixed(1)} s`
  );
}

/** Paths given that name nothing at all: a mistyped path fails the run whatever else was read. */
export function missingInputs(summary: ReadSummary): string[] {
  return summary.perFile.filter((file) => file.missing).map((file) => file.path);
}

/** The closing line for missing inputs (`command: …`), or null when every path existed. */
export function missingInputsLine(command: string, summary: ReadSummary): string | null {
  const missing = missingInputs(summary);
  if (missing.length === 0) return null;
  return `${command}: nothing read from ${missing.join(', ')} (no such file or directory): exit 2; check the path`;
}

/** Exit code for a finished run (shared with `ingest`). */
export function exitCode(summary: ReadSummary, strict: boolean): number {
  if (summary.files === 0 || summary.unreadableFiles === summary.files || missingInputs(summary).length > 0) return 2;
  return strict && summary.warnings > 0 ? 1 : 0;
}

class StdoutWriter {
  closed = false;
  constructor() {
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') this.closed = true;
      else throw error;
    });
  }

  async write(text: string): Promise<void> {
    if (this.closed || process.stdout.write(text)) return;
    // Wait for room, or for the reader to go away (`| head`): then stop writing, quietly.
    await new Promise<void>((resolve) => {
      const settle = (): void => {
        for (const event of ['drain', 'close', 'error']) process.stdout.off(event, settle);
        resolve();
      };
      for (const event of ['drain', 'close', 'error']) process.stdout.once(event, settle);
    });
  }
}

function progressBar(): { update: (done: number, total: number | null) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'extract [{bar}] {value}/{total} papers', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (done, total) => {
      if (!started) bar.start(total ?? 0, 0);
      started = true;
      if (total !== null) bar.setTotal(total);
      bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}

export async function runExtract(options: ExtractCommandOptions): Promise<number> {
  const started = Date.now();
  const out = new StdoutWriter();
  const progress = progressBar();
  const run = extractPapers(options.paths, {
    format: options.format,
    workers: options.workers,
    filter: options.filter,
    limit: options.limit,
    onWarning: (warning) => process.stderr.write(`${formatWarning(warning)}\n`),
    onProgress: progress.update,
  });
  for await (const extraction of resolveInBatches(run)) {
    await out.write(extractionLine(extraction));
    if (out.closed) break;
  }
  progress.stop();
  process.stderr.write(`${formatSummary(run.summary, (Date.now() - started) / 1000)}\n`);
  const missing = missingInputsLine('extract', run.summary);
  if (missing) process.stderr.write(`${missing}\n`);
  return exitCode(run.summary, options.strict);
}
