/** Shared by the load integration tests: a driver on the test database, graph snapshots, the real CLI. */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { applySchema } from '../../../platform/neo4j/apply-schema.ts';
import { connectionFromEnv, openDriver, type Neo4jConnectionInfo } from '../../../platform/neo4j/driver.ts';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../../graph-schema/model.ts';
import { MENTION_TYPE_PATTERN } from '../../../ingest/load/cypher.ts';
import { buildPaperRows, MENTION_TYPES } from '../../../ingest/load/rows.ts';
import type { PaperExtraction } from '../../../ingest/types.ts';
import { syntheticPapers } from '../../../scripts/bench/synthetic/papers.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export function testConnection(): Neo4jConnectionInfo {
  const connection = connectionFromEnv();
  if (!connection) throw new Error('NEO4J_URI is not set: run through vitest (its global setup starts Neo4j)');
  return connection;
}

export async function openTestDriver(): Promise<{ driver: Driver; database: string }> {
  const connection = testConnection();
  const driver = openDriver(connection);
  await applySchema(driver, connection.database);
  return { driver, database: connection.database };
}

export async function clearDatabase(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

async function rows<T>(driver: Driver, database: string, query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const result = await driver.executeQuery(query, params, { database });
  return result.records.map((record) => record.toObject() as T);
}

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function graphCounts(driver: Driver, database: string): Promise<GraphCounts> {
  const nodes: Record<string, number> = {};
  for (const label of NODE_LABELS) {
    const [row] = await rows<{ n: number }>(driver, database, `MATCH (n:${label}) RETURN count(n) AS n`);
    nodes[label] = row.n;
  }
  const relationships: Record<string, number> = {};
  for (const type of RELATIONSHIP_TYPES) {
    const [row] = await rows<{ n: number }>(driver, database, `MATCH ()-[r:${type}]->() RETURN count(r) AS n`);
    relationships[type] = row.n;
  }
  return { nodes, relationships };
}

/** Stable text of a property map: keys sorted, ingestedAt (a timestamp) left out. */
function stableProps(props: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(props)
      .filter((key) => key !== 'ingestedAt')
      .sort()
      .map((key) => [key, props[key]]),
  );
}

/** A hash of every node and relationship with its properties, independent of internal ids and order. */
export async function graphFingerprint(driver: Driver, database: string): Promise<string> {
  return createHash('sha256')
    .update((await graphLines(driver, database)).join('\n'))
    .digest('hex');
}

/** Every node and relationship with its properties as one sorted line each (what graphFingerprint hashes). */
export async function graphLines(driver: Driver, database: string): Promise<string[]> {
  const nodeLines = await rows<{ id: string; props: Record<string, unknown> }>(
    driver,
    database,
    "MATCH (n) RETURN [x IN labels(n) WHERE x <> 'Entity'][0] + ':' + n.key AS id, properties(n) AS props",
  );
  const relLines = await rows<{ from: string; type: string; to: string; props: Record<string, unknown> }>(
    driver,
    database,
    `MATCH (a)-[r]->(b)
     RETURN [x IN labels(a) WHERE x <> 'Entity'][0] + ':' + a.key AS from, type(r) AS type,
            [x IN labels(b) WHERE x <> 'Entity'][0] + ':' + b.key AS to, properties(r) AS props`,
  );
  const lines = [
    ...nodeLines.map((n) => `N ${n.id} ${stableProps(n.props)}`),
    ...relLines.map((r) => `R ${r.from} ${r.type} ${r.to} ${stableProps(r.props)}`),
  ].sort();
  return lines;
}

/** Relationships that exist more than once between the same two nodes with the same type. */
export async function duplicateRelationships(driver: Driver, database: string): Promise<number> {
  const [row] = await rows<{ n: number }>(
    driver,
    database,
    'MATCH (a)-[r]->(b) WITH a, b, type(r) AS type, count(r) AS copies WHERE copies > 1 RETURN count(*) AS n',
  );
  return row.n;
}

export async function entitiesWithDuplicateAliases(driver: Driver, database: string): Promise<number> {
  const [row] = await rows<{ n: number }>(
    driver,
    database,
    'MATCH (e:Entity) WHERE size(e.aliases) <> size(COLLECT { UNWIND e.aliases AS a RETURN DISTINCT a }) RETURN count(e) AS n',
  );
  return row.n;
}

