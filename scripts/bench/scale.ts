/**
 * `npm run bench:scale [-- --sizes 10000,100000 --api]`: what papergraph costs as the corpus grows. Per size, on
 * its own managed Neo4j (`.neo4j/scale-<size>`, wiped first): synthetic papers with the real corpus's shape
 * (scripts/bench/synthetic) bulk-loaded (CSV + neo4j-admin import, then the full derive), then one day of 1,100
 * new papers through the transactional writer with the incremental derive; extraction rate on a sample; store
 * size; peak memory of this process, the importer and Neo4j; with --api, p95 latencies from bench:api run on the
 * loaded graph. Prints the table, writes bench-results/scale.json and bench-results/scale.svg.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { applySchema } from '../../platform/neo4j/apply-schema.ts';
import { openDriver } from '../../platform/neo4j/driver.ts';
import { completeBulkLoad, importPapers } from '../../ingest/bulk/bulk-load.ts';
import { loadPapers } from '../../ingest/pipeline/load-run.ts';
import { createProgress } from '../../ingest/pipeline/progress.ts';
import { totalRelationshipsCreated } from '../../ingest/load/tally.ts';
import { extractPaper } from '../../ingest/pipeline/extractor.ts';
import { textOnlyRecord } from '../../ingest/sources/text-record.ts';
import type { PaperExtraction } from '../../ingest/types.ts';
import { freePort, readState } from '../../platform/neo4j/launcher-process.ts';
import { resolveNeo4j } from '../../platform/neo4j/manager.ts';
import type { ApiBenchRow } from './api.ts';
import { costPlotSvg } from './scale/plot.ts';
import { syntheticPapers } from './synthetic/papers.ts';

const DAY = 1_100;
const SEED = 42;
const log = (line: string) => process.stderr.write(`${line}\n`);

interface SizeResult {
  papers: number;
  csvSeconds: number;
  importSeconds: number;
  importRelationshipsPerSecond: number;
  relationships: number;
  restoreSeconds: number;
  deriveFullSeconds: number;
  dayLoadSeconds: number;
  dayRelationshipsPerSecond: number;
  dayDeriveSeconds: number;
  dayEntitiesTouched: number;
  storeMb: number;
  neo4jPeakMb: number | null;
  /** bench:api's rows on this graph (empty without --api, or when it failed: see apiError). */
  api: ApiBenchRow[];
  apiError?: string;
}

async function* synthetic(count: number, startIndex = 0): AsyncGenerator<PaperExtraction> {
  yield* syntheticPapers({ count, seed: SEED, startIndex });
}

function directoryMb(path: string): number {
  const out = spawnSync('du', ['-sm', path], { encoding: 'utf8' }).stdout;
  return Number(out.split('\t')[0]) || 0;
}

