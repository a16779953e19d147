/**
 * startApiServer: the explorer API over one Neo4j. `npm start` and `npm run serve` call it; tests start it on
 * port 0. Neo4j may be down at start: endpoints answer 503 until it is back, with no restart needed.
 */
import type { AddressInfo } from 'node:net';
import { buildApp } from './app.ts';
import { resolveToken } from './auth.ts';
import { CypherConsole, DEFAULT_CONSOLE_SETTINGS, type ConsoleSettings } from './console/cypher-console.ts';
import { GraphDatabase, type Neo4jConnectionOptions } from './database.ts';
import { warmExplorer, type WarmUpReport } from './warm-up.ts';

export interface ApiServerOptions {
  connection: Neo4jConnectionOptions;
  /** Default 127.0.0.1. Any other host requires an access token. */
  host?: string;
  /** Default PORT or 8080; 0 picks a free port. */
  port?: number;
  /** Access token; default PAPERGRAPH_TOKEN, or generated when the host is not loopback. */
  token?: string;
  /** The built client; default dist/client. */
  clientDir?: string;
  /** Console query timeout; default 10 s. */
  cypherTimeoutMs?: number;
  logger?: boolean;
  /** Where log lines go (JSON lines; every 5xx is logged even without `logger`); default stdout. */
  logStream?: NodeJS.WritableStream;
  /** Console limits beyond the timeout (tests tighten them). */
  console?: Partial<Omit<ConsoleSettings, 'timeoutMs'>>;
  /** Run the explorer's requests once after listening (warm-up.ts); default true. Tests turn it off unless testing it. */
  warmUp?: boolean;
}

export interface ApiServer {
  url: string;
  token: string | null;
  /** The explorer warm-up started once listening (warm-up.ts): what it ran. Never rejects. */
  warmUp: Promise<WarmUpReport>;
  close(): Promise<void>;
}

function defaultPort(): number {
  const fromEnv = Number(process.env.PORT);
  return Number.isInteger(fromEnv) && fromEnv >= 0 ? fromEnv : 8080;
}

/** A host to put in the printed URL: a wildcard bind is reachable on loopback. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const host = options.host ?? process.env.HOST ?? '127.0.0.1';
  const token = resolveToken(host, options.token);
  const db = new GraphDatabase(options.connection);
  const cypherConsole = new CypherConsole(db, {
    ...DEFAULT_CONSOLE_SETTINGS,
    ...options.console,
    timeoutMs: options.cypherTimeoutMs ?? DEFAULT_CONSOLE_SETTINGS.timeoutMs,
  });
  // Neo4j may still be starting: the check runs again on first use if it cannot run now.
  await cypherConsole.ensureChecked().catch(() => undefined);
  const app = await buildApp(
    { db, console: cypherConsole },
    {
      token,
      clientDir: options.clientDir ?? 'dist/client',
      logger: options.logger ?? false,
      logStream: options.logStream,
    },
  );
  try {
    await app.listen({ host, port: options.port ?? defaultPort() });
  } catch (error) {
    await db.close();
    throw error;
  }
  const address = app.server.address() as AddressInfo;
  let closing = false;
  const warmUp: Promise<WarmUpReport> =
    options.warmUp === false ? Promise.resolve({ steps: [], error: null }) : warmExplorer(app, db, token, () => closing);
  return {
    url: `http://${urlHost(host)}:${address.port}`,
    token,
    warmUp,
    close: async () => {
      closing = true;
      // A warm-up request under way finishes first: the database must not close under it.
      await warmUp;
      await app.close();
      await db.close();
    },
  };
}
