/** Starts the explorer API on a free port against the test run's Neo4j (integration and e2e tests). */
import { startApiServer, type ApiServerOptions } from '../../web/server/server.ts';
import type { WarmUpReport } from '../../web/server/warm-up.ts';
import { testConnection } from './neo4j.ts';

export type TestServerOptions = Partial<ApiServerOptions>;

export interface TestServer {
  url: string;
  token: string | null;
  /** The explorer warm-up's report (empty unless started with `warmUp: true`). */
  warmUp: Promise<WarmUpReport>;
  close(): Promise<void>;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const server = await startApiServer({
    connection: options.connection ?? testConnection(),
    host: '127.0.0.1',
    port: 0,
    clientDir: 'dist/client',
    logger: false,
    // Off unless a test is about it: other tests' requests and logs stay their own.
    warmUp: false,
    ...options,
  });
  return { url: server.url, token: server.token, warmUp: server.warmUp, close: () => server.close() };
}

/** GET or POST JSON against a test server; returns status and parsed body. */
export async function fetchJson<T = unknown>(
  url: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await fetch(url, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Non-JSON answers (static files) stay text.
  }
  return { status: response.status, body: body as T, headers: response.headers };
}
