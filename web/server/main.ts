/** `npm run serve`: the API and client over the resolved Neo4j (NEO4J_URI, or the managed instance). */
import { resolveNeo4j } from '../../platform/neo4j/manager.ts';
import { startApiServer } from './server.ts';

async function main(): Promise<void> {
  const neo4j = await resolveNeo4j({ supervise: true });
  const server = await startApiServer({
    connection: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: neo4j.database },
    cypherTimeoutMs: process.env.PAPERGRAPH_CYPHER_TIMEOUT_MS ? Number(process.env.PAPERGRAPH_CYPHER_TIMEOUT_MS) : undefined,
  });
  const link = server.token ? `${server.url}/?token=${encodeURIComponent(server.token)}` : `${server.url}/`;
  process.stdout.write(`papergraph explorer: ${link}\n`);
  if (server.token) process.stdout.write(`API access token: ${server.token} (send as "Authorization: Bearer <token>")\n`);
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`papergraph: ${signal}, stopping\n`);
    await server.close();
    await neo4j.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`papergraph serve failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
