/**
 * `npm run bench:api`: latency of the explorer API under concurrent load. The API server runs in this process;
 * the load comes from a second process (autocannon in a child) over loopback. Runs on the bundled corpus and,
 * when present, on the 100,000-paper synthetic graph left by `npm run bench:load -- --papers 100000 --keep`.
 *
 *   npm run bench:api [-- --duration 8 --connections 1,4 --big-data-dir .neo4j/bench-100k --corpus-only | --big-only --only "depth 1"]
 *   npm run bench:api -- --console-load-only [--console-load-seconds 20 --console-load-connections 50]
 *   npm run bench:api -- --big-only --big-data-dir .neo4j/scale-10000 --big-label "10k synthetic" --json rows.json
 *
 * `--json FILE` also writes every measured row (graph, endpoint, connections, p50/p95/p99, target) as JSON, which
 * is how bench:scale reads the figures of each size.
 *
 * Every run ends (on the corpus) with search and neighbourhoods under 50 connections for 20 s while a heavy Cypher
 * console query runs again and again: the explorer must answer with 0 errors (console-load.ts).
 */
import { spawn } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { Command } from 'commander';
import type { Driver } from 'neo4j-driver';
import { applySchema } from '../../platform/neo4j/apply-schema.ts';
import { openDriver } from '../../platform/neo4j/driver.ts';
import { ingestCorpusIfNeeded } from '../../ingest/pipeline/corpus.ts';
import { freePort } from '../../platform/neo4j/launcher-process.ts';
import { resolveNeo4j, type Neo4jConnection } from '../../platform/neo4j/manager.ts';
import { startApiServer } from '../../web/server/server.ts';
import { formatConsoleLoad, HEAVY_CONSOLE_QUERY, keepConsoleBusy, type ConsoleLoadRow } from './console-load.ts';
import { timeScenarios } from './time-scenarios.ts';
import { resultScenarios } from './lib/result-scenarios.ts';

interface LoadSpec {
  url: string;
  paths: string[];
  connections: number;
  durationSeconds: number;
  maxRequests: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  statusCounts: Record<string, number>;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

interface Scenario {
  name: string;
  /** p95 target on the 100,000-paper graph, in ms. */
  targetP95: number;
  paths: string[];
}

export interface ApiBenchRow extends LoadResult {
  graph: string;
  scenario: string;
  connections: number;
  targetP95: number;
}

const BENCH_CORPUS_DATA_DIR = '.neo4j/bench-corpus';
const DEFAULT_BIG_DATA_DIR = '.neo4j/bench-100k';
const BIG_GRAPH = '100k synthetic';
const WARM_UP_SECONDS = 2;

// ---------------------------------------------------------------- child process: the load generator

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

async function generateLoad(spec: LoadSpec): Promise<LoadResult> {
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  let next = 0;
  const instance = autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.durationSeconds,
    maxOverallRequests: spec.maxRequests,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: spec.paths[next++ % spec.paths.length] }) }],
    // Without a callback autocannon returns an event emitter that is also a promise of the result.
  }) as unknown as EventEmitter & Promise<autocannon.Result>;
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    statusCounts[statusCode] = (statusCounts[statusCode] ?? 0) + 1;
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const errors = latencies.length - (statusCounts['200'] ?? 0) + result.errors + result.timeouts;
  return {
    requests: latencies.length,
    errors,
    statusCounts,
    requestsPerSecond: latencies.length / result.duration,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
  };
}

async function runChild(): Promise<void> {
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const result = await generateLoad(JSON.parse(input) as LoadSpec);
  process.stdout.write(JSON.stringify(result));
}

/** A run without a single answer has no percentiles: NaN, which JSON carried as null. */
function withoutNulls(result: LoadResult): LoadResult {
  const figure = (value: number | null) => value ?? Number.NaN;
  return { ...result, p50: figure(result.p50), p95: figure(result.p95), p99: figure(result.p99) };
}

/** Runs the load generator in a second Node process, so it does not share the server's event loop or core. */
function loadFromChildProcess(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`load generator exited with code ${code}`));
      else resolvePromise(withoutNulls(JSON.parse(output) as LoadResult));
    });
    child.stdin.end(JSON.stringify(spec));
  });
}

// ---------------------------------------------------------------- inputs sampled from the graph

async function rows<T>(driver: Driver, database: string, query: string): Promise<T[]> {
  const { records } = await driver.executeQuery(query, {}, { database });
  return records.map((record) => record.toObject() as T);
}