/** Per paper: its mention relationships, claims and ABOUT links, as sorted text (for atomicity checks). */
export async function paperSignatures(driver: Driver, database: string): Promise<Map<string, string>> {
  const list = await rows<{ key: string; mentions: string[]; claims: string[] }>(
    driver,
    database,
    `MATCH (p:Paper)
     RETURN p.key AS key,
            COLLECT { MATCH (p)-[r:${MENTION_TYPE_PATTERN}]->(e) RETURN type(r) + '>' + e.key ORDER BY type(r) + '>' + e.key } AS mentions,
            COLLECT { MATCH (p)-[:CLAIMS]->(c:Claim) RETURN c.key + '>' + toString(COUNT { (c)-[:ABOUT]->() }) ORDER BY c.key } AS claims`,
  );
  return new Map(list.map((row) => [row.key, `${row.mentions.join(',')}|${row.claims.join(',')}`]));
}

/**
 * Per paper: the signature (as paperSignatures) its own stored extraction gives, before the corpus pass. Mid-run,
 * before the pass, every committed paper is whole exactly when its signature is this.
 */
export async function ownSignatures(driver: Driver, database: string): Promise<Map<string, string>> {
  const list = await rows<{ key: string; extraction: string }>(
    driver,
    database,
    'MATCH (p:Paper) RETURN p.key AS key, p.extraction AS extraction',
  );
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return new Map(
    list.map(({ key, extraction }) => {
      const built = buildPaperRows({ sources: [], ...(JSON.parse(extraction) as Omit<PaperExtraction, 'sources'>) }, 'signature');
      const mentions = MENTION_TYPES.flatMap((type) => built.mentions[type].map((m) => `${type}>${m.entityKey}`)).sort(byCodePoint);
      const claims = built.claims.map((c) => `${c.key}>${built.abouts.filter((a) => a.claimKey === c.key).length}`).sort(byCodePoint);
      return [key, `${mentions.join(',')}|${claims.join(',')}`];
    }),
  );
}

export async function count(driver: Driver, database: string, query: string, params: Record<string, unknown> = {}): Promise<number> {
  const [row] = await rows<{ n: number }>(driver, database, query, params);
  return row.n;
}

export { rows as queryRows };

/** Synthetic papers as a JSONL listing the real readers and extractor take (title, abstract, id, date). */
export function writeJsonlListing(
  path: string,
  papers: Iterable<PaperExtraction>,
  edit: (paper: PaperExtraction) => PaperExtraction = (p) => p,
): PaperExtraction[] {
  const written: PaperExtraction[] = [];
  const lines: string[] = [];
  for (const original of papers) {
    const paper = edit(original);
    written.push(paper);
    lines.push(JSON.stringify({ id: paper.id, title: paper.title, abstract: paper.abstract, date: paper.date, authors: paper.authors }));
  }
  writeFileSync(path, lines.join('\n') + '\n');
  return written;
}

export function syntheticListing(path: string, count: number, startIndex = 0, seed = 7): PaperExtraction[] {
  // A small vocabulary keeps entities shared between papers, as in a real corpus.
  return writeJsonlListing(
    path,
    syntheticPapers({ count, startIndex, seed, sizes: { methods: 300, concepts: 80, datasets: 120, tasks: 40, metrics: 20 } }),
  );
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

const TSX = createRequire(import.meta.url).resolve('tsx');

/** Spawns the real `ingest` command (`node --import tsx ingest/cli.ts ingest ...`), so SIGKILL hits it directly. */
export function spawnIngest(
  args: string[],
  env: Record<string, string | undefined> = {},
): { done: Promise<CliRun>; kill: () => void; stderr: () => string } {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', TSX, 'ingest/cli.ts', 'ingest', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliRun>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr, ms: Date.now() - started }));
  });
  return { done, kill: () => child.kill('SIGKILL'), stderr: () => stderr };
}

export async function waitFor(condition: () => Promise<boolean>, timeoutMs: number, intervalMs = 100): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return false;
}
