/**
 * Reader for CSV/TSV with a header row naming at least title and abstract; quoted fields may span
 * lines. Rows that do not fit the header are skipped with a warning; csv-parse streams, so memory
 * stays flat.
 */
import { parse, type CsvError } from 'csv-parse';
import type { Readable } from 'node:stream';
import type { PaperRecord } from '../types.ts';
import type { FileWarnings } from './file-warnings.ts';
import { recordFromFields } from './record-fields.ts';
import { DEFAULT_MAX_LINE_BYTES } from './text-lines.ts';

export interface CsvListing {
  key: string;
  path: string;
  delimiter: ',' | '\t';
}

interface ParsedRow {
  record: Record<string, string>;
  info: { lines: number };
  raw: string;
}

/** `lines` is where a record ends; count back over the line breaks inside it. */
function startLine(endLine: number, raw: unknown): number {
  const text = typeof raw === 'string' ? raw.replace(/\r?\n$/, '') : '';
  return endLine - (text.match(/\n/g)?.length ?? 0);
}

function headerHasPaperColumns(columns: string[]): boolean {
  return columns.includes('title') && (columns.includes('abstract') || columns.includes('summary'));
}

export async function* readCsv(content: Readable, listing: CsvListing, warnings: FileWarnings): AsyncGenerator<PaperRecord> {
  let header: string[] = [];
  const parser = parse({
    columns: (row: string[]) => (header = row.map((cell) => cell.trim().toLowerCase())),
    delimiter: listing.delimiter,
    bom: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: DEFAULT_MAX_LINE_BYTES,
    info: true,
    raw: true,
  });
  parser.on('skip', (error: CsvError) => {
    const line = typeof error.lines === 'number' ? startLine(error.lines, error.raw) : null;
    warnings.warn(line, `${error.message.replace(/ on line \d+$/, '')}; row skipped`);
  });
  content.on('error', (error) => parser.destroy(error));
  content.pipe(parser);
  let checkedHeader = false;
  for await (const row of parser as AsyncIterable<ParsedRow>) {
    if (!checkedHeader) {
      checkedHeader = true;
      if (!headerHasPaperColumns(header)) {
        warnings.warn(1, `CSV header has no title and abstract columns (found: ${header.slice(0, 8).join(', ')}); file skipped`);
        content.destroy();
        return;
      }
    }
    const line = startLine(row.info.lines, row.raw);
    const values = Object.values(row.record);
    if (values.some((value) => value.includes('\u0000'))) {
      warnings.undecodable(line, 'nul-byte');
      continue;
    }
    if (values.some((value) => value.includes('\uFFFD'))) {
      warnings.undecodable(line, 'invalid-utf8');
      continue;
    }
    const result = recordFromFields(row.record, { key: listing.key, path: listing.path, format: 'csv', date: null, line });
    if ('problem' in result) warnings.warn(line, result.problem);
    else yield result.record;
  }
}