function nodePath(prefix: string, id: { label: string; key: string }, query = ''): string {
  return `${prefix}/${id.label}/${encodeURIComponent(id.key)}${query}`;
}

/** What a type-ahead user sends: prefixes of well-known names (3 to 6 letters), and some whole names. */
function searchPaths(names: string[]): string[] {
  const paths: string[] = [];
  names.forEach((name, index) => {
    const word = name.split(/\s+/)[0];
    const prefix = word.slice(0, 3 + (index % 4));
    paths.push(`/api/search?q=${encodeURIComponent(prefix)}`);
    if (index % 3 === 0) paths.push(`/api/search?q=${encodeURIComponent(name)}`);
  });
  return paths;
}

async function scenarios(driver: Driver, database: string): Promise<Scenario[]> {
  const ENTITY_ID = "[l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.key AS key";
  const names = await rows<{ name: string }>(
    driver,
    database,
    'MATCH (n:Entity) WHERE n.paperCount > 0 RETURN n.name AS name ORDER BY n.paperCount DESC LIMIT 200',
  );
  const hubs = await rows<{ label: string; key: string }>(
    driver,
    database,
    `MATCH (n:Entity) RETURN ${ENTITY_ID} ORDER BY n.paperCount DESC LIMIT 20`,
  );
  const randomEntities = await rows<{ label: string; key: string }>(
    driver,
    database,
    `MATCH (n:Entity) WHERE n.paperCount >= 2 WITH n ORDER BY rand() LIMIT 180 RETURN ${ENTITY_ID}`,
  );
  const papers = await rows<{ key: string }>(driver, database, 'MATCH (p:Paper) WITH p ORDER BY rand() LIMIT 100 RETURN p.key AS key');
  const centres = [...hubs, ...randomEntities];
  const nodes = [...randomEntities.slice(0, 100), ...papers.map((paper) => ({ label: 'Paper', key: paper.key }))];
  return [
    { name: 'search (type-ahead)', targetP95: 50, paths: searchPaths(names.map((row) => row.name)) },
    { name: 'node details', targetP95: 50, paths: nodes.map((id) => nodePath('/api/node', id)) },
    { name: 'neighbourhood depth 1', targetP95: 50, paths: centres.map((id) => nodePath('/api/neighbourhood', id, '?depth=1')) },
    { name: 'neighbourhood depth 2', targetP95: 200, paths: centres.map((id) => nodePath('/api/neighbourhood', id, '?depth=2')) },
    { name: 'overview', targetP95: 200, paths: ['/api/overview', '/api/overview?types=Method,Dataset,Task', '/api/overview?minPapers=2'] },
    ...(await timeScenarios(driver, database, rows)),
    ...(await resultScenarios((query) => rows(driver, database, query))),
  ];
}

// ---------------------------------------------------------------- one graph

/**
 * Asks for every sampled path once, one at a time, before measuring: a freshly started Neo4j has a cold page cache
 * and plan cache, and the few seconds of warm-up per endpoint would otherwise be part of the figures.
 */
async function primeEveryPath(url: string, chosen: Scenario[]): Promise<void> {
  const began = Date.now();
  let requests = 0;
  for (const scenario of chosen) {
    for (const path of scenario.paths) {
      const response = await fetch(`${url}${path}`);
      await response.arrayBuffer();
      requests++;
    }
  }
  process.stderr.write(`  primed: ${requests} requests, each sampled path once, in ${((Date.now() - began) / 1000).toFixed(1)} s\n`);
}

interface BenchOptions {
  duration: number;
  /** Each endpoint is measured at each of these concurrency levels. */
  connections: number[];
  maxRequests: number;
  /** Only the scenarios whose name contains this text. */
  only?: string;
  /** Not the scenarios whose name contains one of these texts. */
  skip: string[];
}

async function benchGraph(graph: string, neo4j: Neo4jConnection, options: BenchOptions): Promise<ApiBenchRow[]> {
  const driver = openDriver(neo4j);
  const server = await startApiServer({ connection: neo4j, host: '127.0.0.1', port: 0, logger: false });
  const results: ApiBenchRow[] = [];
  try {
    const [{ papers }] = await rows<{ papers: number }>(driver, neo4j.database, 'RETURN COUNT { (:Paper) } AS papers');
    process.stderr.write(`\nbench:api — ${graph}: ${papers.toLocaleString('en')} papers, API at ${server.url}\n`);
    const chosen = (await scenarios(driver, neo4j.database)).filter(
      (scenario) => (!options.only || scenario.name.includes(options.only)) && !options.skip.some((text) => scenario.name.includes(text)),
    );
    await primeEveryPath(server.url, chosen);
    for (const scenario of chosen) {
      for (const connections of options.connections) {
        const spec = { url: server.url, paths: scenario.paths, connections, maxRequests: options.maxRequests };
        await loadFromChildProcess({ ...spec, durationSeconds: WARM_UP_SECONDS });
        const result = await loadFromChildProcess({ ...spec, durationSeconds: options.duration });
        process.stderr.write(
          `  ${scenario.name}, ${connections} conn.: p95 ${result.p95.toFixed(1)} ms over ${result.requests} requests\n`,
        );
        results.push({ ...result, graph, scenario: scenario.name, connections, targetP95: scenario.targetP95 });
      }
    }
  } finally {
    await server.close();
    await driver.close();
  }
  return results;
}

