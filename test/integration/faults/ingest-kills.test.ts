/**
 * Fault injection on the ingest: SIGKILL of the real CLI at several points (after its first batch, half-way, and
 * while it derives counts and co-occurrences), then a re-run. Each time the graph must be identical to an
 * uninterrupted run's: the same counts per label and relationship type, and the same hash over every node's and
 * relationship's keys and properties (timestamps left out).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearDatabase, count, openTestDriver, spawnIngest, syntheticListing } from '../load/graph-helpers.ts';
import { pollUntil, snapshot, type GraphSnapshot } from './fault-helpers.ts';

const PAPERS = 120;
const BATCH_SIZE = 10;
const ARGS = ['--batch-size', String(BATCH_SIZE), '--workers', '0'];

let driver: Driver;
let database: string;
let dir: string;
let listing: string;
let uninterrupted: GraphSnapshot;

const papers = () => count(driver, database, 'MATCH (p:Paper) RETURN count(p) AS n');

beforeAll(async () => {
  ({ driver, database } = await openTestDriver());
  dir = mkdtempSync(join(tmpdir(), 'papergraph-faults-'));
  listing = join(dir, 'fault-corpus.jsonl');
  syntheticListing(listing, PAPERS, 0, 33);
  await clearDatabase(driver, database);
  const run = await spawnIngest([...ARGS, listing]).done;
  expect(run.code, run.stderr).toBe(0);
  expect(await papers()).toBe(PAPERS);
  uninterrupted = await snapshot(driver, database);
  expect(uninterrupted.duplicateRelationships).toBe(0);
}, 300_000);

afterAll(async () => {
  await driver?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface KillPoint {
  name: string;
  /** Resolves once the running ingest has reached the point to kill it at. */
  reached: (stderr: () => string) => Promise<boolean>;
}

const KILL_POINTS: KillPoint[] = [
  { name: 'after its first batch', reached: () => pollUntil(async () => (await papers()) >= BATCH_SIZE, 240_000) },
  { name: 'half-way through the batches', reached: () => pollUntil(async () => (await papers()) >= PAPERS / 2, 240_000) },
  {
    name: 'while deriving counts and co-occurrences',
    reached: (stderr) => pollUntil(() => stderr().includes('deriving paper counts'), 240_000, 10),
  },
];

describe('kill -9 of the ingest, then a re-run', () => {
  for (const point of KILL_POINTS) {
    it(`${point.name}: the re-run gives the uninterrupted graph`, async () => {
      await clearDatabase(driver, database);
      const interrupted = spawnIngest([...ARGS, listing]);
      const reached = await point.reached(interrupted.stderr);
      interrupted.kill();
      const killed = await interrupted.done;
      expect(reached, killed.stderr).toBe(true);
      expect(killed.signal).toBe('SIGKILL');
      // Killed before it finished: no summary was printed.
      expect(killed.stdout).toBe('');
      const atKill = await papers();
      process.stdout.write(`fault "${point.name}": killed with ${atKill}/${PAPERS} papers stored\n`);

      const rerun = await spawnIngest([...ARGS, listing]).done;
      expect(rerun.code, rerun.stderr).toBe(0);
      const after = await snapshot(driver, database);
      expect(after.counts).toEqual(uninterrupted.counts);
      expect(after.fingerprint).toBe(uninterrupted.fingerprint);
      expect(after.duplicateRelationships).toBe(0);
    }, 600_000);
  }
});
