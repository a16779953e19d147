/**
 * Kill the real ingest CLI with SIGKILL half-way, run it again: the graph equals an uninterrupted run's
 * (same counts, same content), and at the moment of the kill every stored paper was complete.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clearDatabase,
  count,
  duplicateRelationships,
  graphCounts,
  graphFingerprint,
  openTestDriver,
  ownSignatures,
  paperSignatures,
  spawnIngest,
  syntheticListing,
  waitFor,
} from './graph-helpers.ts';

const PAPERS = 600;
const BATCH = ['--batch-size', '25'];

describe('resumable ingest', () => {
  let driver: Driver;
  let database: string;
  let dir: string;
  let listing: string;

  beforeAll(async () => {
    ({ driver, database } = await openTestDriver());
    dir = mkdtempSync(join(tmpdir(), 'papergraph-resume-'));
    listing = join(dir, 'resume-corpus.jsonl');
    syntheticListing(listing, PAPERS);
  });

  afterAll(async () => {
    await driver?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('after SIGKILL half-way, a second run completes the graph exactly as an uninterrupted run', async () => {
    const papers = () => count(driver, database, 'MATCH (p:Paper) RETURN count(p) AS n');

    await clearDatabase(driver, database);
    const uninterrupted = await spawnIngest([...BATCH, listing]).done;
    expect(uninterrupted.code, uninterrupted.stderr).toBe(0);
    expect(await papers()).toBe(PAPERS);
    const expected = {
      counts: await graphCounts(driver, database),
      fingerprint: await graphFingerprint(driver, database),
      signatures: await paperSignatures(driver, database),
    };

    await clearDatabase(driver, database);
    const interrupted = spawnIngest([...BATCH, listing]);
    const someCommitted = await waitFor(async () => (await papers()) >= PAPERS / 4, 240_000, 50);
    interrupted.kill();
    const killed = await interrupted.done;
    expect(someCommitted).toBe(true);
    expect(killed.signal).toBe('SIGKILL');
    const atKill = await paperSignatures(driver, database);
    expect(atKill.size).toBeGreaterThanOrEqual(PAPERS / 4);
    expect(atKill.size).toBeLessThan(PAPERS);
    // Atomic per paper: whatever was committed is each paper with all its relationships and claims, as its own
    // extraction gives them (the corpus pass, which may re-point them, runs after the last batch).
    const own = await ownSignatures(driver, database);
    for (const [key, signature] of atKill) expect(signature, key).toBe(own.get(key));
    // The corpus is not marked as loaded before the run completed.
    expect(await count(driver, database, 'MATCH (l:Listing) WHERE l.contentHash IS NOT NULL RETURN count(l) AS n')).toBe(0);

    const resumed = await spawnIngest([...BATCH, listing]).done;
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toMatch(new RegExp(`${PAPERS - atKill.size} new, 0 updated, ${atKill.size} unchanged`));
    expect(await graphCounts(driver, database)).toEqual(expected.counts);
    expect(await graphFingerprint(driver, database)).toBe(expected.fingerprint);
    expect(await duplicateRelationships(driver, database)).toBe(0);
  }, 900_000);
});
