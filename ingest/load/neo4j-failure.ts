/**
 * What to tell the user when Neo4j fails under an ingest, true to the setup in use: NEO4J_URI is mentioned only
 * when it is set; with the managed Neo4j the message names its data directory and log. And when the managed
 * Neo4j's process exits mid-run, the ingest ends at once instead of retrying a server that is gone.
 */
import { describeConnectionError } from '../../platform/neo4j/driver.ts';
import { isProcessAlive } from '../../platform/neo4j/launcher-process.ts';
import type { Neo4jConnection } from '../../platform/neo4j/manager.ts';
import { dataDirFiles } from '../../platform/neo4j/paths.ts';
import { isConnectionLoss } from './retry.ts';

const RESUME = 'Batches committed before the failure are complete and consistent; run the same command again to resume.';

function managedFix(dataDir: string): string {
  return (
    `  fix: run the same command again: it starts the managed Neo4j again and resumes. If Neo4j stops again, read ` +
    `${dataDirFiles(dataDir).log} (out-of-memory errors need a smaller PAPERGRAPH_NEO4J_HEAP or more free memory).`
  );
}

/** The managed Neo4j's process has exited (as opposed to being slow or briefly unreachable). */
export function managedNeo4jExited(connection: Neo4jConnection): boolean {
  return connection.managed && connection.pid !== undefined && !isProcessAlive(connection.pid);
}

function exitedMessage(connection: Neo4jConnection & { dataDir: string }): string {
  return `the managed Neo4j (pid ${connection.pid}, data ${connection.dataDir}) stopped during the ingest.\n${managedFix(connection.dataDir)}`;
}

/** An error for a Neo4j that cannot be reached, with the fix that applies to this setup. */
export function describeNeo4jFailure(error: unknown, connection: Neo4jConnection): Error {
  if (!connection.managed || connection.dataDir === null || !isConnectionLoss(error)) return describeConnectionError(error, connection);
  if (managedNeo4jExited(connection)) return new Error(exitedMessage({ ...connection, dataDir: connection.dataDir }));
  const reason = error instanceof Error ? error.message : String(error);
  return new Error(
    `the managed Neo4j at ${connection.uri} (data ${connection.dataDir}) is not reachable: ${reason}\n${managedFix(connection.dataDir)}`,
  );
}

/** The closing message of a failed ingest. */
export function ingestFailureMessage(error: unknown, connection: Neo4jConnection | null): string {
  if (connection && isConnectionLoss(error)) return `${describeNeo4jFailure(error, connection).message}\n  ${RESUME}`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Polls the managed Neo4j's process while an ingest runs; calls `onExit` with the message once it has exited, so
 * the run ends within a second rather than after minutes of retries. Returns the function that stops watching.
 */
export function watchManagedNeo4j(connection: Neo4jConnection, onExit: (message: string) => void, pollMs = 500): () => void {
  if (!connection.managed || connection.dataDir === null || connection.pid === undefined) return () => {};
  const dataDir = connection.dataDir;
  const timer = setInterval(() => {
    if (!managedNeo4jExited(connection)) return;
    clearInterval(timer);
    onExit(`${exitedMessage({ ...connection, dataDir })}\n  ${RESUME}`);
  }, pollMs);
  timer.unref();
  return () => clearInterval(timer);
}
