/** The test run's Neo4j (started by test/setup/neo4j.global.ts), for tests that query it directly. */
import type { Driver, EagerResult } from 'neo4j-driver';
import { connectionFromEnv, openDriver, type Neo4jConnectionInfo } from '../../platform/neo4j/driver.ts';

export function testConnection(): Neo4jConnectionInfo {
  const connection = connectionFromEnv();
  if (!connection) throw new Error('NEO4J_URI is not set: run tests through vitest (its global setup starts Neo4j).');
  return connection;
}

export function testDriver(): Driver {
  return openDriver(testConnection());
}

/** Node and relationship counts, for asserting that something left the graph unchanged. */
export async function graphCounts(driver: Driver, database = testConnection().database): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery<EagerResult<{ nodes: number; relationships: number }>>(
    'MATCH (n) WITH count(n) AS nodes CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    {},
    { database },
  );
  return { nodes: records[0].get('nodes'), relationships: records[0].get('relationships') };
}
