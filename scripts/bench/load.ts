/**
 * `npm run bench:load -- --papers N [--sample 2000] [--batch-size 500] [--data-dir .neo4j/bench] [--port 7697] [--keep]
 *  [--day 1100 [--day-start I] [--existing]]`
 *
 * Generates N synthetic extracted papers (streamed, never all in memory), loads them with the batched writer
 * into a wiped database and prints papers/s and relationships/s for the load stage alone (derived structure
 * timed separately). In the same run a sample is loaded with a naive one-transaction-per-paper loader, and
 * the ratio is printed. Uses its own managed Neo4j (`--data-dir`, default .neo4j/bench) unless NEO4J_URI is set.
 *
 * With --day, a day of new papers is then loaded into that graph as `ingest` would (incremental derive), after
 * clearing Neo4j's query caches as a restarted server would have them: bench:scale's day case on a transactionally
 * built graph. --existing skips the wipe and the main load (the graph kept by an earlier --keep run is used);
 * --day-start picks other synthetic papers for each repeat. Each load prints the writer's time per statement.
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
import { LoadRun, type LoadSummary } from '../../ingest/pipeline/load-run.ts';
import { createProgress } from '../../ingest/pipeline/progress.ts';
import { totalNodesCreated, totalRelationshipsCreated } from '../../ingest/load/tally.ts';
import type { PaperExtraction } from '../../ingest/types.ts';
import type { StatementTimings } from '../../ingest/load/writer.ts';
import { resolveNeo4j } from '../../platform/neo4j/manager.ts';
import { readState } from '../../platform/neo4j/launcher-process.ts';
import { readFileSync } from 'node:fs';
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
  day: number;
  dayStart?: number;
  existing: boolean;
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

async function* generated(
  stream: { count: number; seed: number; startIndex?: number },
  onPaper: (n: number) => void,
): AsyncGenerator<PaperExtraction> {
  let n = 0;
  for (const paper of syntheticPapers(stream)) {
    onPaper(++n);
    yield paper;
  }
}

/**
 * CPU seconds used so far by the managed Neo4j (utime + stime from /proc, 100 ticks a second) and by this
 * process. On a shared machine wall time mostly measures the other load; CPU time per relationship does not.
 */
function cpuSeconds(dataDir: string | null): { neo4j: number | null; node: number } {
  const usage = process.cpuUsage();
  const node = (usage.user + usage.system) / 1e6;
  const pid = dataDir ? readState(dataDir)?.pid : undefined;
  if (!pid) return { neo4j: null, node };
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return { neo4j: (Number(fields[11]) + Number(fields[12])) / 100, node };
  } catch {
    return { neo4j: null, node };
  }
}

function cpuLine(before: ReturnType<typeof cpuSeconds>, after: ReturnType<typeof cpuSeconds>, relationships: number): string {
  const node = after.node - before.node;
  if (before.neo4j === null || after.neo4j === null) return `  CPU: this process ${node.toFixed(1)} s (Neo4j's not readable)`;
  const neo4j = after.neo4j - before.neo4j;
  return `  CPU: Neo4j ${neo4j.toFixed(1)} s (${(relationships / neo4j).toFixed(0)} relationships per Neo4j CPU-second), this process ${node.toFixed(1)} s (${(relationships / node).toFixed(0)} per second)`;
}

/** The writer's time per statement, largest first. */
function timingLines(timings: StatementTimings): string[] {
  const total = [...timings.values()].reduce((sum, t) => sum + t.ms, 0);
  return [...timings]
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(
      ([name, t]) =>
        `    ${name.padEnd(22)} ${(t.ms / 1000).toFixed(1).padStart(7)} s ${((100 * t.ms) / total).toFixed(0).padStart(3)}%  ${t.calls} calls  ${t.rows} rows  ${((t.rows / t.ms) * 1000).toFixed(0)} rows/s`,
    );
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

async function benchBatched(
  driver: Driver,
  database: string,
  options: BenchOptions,
  stream: { count: number; startIndex?: number },
  timings: StatementTimings,
  onLoaded?: () => void,
): Promise<LoadSummary> {
  const progress = createProgress(process.stderr);
  const run = new LoadRun(driver, database, {
    batchSize: options.batchSize,
    force: false,
    extractorVersion: EXTRACTOR_VERSION,
    progress,
    log,
    timings,
    onLoaded,
  });
  await run.consume(generated({ ...stream, seed: options.seed }, (n) => progress.extracted(n, stream.count)));
  return run.finish();
}

/** A day of new papers into the loaded graph, with the plan cache cleared as after a restart. */
async function benchDay(driver: Driver, database: string, options: BenchOptions, dataDir: string | null): Promise<string[]> {
  await driver.executeQuery('CALL db.clearQueryCaches()', {}, { database });
  const timings: StatementTimings = new Map();
  const startIndex = options.dayStart ?? options.papers;
  const cpuBefore = cpuSeconds(dataDir);
  let cpuAfter = cpuBefore;
  const day = await benchBatched(driver, database, options, { count: options.day, startIndex }, timings, () => {
    cpuAfter = cpuSeconds(dataDir);
  });
  const seconds = day.loadMs / 1000;
  const relationships = totalRelationshipsCreated(day.tally);
  const deriveSeconds = day.derive ? (day.derive.entityStatsMs + day.derive.coOccurrenceMs) / 1000 : 0;
  return [
    `  day of ${options.day} (papers ${startIndex}…) into the ${options.papers}-paper graph: load ${seconds.toFixed(1)} s  ${(relationships / seconds).toFixed(0)} relationships/s  (${relationships} relationships)   target >= 30000 relationships/s; incremental derive ${deriveSeconds.toFixed(1)} s`,
    cpuLine(cpuBefore, cpuAfter, relationships),
    '  writer time per statement (day):',
    ...timingLines(timings),
  ];
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

    if (options.existing) {
      const day = options.day > 0 ? await benchDay(driver, connection.database, options, connection.dataDir) : [];
      process.stdout.write(
        `${[`bench:load  day into the kept graph in ${options.dataDir}, batches of ${options.batchSize}`, ...day].join('\n')}\n`,
      );
      return;
    }
    const naive = options.sample > 0 ? await benchNaive(driver, connection.database, options) : null;
    if (naive) log(`bench:load: naive loader: ${options.sample} papers in ${naive.seconds.toFixed(1)} s`);

    await wipe(driver, connection.database);
    const timings: StatementTimings = new Map();
    const cpuBefore = cpuSeconds(connection.dataDir);
    let cpuAfter = cpuBefore;
    const summary = await benchBatched(driver, connection.database, options, { count: options.papers }, timings, () => {
      cpuAfter = cpuSeconds(connection.dataDir);
    });
    const dayLines = options.day > 0 ? await benchDay(driver, connection.database, options, connection.dataDir) : [];
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
      cpuLine(cpuBefore, cpuAfter, relationships),
      '  writer time per statement (batched load):',
      ...timingLines(timings),
      ...dayLines,
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
  .option('--day <n>', 'then load a day of this many new papers into the graph (0 to skip)', positive('--day'), 0)
  .option('--day-start <i>', "index of the day's first synthetic paper (default: --papers)", positive('--day-start'))
  .option('--existing', 'the data directory already holds the --papers graph (kept): only load the day', false)
  .action(async (options: BenchOptions) => {
    await main(options);
  });

program.parseAsync().catch((error: unknown) => {
  log(`bench:load failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