/** Search and neighbourhoods at many connections while the console runs a heavy query over and over. */
async function benchUnderConsoleLoad(neo4j: Neo4jConnection, seconds: number, connections: number): Promise<ConsoleLoadRow> {
  const driver = openDriver(neo4j);
  const server = await startApiServer({ connection: neo4j, host: '127.0.0.1', port: 0, logger: false });
  try {
    const chosen = (await scenarios(driver, neo4j.database)).filter((scenario) => /search|neighbourhood/.test(scenario.name));
    const paths = chosen.flatMap((scenario) => scenario.paths);
    await primeEveryPath(server.url, chosen);
    const spec = { url: server.url, paths, connections, durationSeconds: seconds, maxRequests: 10_000_000 };
    // The same load with an idle console first, so what the busy console costs is told apart from the machine's limit.
    process.stderr.write(`  ${connections} connections for ${seconds} s on search and neighbourhoods, console idle\n`);
    const idle = await loadFromChildProcess(spec);
    process.stderr.write(`  again, console busy with: ${HEAVY_CONSOLE_QUERY}\n`);
    const consoleLoad = keepConsoleBusy(server.url);
    const result = await loadFromChildProcess(spec);
    const consoleAnswers = await consoleLoad.stop();
    return { ...result, connections, seconds, consoleAnswers, idle };
  } finally {
    await server.close();
    await driver.close();
  }
}

async function corpusNeo4j(): Promise<Neo4jConnection> {
  const neo4j = process.env.NEO4J_URI
    ? await resolveNeo4j()
    : await resolveNeo4j({ dataDir: BENCH_CORPUS_DATA_DIR, port: await freePort(), ignoreEnv: true });
  const driver = openDriver(neo4j);
  try {
    await applySchema(driver, neo4j.database);
    await ingestCorpusIfNeeded(driver, neo4j.database, resolve('data'));
  } finally {
    await driver.close();
  }
  return neo4j;
}

// ---------------------------------------------------------------- report

