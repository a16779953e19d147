/**
 * `npm run ingest -- [PATH...]`: read -> extract (worker threads) -> write to Neo4j, with progress on stderr
 * and a summary on stdout. Exit codes: 0 done; 1 Neo4j unreachable or failed, or warnings under --strict;
 * 2 nothing readable, or a path that does not exist.
 */
import type { Driver } from 'neo4j-driver';
import { applySchema } from '../../platform/neo4j/apply-schema.ts';
import { describeConnectionError, openDriver, type Neo4jConnectionInfo } from '../../platform/neo4j/driver.ts';
import { resolveNeo4j, type Neo4jConnection } from '../../platform/neo4j/manager.ts';
import type { IngestCommandOptions } from '../cli-options.ts';
import { exitCode, formatWarning, missingInputsLine } from './index.ts';
import type { ReadSummary } from './index.ts';
import { LoadRun, type LoadSummary } from './load-run.ts';
import { createProgress } from './progress.ts';
import { describeNeo4jFailure, ingestFailureMessage, watchManagedNeo4j } from '../load/neo4j-failure.ts';
import { START_BACKOFF_MS, withBackoff } from '../load/retry.ts';
import { papersToLoad } from './papers-to-load.ts';
import { formatLoadSummary } from './load-summary.ts';
import { effectiveExtractorVersion } from './extractor-version.ts';

export interface IngestRunResult {
  load: LoadSummary;
  read: ReadSummary;
  seconds: number;
}

export interface IngestRunOptions extends IngestCommandOptions {
  /** Progress and warnings go here (stderr by default); `quiet` drops the progress bar and lines. */
  quiet?: boolean;
  log?: (line: string) => void;
}

const stderrLog = (line: string) => process.stderr.write(`${line}\n`);

/** Extracts and loads `paths` into an open database. Throws on Neo4j failures (after retries). */
export async function ingestPaths(driver: Driver, database: string, options: IngestRunOptions): Promise<IngestRunResult> {
  const started = Date.now();
  const progress = createProgress(process.stderr, options.quiet ?? false);
  const log = options.log ?? ((line: string) => progress.log(line));
  const extractorVersion = effectiveExtractorVersion();
  try {
    const run = new LoadRun(driver, database, {
      batchSize: options.batchSize,
      force: options.force,
      extractorVersion,
      deriveMode: options.deriveMode,
      progress,
      log: options.quiet ? () => {} : stderrLog,
    });
    const source = papersToLoad(driver, database, run, {
      paths: options.paths,
      format: options.format,
      workers: options.workers,
      filter: options.filter,
      limit: options.limit,
      chunkSize: options.batchSize,
      force: options.force,
      extractorVersion,
      onWarning: (warning) => log(formatWarning(warning)),
      onProgress: (done, total) => progress.extracted(done, total),
      onInfo: log,
    });
    progress.trackBytes(source.bytes);
    await run.consume(source.papers);
    const load = await run.finish();
    return { load, read: source.summary, seconds: (Date.now() - started) / 1000 };
  } finally {
    progress.stop();
  }
}

/** Waits for Neo4j with backoff; throws an error that names the URI and the fix (`describe`, for this setup). */
export async function connectWithBackoff(
  driver: Driver,
  connection: Neo4jConnectionInfo,
  log: (line: string) => void = stderrLog,
  describe: (error: unknown) => Error = (error) => describeConnectionError(error, connection),
): Promise<void> {
  try {
    // An auto-commit query: one attempt per call (executeQuery would add its own ~30 s of retries).
    const probe = async () => {
      const session = driver.session({ database: connection.database });
      try {
        await session.run('RETURN 1');
      } finally {
        await session.close();
      }
    };
    await withBackoff(probe, {
      delaysMs: START_BACKOFF_MS,
      onRetry: (_error, attempt, delay) =>
        log(`ingest: Neo4j at ${connection.uri} not reachable, retry ${attempt}/${START_BACKOFF_MS.length} in ${delay / 1000} s`),
    });
  } catch (error) {
    throw describe(error);
  }
}

export async function runIngest(options: IngestCommandOptions): Promise<number> {
  let connection: Neo4jConnection | null = null;
  let driver: Driver | null = null;
  let stopWatching = (): void => {};
  try {
    const resolved = await resolveNeo4j();
    connection = resolved;
    const opened = openDriver(resolved);
    driver = opened;
    await connectWithBackoff(opened, resolved, stderrLog, (error) => describeNeo4jFailure(error, resolved));
    // A managed Neo4j that dies mid-run is not coming back by itself: end now, saying so (the run is resumable).
    stopWatching = watchManagedNeo4j(resolved, (message) => {
      stderrLog(`ingest failed: ${message}`);
      process.exit(1);
    });
    await withBackoff(() => applySchema(opened, resolved.database), { delaysMs: START_BACKOFF_MS });
    stderrLog(`ingest: Neo4j at ${resolved.uri} (database ${resolved.database}); extractor ${effectiveExtractorVersion()}`);
    const result = await ingestPaths(opened, resolved.database, { ...options });
    process.stdout.write(formatLoadSummary(result));
    const code = exitCode(result.read, options.strict);
    const missing = missingInputsLine('ingest', result.read);
    if (missing) stderrLog(`${missing} (the other paths were loaded)`);
    if (code === 1) stderrLog(`ingest: ${result.read.warnings} warning(s) and --strict: exit 1 (the good records were loaded)`);
    return code;
  } catch (error) {
    stderrLog(`ingest failed: ${ingestFailureMessage(error, connection)}`);
    return 1;
  } finally {
    // Before the stop below, which ends a Neo4j this run started: that exit is expected.
    stopWatching();
    await driver?.close();
    await connection?.stop();
  }
}
