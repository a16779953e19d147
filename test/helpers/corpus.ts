/**
 * For API and e2e tests: makes sure the bundled corpus (data/) is in the test database, loading it only when
 * it is missing, changed or from another extractor version. Uses NEO4J_URI/USER/PASSWORD/DATABASE, which the
 * vitest global setup sets.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applySchema } from '../../platform/neo4j/apply-schema.ts';
import { connectionFromEnv, openDriver } from '../../platform/neo4j/driver.ts';
import { ingestCorpusIfNeeded } from '../../ingest/pipeline/corpus.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export async function ensureCorpusLoaded(): Promise<void> {
  const connection = connectionFromEnv();
  if (!connection) throw new Error('ensureCorpusLoaded: NEO4J_URI is not set (the vitest global setup sets it)');
  const driver = openDriver(connection);
  try {
    await applySchema(driver, connection.database);
    await ingestCorpusIfNeeded(driver, connection.database, join(PROJECT_ROOT, 'data'));
  } finally {
    await driver.close();
  }
}
