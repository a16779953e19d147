/**
 * Neo4j unreachable at start: a clear error naming the URI and the fix, a non-zero exit, in bounded time.
 * Neo4j lost mid-run (a relay cut and restored): retried, and the graph ends as an undisturbed run's.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../platform/neo4j/launcher-process.ts';
import {
  clearDatabase,
  count,
  graphCounts,
  graphFingerprint,
  openTestDriver,
  ownSignatures,
  paperSignatures,
  spawnIngest,
  syntheticListing,
  testConnection,
  waitFor,
} from './graph-helpers.ts';

/** A TCP relay to the test Neo4j that can be cut (every connection dropped) and restored on the same port. */
class Relay {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();

  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  async open(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.server = server;
  }

  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }
}

describe('ingest when Neo4j is not there', () => {
  it('fails fast with the URI and the fix when nothing listens at NEO4J_URI', async () => {
    const port = await freePort();
    const uri = `bolt://127.0.0.1:${port}`;
    const run = await spawnIngest(['data/'], { NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'secret', NEO4J_DATABASE: 'neo4j' })
      .done;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(uri);
    expect(run.stderr).toMatch(/fix: .*NEO4J_URI/);
    expect(run.stderr).toMatch(/retry 1\/4/);
    expect(run.ms).toBeLessThan(60_000);
  });
});

describe('ingest when Neo4j goes away mid-run', () => {
  let driver: Driver;
  let database: string;
  let dir: string;
  let listing: string;

  beforeAll(async () => {
    ({ driver, database } = await openTestDriver());
    dir = mkdtempSync(join(tmpdir(), 'papergraph-outage-'));
    listing = join(dir, 'outage-corpus.jsonl');
    syntheticListing(listing, 300, 0, 21);
  });

  afterAll(async () => {
    await driver?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('retries through a short outage and ends with the same graph as an undisturbed run', async () => {
    const papers = () => count(driver, database, 'MATCH (p:Paper) RETURN count(p) AS n');
    await clearDatabase(driver, database);
    const undisturbed = await spawnIngest(['--batch-size', '20', '--workers', '0', listing]).done;
    expect(undisturbed.code, undisturbed.stderr).toBe(0);
    const expected = {
      counts: await graphCounts(driver, database),
      fingerprint: await graphFingerprint(driver, database),
      signatures: await paperSignatures(driver, database),
    };

    await clearDatabase(driver, database);
    const target = new URL(testConnection().uri.replace(/^\w+:/, 'http:'));
    const relay = new Relay(await freePort(), { host: target.hostname, port: Number(target.port) });
    await relay.open();
    const run = spawnIngest(['--batch-size', '20', '--workers', '0', listing], { NEO4J_URI: `bolt://127.0.0.1:${relay.port}` });
    expect(await waitFor(async () => (await papers()) >= 60, 120_000, 50)).toBe(true);
    await relay.cut();
    // While the relay is down, what was committed is whole papers only.
    const duringOutage = await paperSignatures(driver, database);
    const own = await ownSignatures(driver, database);
    for (const [key, signature] of duringOutage) expect(signature, key).toBe(own.get(key));
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await relay.open();
    const finished = await run.done;
    await relay.cut();
    expect(finished.code, finished.stderr).toBe(0);
    expect(await graphCounts(driver, database)).toEqual(expected.counts);
    expect(await graphFingerprint(driver, database)).toBe(expected.fingerprint);
  }, 900_000);
});
