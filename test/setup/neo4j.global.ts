/**
 * Vitest global setup: one throwaway Neo4j for the whole run, on a free port with a temporary data directory,
 * stopped at the end even when tests fail. Tests read it from process.env (NEO4J_URI, ...).
 * The user's NEO4J_URI is deliberately ignored: tests wipe data and must never touch a real database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applySchema } from '../../platform/neo4j/apply-schema.ts';
import { openDriver } from '../../platform/neo4j/driver.ts';
import { freePort } from '../../platform/neo4j/launcher-process.ts';
import { resolveNeo4j } from '../../platform/neo4j/manager.ts';

export default async function setup(): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'papergraph-test-neo4j-'));
  const connection = await resolveNeo4j({
    dataDir,
    port: await freePort(),
    ignoreEnv: true,
    heap: process.env.PAPERGRAPH_TEST_NEO4J_HEAP ?? '1500m',
    pageCache: '512m',
  });
  const stopOnExit = () => void connection.stop();
  process.once('exit', stopOnExit);
  const driver = openDriver(connection);
  try {
    await applySchema(driver, connection.database);
  } finally {
    await driver.close();
  }
  Object.assign(process.env, {
    NEO4J_URI: connection.uri,
    NEO4J_USER: connection.user,
    NEO4J_PASSWORD: connection.password,
    NEO4J_DATABASE: connection.database,
    PAPERGRAPH_TEST_NEO4J_DATA: dataDir,
  });
  return async () => {
    process.off('exit', stopOnExit);
    await connection.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
