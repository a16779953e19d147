/** Options of `ingest` (ingest/cli.ts), implemented by runIngest in ingest/pipeline/ingest-command.ts. */
import type { RecordFilter } from './sources/record-filter.ts';
import type { SourceFormat } from './types.ts';

export interface IngestCommandOptions {
  paths: string[];
  format?: SourceFormat;
  strict: boolean;
  workers?: number;
  batchSize: number;
  force: boolean;
  filter?: RecordFilter;
  limit?: number;
  /** `--derive`: full rebuild, incremental update, or chosen from what changed (default). */
  deriveMode?: 'auto' | 'full' | 'incremental';
  /** `--bulk`: a first load through neo4j-admin database import (ingest/bulk/). */
  bulk?: boolean;
}
