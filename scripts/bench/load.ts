/**
 * `npm run bench:load -- --papers N [--sample 2000] [--batch-size 500] [--data-dir .neo4j/bench] [--port 7697] [--keep]`
 *
 * Generates N synthetic extracted papers (streamed, never all in memory), loads them with the batched writer
 * into a wiped database and prints papers/s and relationships/s for the load stage alone (derived structure
 * timed separately). In the same run a sample is loaded with a naive one-transaction-per-paper loader, and
 * the ratio is printed. Uses its own managed Neo4j (`--data-dir`, default .neo4j/bench) unless NEO4J_URI is set.
 *
 * The API benchmark reuses a 100,000-paper graph kept with:
 *   npm run bench:load -- --papers 100000 --data-dir .neo4j/bench-100k --keep
 * then `npm run neo4j -- start --data-dir .neo4j/bench-100k` serves it again.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import type { Driver } from 'neo4j-driver';
import { applySchema } from '../../platform/neo4j/apply-schema.ts';
import { openDriver } from '../../platform/neo4j/driver.ts';
import { connectWithBackoff } from '../../ingest/pipeline/ingest-command.ts';
import { LoadRun } from '../../ingest/pipeline/load-run.ts';
import { createProgress } from '../../ingest/pipeline/progress.ts';
import { totalNodesCreated, totalRelationshipsCreated } from '../../ingest/load/tally.ts';
import type { PaperExtraction } from '../../ingest/types.ts';
import { resolveNeo4j } from '../../platform/neo4j/manager.ts';
import { loadNaively } from './synthetic/naive-loader.ts';
import { syntheticPapers } from './synthetic/papers.ts';

interface BenchOptions {
  papers: number;
  sample: number;
  batchSize: number;
  dataDir: string;
  port: number;
  keep: boolean;
  seed: number;
}

const EXTRACTOR_VERSION = 'bench-synthetic';
const log = (line: string) => process.stderr.write(`${line}\n`);

function positive(name: string) {
  return (value: string): number => {
    const parsed = Number(value.replace(/_/g, ''));
    if (!Number.isInteger(parsed) || parsed < 0) throw new InvalidArgumentError(`${name} must be a non-negative integer`);
    return parsed;
  };
}

async function wipe(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // Relationships first: a hub entity of a 100k-paper graph has so many that detaching 10,000 nodes at once
    // would exceed the transaction memory limit.
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 50000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 50000 ROWS');
  } finally {
    await session.close();
  }
}

/** Peak resident set size of this Node process, sampled (resourceUsage().maxRSS is the kernel's figure). */
function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

async function* generated(options: BenchOptions, onPaper: (n: number) => void): AsyncGenerator<PaperExtraction> {
  let n = 0;
  for (const paper of syntheticPapers({ count: options.papers, seed: options.seed })) {
    onPaper(++n);
    yield paper;
  }
}

async function benchNaive(
  driver: Driver,
  database: string,
  options: BenchOptions,
): Promise<{ papersPerSecond: number; relationshipsPerSecond: number; seconds: number }> {
  await wipe(driver, database);
  const sample = syntheticPapers({ count: options.sample, seed: options.seed, startIndex: options.papers });
  const started = Date.now();
  const relationships = await loadNaively(driver, database, sample, EXTRACTOR_VERSION);
  const seconds = (Date.now() - started) / 1000;
  return { papersPerSecond: options.sample / seconds, relationshipsPerSecond: relationships / seconds, seconds };
}

async function benchBatched(driver: Driver, database: string, options: BenchOptions) {
  await wipe(driver, database);
  const progress = createProgress(process.stderr);
  const run = new LoadRun(driver, database, {
    batchSize: options.batchSize,
    force: false,
    extractorVersion: EXTRACTOR_VERSION,
    progress,
    log,
  });
  await run.consume(generated(options, (n) => progress.extracted(n, options.papers)));
  const summary = await run.finish();
  return summary;
}