function formatTable(results: ApiBenchRow[]): string {
  const header = [
    'graph',
    'endpoint',
    'conn.',
    'requests',
    'errors',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'p95 target',
    'p95/target',
    'verdict',
  ];
  const lines = results.map((row) => [
    row.graph,
    row.scenario,
    String(row.connections),
    String(row.requests),
    String(row.errors),
    row.requestsPerSecond.toFixed(0),
    row.p50.toFixed(1),
    row.p95.toFixed(1),
    row.p99.toFixed(1),
    `< ${row.targetP95} ms`,
    `${(row.p95 / row.targetP95).toFixed(2)}×`,
    row.errors > 0 ? 'ERRORS' : row.p95 < row.targetP95 ? 'pass' : 'miss',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ');
  return [format(header), widths.map((width) => '-'.repeat(width)).join('  '), ...lines.map(format)].join('\n');
}

async function main(): Promise<void> {
  const program = new Command()
    .option('--duration <seconds>', 'measured seconds per endpoint', '8')
    .option('--connections <list>', 'concurrent connections of the load generator, comma-separated levels', '1,4')
    .option('--max-requests <n>', 'upper bound of requests per endpoint', '20000')
    .option('--big-data-dir <dir>', 'data directory of the 100,000-paper graph', DEFAULT_BIG_DATA_DIR)
    .option(
      '--big-uri <uri>',
      'use a running Neo4j that holds the 100,000-paper graph instead (credentials: BIG_NEO4J_USER/BIG_NEO4J_PASSWORD)',
    )
    .option('--big-label <text>', 'name of the big graph in the table', BIG_GRAPH)
    .option('--json <file>', 'also write the measured rows as JSON to this file')
    .option('--corpus-only', 'skip the 100,000-paper graph')
    .option('--big-only', 'skip the bundled corpus')
    .option('--only <text>', 'only the endpoints whose name contains this text, e.g. "depth 1"')
    .option('--skip <texts>', 'leave out the endpoints whose name contains one of these comma-separated texts, e.g. "rising,what\'s new"')
    .option('--console-load-only', 'only the run under a busy Cypher console')
    .option('--console-load-seconds <seconds>', 'length of the run under a busy console', '20')
    .option('--console-load-connections <n>', 'connections of the run under a busy console', '50')
    .parse(process.argv);
  const opts = program.opts<{
    duration: string;
    connections: string;
    maxRequests: string;
    bigDataDir: string;
    bigUri?: string;
    bigLabel: string;
    json?: string;
    corpusOnly?: boolean;
    bigOnly?: boolean;
    only?: string;
    skip?: string;
    consoleLoadOnly?: boolean;
    consoleLoadSeconds: string;
    consoleLoadConnections: string;
  }>();
  if (opts.consoleLoadOnly) {
    const corpus = await corpusNeo4j();
    try {
      const row = await benchUnderConsoleLoad(corpus, Number(opts.consoleLoadSeconds), Number(opts.consoleLoadConnections));
      process.stdout.write(`\n${formatConsoleLoad(row)}\n`);
    } finally {
      await corpus.stop();
    }
    return;
  }
  const options: BenchOptions = {
    duration: Number(opts.duration),
    connections: opts.connections.split(',').map(Number),
    maxRequests: Number(opts.maxRequests),
    only: opts.only,
    skip: opts.skip ? opts.skip.split(',').filter(Boolean) : [],
  };
  const results: ApiBenchRow[] = [];

  let consoleLoad: ConsoleLoadRow | null = null;
  if (!opts.bigOnly) {
    const corpus = await corpusNeo4j();
    try {
      results.push(...(await benchGraph('bundled corpus', corpus, options)));
      consoleLoad = await benchUnderConsoleLoad(corpus, Number(opts.consoleLoadSeconds), Number(opts.consoleLoadConnections));
    } finally {
      await corpus.stop();
    }
  }

  const bigDir = resolve(opts.bigDataDir);
  let bigNote = '';
  if (opts.corpusOnly) bigNote = 'The 100,000-paper graph was skipped (--corpus-only).';
  else if (opts.bigUri) {
    const big: Neo4jConnection = {
      uri: opts.bigUri,
      user: process.env.BIG_NEO4J_USER ?? 'neo4j',
      password: process.env.BIG_NEO4J_PASSWORD ?? '',
      database: process.env.BIG_NEO4J_DATABASE ?? 'neo4j',
      managed: false,
      startedHere: false,
      dataDir: null,
      stop: async () => undefined,
    };
    results.push(...(await benchGraph(opts.bigLabel, big, options)));
  } else if (!existsSync(bigDir)) {
    bigNote =
      `No 100,000-paper graph in ${bigDir}: make one with\n` +
      `  npm run bench:load -- --papers 100000 --keep --data-dir ${opts.bigDataDir}\n` +
      'and run npm run bench:api again. The targets apply to that graph; the corpus figures above are for reference.';
  } else {
    const big = await resolveNeo4j({ dataDir: bigDir, port: await freePort(), ignoreEnv: true });
    try {
      results.push(...(await benchGraph(opts.bigLabel, big, options)));
    } finally {
      await big.stop();
    }
  }

  process.stdout.write(
    `\nbench:api — load from a second process over loopback (autocannon), ${options.connections.join(' and ')} concurrent connection(s), ${options.duration} s per endpoint after every sampled path was asked once and ${WARM_UP_SECONDS} s of warm-up\n\n`,
  );
  process.stdout.write(`${formatTable(results)}\n\n`);
  const big = results.filter((row) => row.graph === opts.bigLabel);
  for (const connections of options.connections) {
    const level = big.filter((row) => row.connections === connections);
    if (level.length === 0) continue;
    const passed = level.filter((row) => row.errors === 0 && row.p95 < row.targetP95).length;
    process.stdout.write(`targets on ${opts.bigLabel} at ${connections} connection(s): ${passed}/${level.length} met\n`);
  }
  if (bigNote) process.stdout.write(`${bigNote}\n`);
  if (opts.json) writeFileSync(opts.json, JSON.stringify(results, null, 2));
  if (consoleLoad) process.stdout.write(`\n${formatConsoleLoad(consoleLoad)}\n`);
}

if (process.argv.includes('--child')) {
  runChild().catch((error: unknown) => {
    process.stderr.write(`load generator failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
} else {
  main().catch((error: unknown) => {
    process.stderr.write(`bench:api failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
