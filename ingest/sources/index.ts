/**
 * Reading listing files into PaperRecords: finds the files (directories are walked), picks the
 * reader, and turns every problem (missing, empty, binary, corrupt, bad records) into one warning
 * with file and line while the rest is read.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PaperRecord, SourceFormat } from '../types.ts';
import { openCountedContent, sampleFile } from './byte-source.ts';
import { readCsv } from './csv.ts';
import { readDaily } from './daily.ts';
import { csvDelimiter, detectFormat, isSourceFileName, listingKey, looksBinary } from './detect.ts';
import { FileWarnings, type WarningHandler } from './file-warnings.ts';
import { readJsonl } from './jsonl.ts';
import { DEFAULT_MAX_LINE_BYTES, LineReadError, readLines } from './text-lines.ts';

export type { WarningHandler } from './file-warnings.ts';
export { detectFormat, isSourceFileName, listingKey } from './detect.ts';

export interface SourceReadOptions {
  /** Forces the reader (`--format`); otherwise detected from content and extension. */
  format?: SourceFormat;
  onWarning?: WarningHandler;
  /** Lines longer than this are skipped unread (memory bound); default 32 MiB. */
  maxLineBytes?: number;
}

export interface SourceFileStats {
  path: string;
  format: SourceFormat | null;
  /** Whether the file could be opened and read as text at all. */
  readable: boolean;
  /** Nothing exists at the path (a mistyped name): the run exits non-zero even without --strict. */
  missing: boolean;
  records: number;
  warnings: number;
  /** Size of the file, and how much of it has been read so far (compressed bytes for gzip). */
  bytes: number;
  bytesRead: number;
}

export interface SourceRead {
  records: AsyncGenerator<PaperRecord>;
  /** Filled in while `records` is iterated; final once it is done. */
  stats: SourceFileStats;
}

const noWarnings: WarningHandler = () => {};

function errorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

async function* readRecords(
  path: string,
  options: SourceReadOptions,
  stats: SourceFileStats,
  warnings: FileWarnings,
): AsyncGenerator<PaperRecord> {
  let sample: Awaited<ReturnType<typeof sampleFile>>;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    stats.bytes = info.size;
    sample = await sampleFile(path);
  } catch (error) {
    stats.missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    warnings.warn(null, `cannot read: ${errorText(error)}`);
    return;
  }
  if (sample.sample.length === 0) {
    warnings.warn(null, sample.gzip ? 'empty or unreadable gzip file' : 'empty file');
    stats.readable = !sample.gzip;
    return;
  }
  if (looksBinary(sample.sample)) {
    warnings.warn(1, 'binary file, not UTF-8 text (NUL or control bytes); skipped');
    return;
  }
  stats.readable = true;
  const head = sample.sample.toString('utf8');
  const format = detectFormat(path, head, options.format);
  stats.format = format;
  const listing = { key: listingKey(path), path };
  const { content, bytesRead } = openCountedContent(path, sample.gzip);
  let records: AsyncGenerator<PaperRecord>;
  if (format === 'csv') {
    records = readCsv(content, { ...listing, delimiter: csvDelimiter(path, head) }, warnings);
  } else {
    const lines = readLines(content, options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES);
    records = format === 'jsonl' ? readJsonl(lines, listing, warnings) : readDaily(lines, listing, warnings);
  }
  try {
    for await (const record of records) {
      stats.records += 1;
      stats.bytesRead = bytesRead();
      yield record;
    }
  } catch (error) {
    const line = error instanceof LineReadError ? error.line : null;
    warnings.warn(line, `read error (${errorText(error)}); the rest of the file is skipped`);
  } finally {
    stats.bytesRead = stats.bytes;
    content.destroy();
  }
  if (stats.records === 0 && warnings.count === 0) warnings.warn(null, `no papers found (read as ${format})`);
}

/** The records of one file. Never throws: problems become warnings. */
export function readSource(path: string, options: SourceReadOptions = {}): SourceRead {
  const stats: SourceFileStats = { path, format: null, readable: false, missing: false, records: 0, warnings: 0, bytes: 0, bytesRead: 0 };
  const warnings = new FileWarnings(path, (warning) => {
    stats.warnings += 1;
    (options.onWarning ?? noWarnings)(warning);
  });
  async function* run(): AsyncGenerator<PaperRecord> {
    try {
      yield* readRecords(path, options, stats, warnings);
    } finally {
      warnings.close();
    }
  }
  return { records: run(), stats };
}

/**
 * Walks a directory in name order, following symbolic links. `ancestors` holds the real paths of the directories
 * being walked, so a link back into one of them (a loop) is reported and not followed; a broken link is reported.
 */
async function walk(directory: string, found: string[], onWarning: WarningHandler, ancestors: Set<string>): Promise<void> {
  const entries = await readdir(directory, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      let target: string;
      try {
        target = await realpath(path);
        const info = await stat(target);
        [isDirectory, isFile] = [info.isDirectory(), info.isFile()];
      } catch (error) {
        const loop = (error as NodeJS.ErrnoException).code === 'ELOOP';
        onWarning({
          file: path,
          line: null,
          message: loop
            ? 'symbolic link loop (the link resolves to itself); skipped'
            : `broken symbolic link (${errorText(error)}); skipped`,
        });
        continue;
      }
      if (isDirectory && ancestors.has(target)) {
        onWarning({
          file: path,
          line: null,
          message: `symbolic link loop: it points back to ${target}, which is being read already; not followed`,
        });
        continue;
      }
    }
    if (isDirectory) {
      const real = await realpath(path);
      ancestors.add(real);
      await walk(path, found, onWarning, ancestors);
      ancestors.delete(real);
    } else if (isFile && isSourceFileName(entry.name)) found.push(path);
  }
}

/**
 * The files named by PATHs: files as given (whatever their extension), directories walked for
 * .txt/.jsonl/.ndjson/.json/.csv/.tsv (optionally .gz) in name order. Paths that do not exist are
 * kept so that reading them reports it.
 */
export async function listInputFiles(paths: string[], onWarning: WarningHandler = noWarnings): Promise<string[]> {
  const files = new Set<string>();
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch {
      isDirectory = false;
    }
    if (!isDirectory) {
      files.add(path);
      continue;
    }
    const found: string[] = [];
    try {
      await walk(path, found, onWarning, new Set([await realpath(path)]));
    } catch (error) {
      onWarning({ file: path, line: null, message: `cannot list directory: ${errorText(error)}` });
    }
    if (found.length === 0) onWarning({ file: path, line: null, message: 'directory holds no .txt/.jsonl/.json/.csv/.gz listing files' });
    for (const file of found) files.add(file);
  }
  return [...files];
}
