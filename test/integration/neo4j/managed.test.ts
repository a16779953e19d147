import { mkdtempSync, renameSync, rmSync, statSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDriver, verifyNeo4j } from '../../../platform/neo4j/driver.ts';
import { freePort, isProcessAlive, readState } from '../../../platform/neo4j/launcher-process.ts';
import { resolveNeo4j, type Neo4jConnection } from '../../../platform/neo4j/manager.ts';
import { checkJava, javaMajorVersion } from '../../../platform/neo4j/prerequisites.ts';
import { testConnection } from '../../helpers/neo4j.ts';

const scratchDirs: string[] = [];
function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'papergraph-managed-'));
  scratchDirs.push(dir);
  return dir;
}
const small = { heap: '512m', pageCache: '128m', ignoreEnv: true } as const;

afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

describe('the managed Neo4j', () => {
  it('keeps its generated password in an owner-only file', () => {
    const dataDir = process.env.PAPERGRAPH_TEST_NEO4J_DATA!;
    const mode = statSync(join(dataDir, 'password')).mode & 0o777;
    expect(mode).toBe(0o600);
    const password = readFileSync(join(dataDir, 'password'), 'utf8');
    expect(password).toHaveLength(32);
    expect(password).not.toBe('neo4j');
  });

  it('listens on loopback only, refuses LOAD CSV from file: URLs and sets a transaction timeout', async () => {
    const connection = testConnection();
    expect(connection.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    const driver = openDriver(connection);
    try {
      await expect(
        driver.executeQuery("LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line", {}, { database: connection.database }),
      ).rejects.toThrow();
      const { records } = await driver.executeQuery(
        "SHOW SETTINGS YIELD name, value WHERE name IN ['db.transaction.timeout', 'server.bolt.listen_address'] RETURN name, value",
        {},
        { database: connection.database },
      );
      const settings = Object.fromEntries(records.map((r) => [r.get('name'), r.get('value')]));
      expect(settings['db.transaction.timeout']).not.toBe('0s');
      expect(settings['server.bolt.listen_address']).toMatch(/^127\.0\.0\.1:/);
    } finally {
      await driver.close();
    }
  });

  it('gives a clear error for a wrong password', async () => {
    const connection = { ...testConnection(), password: 'not-the-password' };
    const driver = openDriver(connection);
    try {
      await expect(verifyNeo4j(driver, connection)).rejects.toThrow(/refused the credentials[\s\S]*fix: set NEO4J_USER and NEO4J_PASSWORD/);
    } finally {
      await driver.close();
    }
  });

  it('uses NEO4J_URI instead of starting a new instance', async () => {
    const connection = await resolveNeo4j();
    expect(connection.managed).toBe(false);
    expect(connection.startedHere).toBe(false);
    expect(connection.uri).toBe(process.env.NEO4J_URI);
    const driver = openDriver(connection);
    try {
      await verifyNeo4j(driver, connection);
    } finally {
      await driver.close();
    }
  });

  it('restarts after SIGTERM on the same data with the data intact, and reuses a running instance', async () => {
    const dataDir = scratchDir();
    const port = await freePort();
    let first: Neo4jConnection | null = await resolveNeo4j({ ...small, dataDir, port });
    try {
      expect(first.startedHere).toBe(true);
      const reused = await resolveNeo4j({ ...small, dataDir, port });
      expect(reused.startedHere).toBe(false);
      expect(reused.uri).toBe(first.uri);
      const driver = openDriver(first);
      await driver.executeQuery('UNWIND range(1, 500) AS i CREATE (:Paper {key: "p" + i, title: "T" + i})', {}, { database: 'neo4j' });
      await driver.close();
      const pid = readState(dataDir)!.pid;
      await first.stop(); // SIGTERM, then waits for exit
      expect(isProcessAlive(pid)).toBe(false);
      first = null;
      const again = await resolveNeo4j({ ...small, dataDir, port });
      first = again;
      expect(again.password).toBe(readFileSync(join(dataDir, 'password'), 'utf8'));
      const check = openDriver(again);
      const { records } = await check.executeQuery('MATCH (p:Paper) RETURN count(p) AS n', {}, { database: 'neo4j' });
      await check.close();
      expect(records[0].get('n')).toBe(500);
    } finally {
      await first?.stop();
    }
  }, 240_000);

  it('says which port is taken when the Bolt port is in use', async () => {
    const port = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      await expect(resolveNeo4j({ ...small, dataDir: scratchDir(), port })).rejects.toThrow(
        new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use[\\s\\S]*fix: set PAPERGRAPH_NEO4J_PORT`),
      );
    } finally {
      blocker.close();
    }
  });

  it('reports a failed start with the tail of the log', async () => {
    // The test run's own instance holds the store lock of its data directory: a second server there must fail.
    const dataDir = process.env.PAPERGRAPH_TEST_NEO4J_DATA!;
    const state = join(dataDir, 'run.json');
    renameSync(state, `${state}.aside`);
    try {
      await expect(resolveNeo4j({ ...small, dataDir, port: await freePort() })).rejects.toThrow(/Neo4j failed to start[\s\S]*Log tail/);
    } finally {
      renameSync(`${state}.aside`, state);
    }
  }, 240_000);

  it('checks the Java version and names the fix when Java is missing', () => {
    expect(javaMajorVersion('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(javaMajorVersion('java version "1.8.0_392"')).toBe(8);
    expect(checkJava()).toBeGreaterThanOrEqual(17);
    expect(() => checkJava('/nonexistent/java')).toThrow(/Java is not installed[\s\S]*fix: install Java 17/);
  });
});
