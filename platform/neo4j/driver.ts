/** Opening a neo4j-driver against a resolved connection, with errors that name the fix. */
import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jConnectionInfo {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export function openDriver(connection: Neo4jConnectionInfo): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    // Counts and offsets stay far below 2^53: plain numbers keep every layer simple.
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30_000,
    userAgent: 'papergraph',
  });
}

/** Reads the connection the test setup (or a user) put into the environment. */
export function connectionFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConnectionInfo | null {
  if (!env.NEO4J_URI) return null;
  return {
    uri: env.NEO4J_URI,
    user: env.NEO4J_USER ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE ?? 'neo4j',
  };
}

/** Checks that the server answers and accepts the credentials; throws an error that says what to fix. */
export async function verifyNeo4j(driver: Driver, connection: Neo4jConnectionInfo): Promise<void> {
  try {
    await driver.executeQuery('RETURN 1', {}, { database: connection.database });
  } catch (error) {
    throw describeConnectionError(error, connection);
  }
}

export function describeConnectionError(error: unknown, connection: Neo4jConnectionInfo): Error {
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return new Error(
      `Neo4j at ${connection.uri} refused the credentials of user "${connection.user}" (wrong password).\n` +
        "  fix: set NEO4J_USER and NEO4J_PASSWORD to that server's credentials; for the managed Neo4j, unset NEO4J_URI " +
        '(its password is read from .neo4j/data/password).',
    );
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new Error(
      `Neo4j at ${connection.uri} is not reachable: ${message}\n` +
        '  fix: start that server, or unset NEO4J_URI to let papergraph start its managed Neo4j.',
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new Error(
      `Neo4j at ${connection.uri} has no database "${connection.database}".\n  fix: set NEO4J_DATABASE to an existing database.`,
    );
  }
  return error instanceof Error ? error : new Error(message);
}
