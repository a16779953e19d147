/**
 * `npm run ingest -- --bulk PATH...`: a first load into the managed Neo4j's empty database through the offline
 * importer (bulk-load.ts). Refused for a non-empty database or a Neo4j named by NEO4J_URI: the transactional path
 * (without --bulk) serves those.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EagerResult } from 'neo4j-driver';
import { applySchema } from '../../platform/neo4j/apply-schema.ts';
import { connectionFromEnv, openDriver } from '../../platform/neo4j/driver.ts';
import { isProcessAlive, readState } from '../../platform/neo4j/launcher-process.ts';
import { resolveNeo4j } from '../../platform/neo4j/manager.ts';
import { DEFAULT_DATA_DIR } from '../../platform/neo4j/paths.ts';
import type { IngestCommandOptions } from '../cli-options.ts';
import { createProgress } from '../pipeline/progress.ts';
import { effectiveExtractorVersion } from '../pipeline/extractor-version.ts';
import { exitCode, extractRecords, formatWarning, readPapers } from '../pipeline/index.ts';
import { neo4jHomeOf } from './admin-import.ts';
import { completeBulkLoad, importPapers } from './bulk-load.ts';

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** Why the bulk path cannot load into this data directory, or null. */
async function refusal(dataDir: string): Promise<string | null> {
  if (connectionFromEnv())
    return 'NEO4J_URI names a Neo4j papergraph does not manage: --bulk imports offline into the managed one only; drop --bulk';
  const running = readState(dataDir);
  if (running && isProcessAlive(running.pid))
    return `a Neo4j is running on ${dataDir}: stop it first (npm run neo4j -- stop --data-dir ${dataDir})`;
  if (!existsSync(join(neo4jHomeOf(dataDir), 'data', 'databases', 'neo4j'))) return null;
  const neo4j = await resolveNeo4j({ dataDir, log });
  const driver = openDriver(neo4j);
  try {
    const { records } = await driver.executeQuery<EagerResult<{ n: number }>>('RETURN COUNT { () } AS n', {}, { database: neo4j.database });
    const nodes = records[0].get('n');
    return nodes > 0
      ? `the database in ${dataDir} holds ${nodes} nodes: --bulk loads an empty database only; drop --bulk to add to it`
      : null;
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}

export async function runBulkIngest(options: IngestCommandOptions): Promise<number> {
  const started = Date.now();
  const dataDir = resolve(process.env.PAPERGRAPH_NEO4J_DATA ?? DEFAULT_DATA_DIR);
  const refused = await refusal(dataDir);
  if (refused) {
    log(`ingest --bulk: ${refused}`);
    return 1;
  }
  const extractorVersion = effectiveExtractorVersion();
  const progress = createProgress(process.stderr);
  const reader = readPapers(options.paths, {
    format: options.format,
    filter: options.filter,
    limit: options.limit,
    onWarning: (w) => progress.log(formatWarning(w)),
  });
  progress.trackBytes(() => reader.bytes());
  const extracted = extractRecords(reader, {
    workers: options.workers,
    total: () => reader.total,
    onWarning: (warning) => progress.log(formatWarning(warning)),
    onProgress: (done, total) => progress.extracted(done, total),
    onInfo: (line) => progress.log(line),
  });
  const imported = await importPapers(extracted, { dataDir, extractorVersion, log: (line) => progress.log(line) });
  progress.stop();
  log(
    `ingest --bulk: imported ${imported.import.nodes} nodes and ${imported.import.relationships} relationships in ${(imported.import.ms / 1000).toFixed(1)} s`,
  );
  const neo4j = await resolveNeo4j({ dataDir, log });
  const driver = openDriver(neo4j);
  try {
    await applySchema(driver, neo4j.database);
    await driver.executeQuery('CALL db.awaitIndexes(3600)', {}, { database: neo4j.database });
    const completed = await completeBulkLoad(driver, neo4j.database, imported, extractorVersion, log);
    const deriveSeconds = (completed.derive.entityStatsMs + completed.derive.coOccurrenceMs) / 1000;
    process.stdout.write(
      `ingest --bulk: ${imported.papers} papers (${imported.duplicatePapers} duplicates skipped), CSV ${(imported.filesMs / 1000).toFixed(1)} s, ` +
        `import ${(imported.import.ms / 1000).toFixed(1)} s, arrays restored ${(completed.restoreMs / 1000).toFixed(1)} s, derive ${deriveSeconds.toFixed(1)} s, ` +
        `total ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    return exitCode(reader.summary, options.strict);
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}