async function main(options: BenchOptions): Promise<void> {
  const connection = await resolveNeo4j({ dataDir: options.dataDir, port: options.port });
  const driver = openDriver(connection);
  try {
    await connectWithBackoff(driver, connection, log);
    await applySchema(driver, connection.database);
    log(
      `bench:load: Neo4j at ${connection.uri}${connection.managed ? ` (managed, ${options.dataDir})` : ''}; ${options.papers} papers, naive sample ${options.sample}`,
    );

    const naive = options.sample > 0 ? await benchNaive(driver, connection.database, options) : null;
    if (naive) log(`bench:load: naive loader: ${options.sample} papers in ${naive.seconds.toFixed(1)} s`);

    const summary = await benchBatched(driver, connection.database, options);
    const loadSeconds = summary.loadMs / 1000;
    const relationships = totalRelationshipsCreated(summary.tally);
    const papersPerSecond = options.papers / loadSeconds;
    const relationshipsPerSecond = relationships / loadSeconds;
    const results = {
      papers: options.papers,
      batchSize: options.batchSize,
      nodesCreated: totalNodesCreated(summary.tally),
      relationshipsCreated: relationships,
      relationshipsPerPaper: relationships / options.papers,
      loadSeconds,
      papersPerSecond,
      relationshipsPerSecond,
      deriveSeconds: summary.derive ? (summary.derive.entityStatsMs + summary.derive.coOccurrenceMs) / 1000 : 0,
      coOccurrences: summary.derive?.coOccurrences ?? 0,
      naive: naive && { sample: options.sample, ...naive },
      speedupOverNaive: naive ? papersPerSecond / naive.papersPerSecond : null,
      peakRssMb: peakRssMb(),
    };
    const lines = [
      `bench:load  ${options.papers} synthetic papers, batches of ${options.batchSize}`,
      `  batched load:   ${loadSeconds.toFixed(1)} s  ${papersPerSecond.toFixed(0)} papers/s  ${relationshipsPerSecond.toFixed(0)} relationships/s  (${relationships} relationships, ${results.nodesCreated} nodes)   target >= 20000 relationships/s`,
      naive
        ? `  naive loader:   ${options.sample} papers  ${naive.papersPerSecond.toFixed(1)} papers/s  ${naive.relationshipsPerSecond.toFixed(0)} relationships/s`
        : '  naive loader:   skipped (--sample 0)',
      results.speedupOverNaive !== null ? `  batched / naive: ${results.speedupOverNaive.toFixed(1)}x   target >= 10x` : '',
      `  derived structure: ${results.deriveSeconds.toFixed(1)} s  (${results.coOccurrences} CO_OCCURS)`,
      `  peak RSS (Node): ${results.peakRssMb.toFixed(0)} MB   target < 2048 MB`,
    ].filter(Boolean);
    process.stdout.write(`${lines.join('\n')}\n`);
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(`bench-results/load-${options.papers}.json`, JSON.stringify(results, null, 2));

    if (options.keep) log(`bench:load: graph kept in ${connection.managed ? options.dataDir : connection.uri}`);
    else await wipe(driver, connection.database);
  } finally {
    await driver.close();
    await connection.stop();
  }
}

const program = new Command('bench:load')
  .option('--papers <n>', 'synthetic papers to load', positive('--papers'), 10_000)
  .option('--sample <n>', 'papers loaded by the naive loader for the ratio (0 to skip)', positive('--sample'), 2_000)
  .option('--batch-size <n>', 'papers per transaction', positive('--batch-size'), 500)
  .option('--data-dir <dir>', 'data directory of the managed Neo4j used (ignored when NEO4J_URI is set)', '.neo4j/bench')
  .option('--port <port>', 'Bolt port of that managed Neo4j', positive('--port'), 7697)
  .option('--seed <n>', 'random seed of the synthetic corpus', positive('--seed'), 42)
  .option('--keep', 'leave the loaded graph in place (for bench:api)', false)
  .action(async (options: BenchOptions) => {
    await main(options);
  });

program.parseAsync().catch((error: unknown) => {
  log(`bench:load failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
