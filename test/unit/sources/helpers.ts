import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSource, type SourceReadOptions } from '../../../ingest/sources/index.ts';
import type { PaperRecord, ReaderWarning } from '../../../ingest/types.ts';

export const FIXTURES = new URL('../../fixtures/sources/', import.meta.url).pathname;
export const CORPUS = new URL('../../../data/daily-papers/', import.meta.url).pathname;

export interface ReadResult {
  records: PaperRecord[];
  warnings: ReaderWarning[];
}

export async function readAll(path: string, options: SourceReadOptions = {}): Promise<ReadResult> {
  const warnings: ReaderWarning[] = [];
  const read = readSource(path, { ...options, onWarning: (warning) => warnings.push(warning) });
  const records: PaperRecord[] = [];
  for await (const record of read.records) records.push(record);
  return { records, warnings };
}

/** A scratch directory for files made at test time; remove() deletes it. */
export function scratch(): { dir: string; file: (name: string, content: string | Buffer) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'papergraph-sources-'));
  return {
    dir,
    file: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export const titles = (records: PaperRecord[]): string[] => records.map((record) => record.title);