/** The JVM's peak resident memory (VmHWM), from /proc. */
function processPeakMb(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Abstracts per second of the extractor on one core, over synthetic abstracts. */
function extractionRate(sample: number): number {
  const records = [...syntheticPapers({ count: sample, seed: SEED + 1 })].map((paper) => ({
    ...textOnlyRecord(paper.id, paper.title, paper.abstract),
    date: paper.date,
    sources: paper.sources,
  }));
  const started = Date.now();
  for (const record of records) extractPaper(record);
  return sample / ((Date.now() - started) / 1000);
}

async function measureSize(papers: number, options: { port: number; api: boolean; apiSkip?: string; keep: boolean }): Promise<SizeResult> {
  const dataDir = resolve(`.neo4j/scale-${papers}`);
  rmSync(dataDir, { recursive: true, force: true });
  const imported = await importPapers(synthetic(papers), { dataDir, extractorVersion: 'bench-synthetic', heap: '2g', log });
  const neo4j = await resolveNeo4j({
    dataDir,
    port: options.port,
    heap: process.env.PAPERGRAPH_NEO4J_HEAP ?? '3g',
    pageCache: process.env.PAPERGRAPH_NEO4J_PAGECACHE ?? '2g',
    log,
  });
  const driver = openDriver(neo4j);
  try {
    await applySchema(driver, neo4j.database);
    await driver.executeQuery('CALL db.awaitIndexes(3600)', {}, { database: neo4j.database });
    const completed = await completeBulkLoad(driver, neo4j.database, imported, 'bench-synthetic', log);
    log(`bench:scale ${papers}: bulk load done; loading a day of ${DAY} papers incrementally…`);
    const day = await loadPapers(driver, neo4j.database, synthetic(DAY, papers), {
      batchSize: 500,
      force: false,
      extractorVersion: 'bench-synthetic',
      progress: createProgress(process.stderr, true),
      log,
      deriveMode: 'auto',
    });
    const api = options.api ? runApiBench(dataDir, papers, options.apiSkip) : { rows: [] };
    const pid = readState(dataDir)?.pid;
    return {
      papers,
      csvSeconds: imported.filesMs / 1000,
      importSeconds: imported.import.ms / 1000,
      importRelationshipsPerSecond: imported.import.relationships / (imported.import.ms / 1000),
      relationships: imported.import.relationships,
      restoreSeconds: completed.restoreMs / 1000,
      deriveFullSeconds: (completed.derive.entityStatsMs + completed.derive.coOccurrenceMs) / 1000,
      dayLoadSeconds: day.loadMs / 1000,
      dayRelationshipsPerSecond: totalRelationshipsCreated(day.tally) / (day.loadMs / 1000),
      dayDeriveSeconds: day.derive ? (day.derive.entityStatsMs + day.derive.coOccurrenceMs) / 1000 : 0,
      dayEntitiesTouched: day.derive?.entities ?? 0,
      storeMb: directoryMb(`${dataDir}/home/data`),
      neo4jPeakMb: pid ? processPeakMb(pid) : null,
      api: api.rows,
      apiError: api.error,
    };
  } finally {
    await driver.close();
    await neo4j.stop();
    if (!options.keep) rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * bench:api on the graph in dataDir (it reuses the Neo4j running there), its rows read from the JSON file it
 * writes: reading its printed table instead once kept only the header line.
 */
function runApiBench(dataDir: string, papers: number, skip?: string): { rows: ApiBenchRow[]; error?: string } {
  const json = resolve(`bench-results/api-scale-${papers}.json`);
  mkdirSync('bench-results', { recursive: true });
  rmSync(json, { force: true });
  const label = `${papers.toLocaleString('en')} synthetic`;
  const run = spawnSync(
    'npm',
    [
      'run',
      '-s',
      'bench:api',
      '--',
      '--big-only',
      '--big-data-dir',
      dataDir,
      '--big-label',
      label,
      '--duration',
      '5',
      '--json',
      json,
      ...(skip ? ['--skip', skip] : []),
    ],
    // Its own output goes to stderr: this command's stdout is its table.
    { encoding: 'utf8', stdio: ['ignore', 2, 2] },
  );
  if (!existsSync(json)) return { rows: [], error: `bench:api wrote no rows (exit ${run.status ?? run.signal})` };
  return { rows: JSON.parse(readFileSync(json, 'utf8')) as ApiBenchRow[] };
}

/** p95 per endpoint and connection level, one column per size, with the ratio to the endpoint's target. */
function apiTable(results: SizeResult[]): string[] {
  const measured = results.filter((r) => r.api.length > 0 || r.apiError);
  if (measured.length === 0) return [];
  const keys = [...new Map(measured.flatMap((r) => r.api.map((row) => [`${row.scenario}|${row.connections}`, row]))).values()];
  const name = (row: ApiBenchRow) => `p95 ${row.scenario}, ${row.connections} conn. (< ${row.targetP95} ms)`;
  const width = Math.max(34, ...keys.map((row) => name(row).length + 2));
  const cell = (r: SizeResult, key: ApiBenchRow) => {
    const row = r.api.find((one) => one.scenario === key.scenario && one.connections === key.connections);
    if (!row) return '—';
    // No answer within the run: bench:api's JSON carries the missing percentile as null.
    if (row.p95 === null || !Number.isFinite(row.p95)) return 'no answer';
    const verdict = row.errors > 0 ? ' ERR' : row.p95 < row.targetP95 ? '' : ' MISS';
    return `${row.p95.toFixed(1)} ms ${(row.p95 / row.targetP95).toFixed(2)}x${verdict}`;
  };
  return [
    `${'API (bench:api, 5 s per endpoint)'.padEnd(width)}${measured.map((r) => r.papers.toLocaleString('en').padStart(24)).join('')}`,
    ...keys.map((key) => `${name(key).padEnd(width)}${measured.map((r) => cell(r, key).padStart(24)).join('')}`),
    ...measured.flatMap((r) => (r.apiError ? [`API at ${r.papers.toLocaleString('en')} papers: ${r.apiError}`] : [])),
  ];
}

function table(results: SizeResult[], extractPerSecond: number): string {
  const row = (name: string, value: (r: SizeResult) => string) => `${name.padEnd(34)}${results.map((r) => value(r).padStart(14)).join('')}`;
  return [
    row('papers', (r) => r.papers.toLocaleString('en')),
    row('relationships (bulk)', (r) => r.relationships.toLocaleString('en')),
    row('CSV from graph rows, s', (r) => r.csvSeconds.toFixed(1)),
    row('neo4j-admin import, s', (r) => r.importSeconds.toFixed(1)),
    row('  relationships/s (target 100k)', (r) => r.importRelationshipsPerSecond.toFixed(0)),
    row('arrays restored, s', (r) => r.restoreSeconds.toFixed(1)),
    row('derive full, s', (r) => r.deriveFullSeconds.toFixed(1)),
    row(`day of ${DAY}: load, s`, (r) => r.dayLoadSeconds.toFixed(1)),
    row('  relationships/s (target 30k)', (r) => r.dayRelationshipsPerSecond.toFixed(0)),
    row('  incremental derive, s', (r) => r.dayDeriveSeconds.toFixed(1)),
    row('  entities touched', (r) => String(r.dayEntitiesTouched)),
    row('  day total vs 60 s target', (r) => `${((r.dayLoadSeconds + r.dayDeriveSeconds) / 60).toFixed(2)}x`),
    row('store size, MB', (r) => String(r.storeMb)),
    row('Neo4j peak RSS, MB', (r) => (r.neo4jPeakMb === null ? '?' : r.neo4jPeakMb.toFixed(0))),
    `extraction (1 core, synthetic abstracts): ${extractPerSecond.toFixed(0)} abstracts/s; bench process peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    ...apiTable(results),
  ].join('\n');
}

const program = new Command('bench:scale')
  .option('--sizes <list>', 'corpus sizes, comma-separated', '10000,100000')
  .option('--api', 'also run bench:api (p95 of every endpoint) on each loaded graph', false)
  .option('--api-skip <texts>', 'bench:api\'s --skip: endpoints left out, e.g. "rising,what\'s new"')
  .option('--keep', 'keep each graph in .neo4j/scale-<size>', false)
  .action(async (options: { sizes: string; api: boolean; apiSkip?: string; keep: boolean }) => {
    const sizes = options.sizes.split(',').map((size) => Number(size.replace(/_/g, '')));
    if (sizes.some((size) => !Number.isInteger(size) || size < 1))
      throw new Error(`--sizes must list positive integers (got ${options.sizes})`);
    const extractPerSecond = extractionRate(300);
    const results: SizeResult[] = [];
    for (const size of sizes) {
      results.push(await measureSize(size, { port: await freePort(), api: options.api, apiSkip: options.apiSkip, keep: options.keep }));
      log(table(results, extractPerSecond));
    }
    process.stdout.write(`${table(results, extractPerSecond)}\n`);
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/scale.json', JSON.stringify({ extractPerSecond, results }, null, 2));
    const series = [
      { name: 'bulk import', points: results.map((r) => ({ size: r.papers, seconds: r.csvSeconds + r.importSeconds })) },
      { name: 'derive, full', points: results.map((r) => ({ size: r.papers, seconds: r.deriveFullSeconds })) },
      { name: `day of ${DAY}, load`, points: results.map((r) => ({ size: r.papers, seconds: r.dayLoadSeconds })) },
      { name: 'day, incremental derive', points: results.map((r) => ({ size: r.papers, seconds: r.dayDeriveSeconds })) },
    ];
    writeFileSync('bench-results/scale.svg', costPlotSvg('papergraph: cost against corpus size', series));
    log('bench:scale: wrote bench-results/scale.json and bench-results/scale.svg');
  });

program.parseAsync().catch((error: unknown) => {
  log(`bench:scale failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
