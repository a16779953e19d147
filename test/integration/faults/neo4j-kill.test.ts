/**
 * Fault injection on the database: kill -9 of the managed Neo4j during an ingest. The ingest ends at once with a
 * message that says what happened (no NEO4J_URI, which is not set, and no minutes of retries); after Neo4j is
 * started again on the same store, a re-run gives a graph identical to an uninterrupted run's. Runs its own small
 * managed Neo4j so that the test run's shared one is never killed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../../platform/neo4j/apply-schema.ts';
import { openDriver } from '../../../platform/neo4j/driver.ts';
import { freePort } from '../../../platform/neo4j/launcher-process.ts';
import { resolveNeo4j, type Neo4jConnection } from '../../../platform/neo4j/manager.ts';
import { clearDatabase, count, spawnIngest, syntheticListing } from '../load/graph-helpers.ts';
import { pollUntil, snapshot, type GraphSnapshot } from './fault-helpers.ts';

const PAPERS = 120;
const ARGS = ['--batch-size', '10', '--workers', '0'];

const dir = mkdtempSync(join(tmpdir(), 'papergraph-neo4j-kill-'));
const dataDir = join(dir, 'neo4j');
const listing = join(dir, 'fault-corpus.jsonl');
let port: number;
let neo4j: Neo4jConnection;
let driver: Driver;
let uninterrupted: GraphSnapshot;

async function startNeo4j(): Promise<void> {
  neo4j = await resolveNeo4j({ dataDir, port, ignoreEnv: true, heap: '512m', pageCache: '128m', log: () => {} });
  driver = openDriver(neo4j);
  await applySchema(driver, neo4j.database);
}

/** The ingest CLI against the managed Neo4j on `dataDir` (found running there and reused): no NEO4J_URI. */
function ingest() {
  return spawnIngest([...ARGS, listing], {
    NEO4J_URI: undefined,
    NEO4J_USER: undefined,
    NEO4J_PASSWORD: undefined,
    NEO4J_DATABASE: undefined,
    PAPERGRAPH_NEO4J_DATA: dataDir,
    PAPERGRAPH_NEO4J_PORT: String(port),
  });
}

const papers = () => count(driver, neo4j.database, 'MATCH (p:Paper) RETURN count(p) AS n');

beforeAll(async () => {
  port = await freePort();
  syntheticListing(listing, PAPERS, 0, 34);
  await startNeo4j();
  const run = await ingest().done;
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toContain(`reusing the Neo4j already running on ${dataDir}`);
  uninterrupted = await snapshot(driver, neo4j.database);
  await clearDatabase(driver, neo4j.database);
}, 400_000);

afterAll(async () => {
  await driver?.close();
  await neo4j?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('kill -9 of Neo4j during an ingest', () => {
  it('the ingest gives up at once saying what is true; a re-run after a restart gives the uninterrupted graph', async () => {
    const interrupted = ingest();
    expect(await pollUntil(async () => (await papers()) >= PAPERS / 4, 240_000)).toBe(true);
    const pid = neo4j.pid!;
    process.kill(pid, 'SIGKILL');
    const killedAt = Date.now();
    const failed = await interrupted.done;
    process.stdout.write(`fault "Neo4j killed": the ingest exited ${Date.now() - killedAt} ms after the kill\n`);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(`ingest failed: the managed Neo4j (pid ${pid}, data ${dataDir}) stopped during the ingest.`);
    expect(failed.stderr).toContain('run the same command again to resume');
    expect(failed.stderr).toContain(join(dataDir, 'launcher.log'));
    // Nothing about NEO4J_URI, which is not set, and no rounds of retries against a server that is gone.
    expect(failed.stderr).not.toContain('NEO4J_URI');
    expect(failed.stderr).not.toMatch(/retry \d/);

    await driver.close();
    await startNeo4j();
    expect(neo4j.pid).not.toBe(pid);
    const rerun = await ingest().done;
    expect(rerun.code, rerun.stderr).toBe(0);
    const after = await snapshot(driver, neo4j.database);
    expect(after.counts).toEqual(uninterrupted.counts);
    expect(after.fingerprint).toBe(uninterrupted.fingerprint);
    expect(after.duplicateRelationships).toBe(0);
  }, 600_000);
});
