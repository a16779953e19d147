/**
 * The server's one handle on Neo4j. Reads go through `read`, which turns "Neo4j is down" into a 503 ApiError;
 * the driver reconnects by itself once the server is back, so no restart is needed.
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape, type Session } from 'neo4j-driver';
import { ApiError, isTimeout, isUnavailable, unavailable } from './errors.ts';

export interface Neo4jConnectionOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** Short timeouts so a request fails fast with 503 while Neo4j is down instead of hanging for 30 s. */
const DRIVER_CONFIG = {
  disableLosslessIntegers: true,
  maxConnectionPoolSize: 50,
  connectionTimeout: 3_000,
  connectionAcquisitionTimeout: 5_000,
  maxTransactionRetryTime: 2_000,
  userAgent: 'papergraph-api',
} as const;

/** Explorer queries are bounded; anything slower than this is a bug, not a result. */
const EXPLORER_TIMEOUT_MS = 20_000;

export class GraphDatabase {
  readonly driver: Driver;

  constructor(readonly connection: Neo4jConnectionOptions) {
    this.driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), DRIVER_CONFIG);
  }

  get database(): string {
    return this.connection.database;
  }

  session(accessMode: 'READ' | 'WRITE' = 'READ'): Session {
    return this.driver.session({
      database: this.connection.database,
      defaultAccessMode: accessMode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  /** Runs `work` in a managed read transaction (retried on transient errors). */
  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.inReadSession((session) => session.executeRead(work, { timeout: EXPLORER_TIMEOUT_MS }));
  }

  /**
   * One read statement in an auto-commit transaction: two messages fewer each way than a managed transaction,
   * which counts when the whole answer is a single statement. Not retried: the client may simply ask again.
   */
  readStatement<R extends RecordShape = RecordShape>(query: string, params: Record<string, unknown>): Promise<QueryResult<R>> {
    return this.inReadSession(async (session) => session.run<R>(query, params, { timeout: EXPLORER_TIMEOUT_MS }));
  }

  /** A READ session for `work`, always closed; Neo4j's errors become API errors (503 when it is down). */
  private async inReadSession<T>(work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.session('READ');
    try {
      return await work(session);
    } catch (error) {
      throw toApiError(error);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

export function toApiError(error: unknown): unknown {
  if (error instanceof ApiError) return error;
  if (isUnavailable(error)) return unavailable(error);
  // 504, not 408: browsers re-send a request that got 408 by themselves, running the heavy query again.
  if (isTimeout(error)) return explorerTimeout(error);
  return error;
}

export function explorerTimeout(cause: unknown): ApiError {
  const seconds = Math.round(EXPLORER_TIMEOUT_MS / 1000);
  return new ApiError(
    504,
    'query_timeout',
    `Neo4j stopped the query after ${seconds} s. Ask for less: a smaller depth, a higher minimum weight or a filter.`,
    undefined,
    cause,
  );
}

/** JavaScript numbers reach Cypher as floats; LIMIT and SKIP need integers. */
export function int(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(Math.trunc(value));
}
