/**
 * `npm start`: Neo4j (managed, or NEO4J_URI), the schema, the bundled corpus when the graph lacks it,
 * the client build, then the explorer server; prints its URL and stops everything on Ctrl-C.
 */
import { applySchema } from '../platform/neo4j/apply-schema.ts';
import { openDriver, verifyNeo4j } from '../platform/neo4j/driver.ts';
import { ingestCorpusIfNeeded } from '../ingest/pipeline/corpus.ts';
import { startApiServer } from '../web/server/server.ts';
import { ensureClientBuilt } from './client-build.ts';
import { Neo4jSetupError } from '../platform/neo4j/errors.ts';
import { resolveNeo4j, type Neo4jConnection } from '../platform/neo4j/manager.ts';
import { PROJECT_ROOT } from '../platform/neo4j/paths.ts';
import { join } from 'node:path';

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  let connection: Neo4jConnection | null = null;
  const cleanups: Array<() => Promise<void>> = [];
  const shutdown = async (code: number) => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
    await connection?.stop();
    process.exit(code);
  };
  // A terminal's Ctrl-C reaches both this process and the npm wrapper, which forwards it: stop once.
  let stopping = false;
  const onSignal = () => {
    if (stopping) return;
    stopping = true;
    log('papergraph: stopping…');
    void shutdown(0);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    connection = await resolveNeo4j({ supervise: true });
    const driver = openDriver(connection);
    cleanups.push(() => driver.close());
    await verifyNeo4j(driver, connection);
    await applySchema(driver, connection.database);
    log(`papergraph: Neo4j at ${connection.uri} (database ${connection.database}); schema applied`);
    await ingestCorpusIfNeeded(driver, connection.database, join(PROJECT_ROOT, 'data'));
    ensureClientBuilt(log);
    const timeout = process.env.PAPERGRAPH_CYPHER_TIMEOUT_MS;
    const server = await startApiServer({ connection, cypherTimeoutMs: timeout ? Number(timeout) : undefined });
    cleanups.push(() => server.close());
    const link = server.token ? `${server.url}/?token=${encodeURIComponent(server.token)}` : server.url;
    process.stdout.write(`\npapergraph is running: ${link}\n`);
    if (server.token) process.stdout.write(`API access token: ${server.token} (send as "Authorization: Bearer <token>")\n`);
    process.stdout.write('Press Ctrl-C to stop.\n');
  } catch (error) {
    log(`papergraph: ${error instanceof Error ? error.message : String(error)}`);
    if (!(error instanceof Neo4jSetupError) && error instanceof Error && error.stack) log(error.stack);
    await shutdown(1);
  }
}

void main();
