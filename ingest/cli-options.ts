/** Options of `ingest` (ingest/cli.ts), implemented by runIngest in ingest/pipeline/ingest-command.ts. */
import type { SourceFormat } from './types.ts';

export interface IngestCommandOptions {
  paths: string[];
  format?: SourceFormat;
  strict: boolean;
  workers?: number;
  batchSize: number;
  force: boolean;
}
