/**
 * The setup the API integration tests share: data in the test Neo4j (the bundled corpus unless told otherwise), an
 * API server on it and a driver to check its answers against the graph, opened before the file's tests and closed
 * after them. Call it at the top level of a test file; what it returns is usable inside tests and hooks.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import { ensureCorpusLoaded } from './corpus.ts';
import { testConnection, testDriver } from './neo4j.ts';
import { fetchJson, startTestServer, type TestServer, type TestServerOptions } from './server.ts';

export interface ApiSuiteOptions {
  /** Load the bundled corpus first (default); false when the file brings its own data in an earlier beforeAll. */
  corpus?: boolean;
  server?: TestServerOptions;
  /** For the set-up hook, when loading takes longer than vitest's hookTimeout. */
  setupTimeoutMs?: number;
}

export interface ApiSuite {
  readonly server: TestServer;
  readonly driver: Driver;
  /** GET (or, with a body, POST) a path of the server: status, parsed body and headers. */
  get<T>(path: string, init?: Parameters<typeof fetchJson>[1]): ReturnType<typeof fetchJson<T>>;
  /** Rows of a Cypher query on the test database, one object a record. */
  cypher<T>(query: string, params?: Record<string, unknown>): Promise<T[]>;
}

export function useApiSuite(options: ApiSuiteOptions = {}): ApiSuite {
  let server: TestServer | undefined;
  let driver: Driver | undefined;
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useApiSuite: the ${what} is there only inside tests and hooks`);
    return value;
  };
  beforeAll(async () => {
    if (options.corpus !== false) await ensureCorpusLoaded();
    driver = testDriver();
    server = await startTestServer(options.server);
  }, options.setupTimeoutMs);
  afterAll(async () => {
    await server?.close();
    await driver?.close();
  });
  const suite: ApiSuite = {
    get server() {
      return started(server, 'server');
    },
    get driver() {
      return started(driver, 'driver');
    },
    get: (path, init) => fetchJson(`${suite.server.url}${path}`, init),
    async cypher<T>(query: string, params: Record<string, unknown> = {}) {
      const { records } = await suite.driver.executeQuery(query, params, { database: testConnection().database });
      return records.map((record) => record.toObject() as T);
    },
  };
  return suite;
}
