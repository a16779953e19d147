/** Which reader a file needs: from `--format`, else its content when decisive, else its extension. */
import { basename } from 'node:path';
import type { SourceFormat } from '../types.ts';

export const SOURCE_EXTENSIONS = ['.txt', '.jsonl', '.ndjson', '.json', '.csv', '.tsv'];

/** The file name without directories, `.gz` and the format extension: the listing key. */
export function listingKey(path: string): string {
  let name = basename(path);
  if (name.toLowerCase().endsWith('.gz')) name = name.slice(0, -3);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

function innerExtension(path: string): string {
  let name = basename(path).toLowerCase();
  if (name.endsWith('.gz')) name = name.slice(0, -3);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
}

export function isSourceFileName(path: string): boolean {
  return SOURCE_EXTENSIONS.includes(innerExtension(path));
}

export function formatFromExtension(path: string): SourceFormat | null {
  switch (innerExtension(path)) {
    case '.jsonl':
    case '.ndjson':
    case '.json':
      return 'jsonl';
    case '.csv':
    case '.tsv':
      return 'csv';
    case '.txt':
      return 'daily';
    default:
      return null;
  }
}

/** Field separator of a CSV-like file: tab for `.tsv` or a tab-separated header, else comma. */
export function csvDelimiter(path: string, sample: string): ',' | '\t' {
  if (innerExtension(path) === '.tsv') return '\t';
  const header = sample.split('\n', 1)[0] ?? '';
  return header.split('\t').length > header.split(',').length ? '\t' : ',';
}

function firstLine(sample: string): string {
  for (const line of sample.split('\n')) {
    const trimmed = line.replace(/^\uFEFF/, '').trim();
    if (trimmed) return trimmed;
  }
  return '';
}

/** The format the content itself shows, when it is unambiguous. */
export function formatFromContent(sample: string): SourceFormat | null {
  const line = firstLine(sample);
  if (line.startsWith('{') || line === '[' || line.startsWith('[{')) return 'jsonl';
  const cells = line
    .toLowerCase()
    .split(/[,\t]/)
    .map((cell) => cell.trim().replace(/^"|"$/g, ''));
  if (cells.length >= 2 && cells.includes('title') && (cells.includes('abstract') || cells.includes('summary'))) return 'csv';
  return null;
}

export function detectFormat(path: string, sample: string, override?: SourceFormat): SourceFormat {
  return override ?? formatFromContent(sample) ?? formatFromExtension(path) ?? 'daily';
}

/**
 * Mostly control characters (NUL included, as in UTF-16): not a text listing at all. A few stray NULs in text are
 * judged line by line instead, so that they cost only their own records.
 */
export function looksBinary(sample: Buffer): boolean {
  if (sample.length === 0) return false;
  let control = 0;
  for (const byte of sample) {
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20) || byte === 0x7f) control += 1;
  }
  return control / sample.length > 0.1;
}
