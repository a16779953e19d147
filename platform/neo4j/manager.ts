/**
 * Resolves the Neo4j papergraph talks to: the one named by NEO4J_URI when set, otherwise the managed embedded
 * instance (jars fetched once, launcher started on demand, reused when already running on that data directory).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { connectionFromEnv, type Neo4jConnectionInfo } from './driver.ts';
import { Neo4jSetupError } from './errors.ts';
import { isProcessAlive, portIsFree, readState, startLauncher, stopLauncher, type LauncherSettings } from './launcher-process.ts';
import { DEFAULT_DATA_DIR, dataDirFiles } from './paths.ts';
import { LauncherSupervisor } from './supervisor.ts';
import { checkJava, ensureNeo4jJars } from './prerequisites.ts';

export interface Neo4jConnection extends Neo4jConnectionInfo {
  /** True when papergraph manages this instance (started or reused), false for NEO4J_URI. */
  managed: boolean;
  /** True when this call started the process (and `stop` will stop it). */
  startedHere: boolean;
  dataDir: string | null;
  /** The launcher process of a managed instance (the current one, after restarts); absent for NEO4J_URI. */
  readonly pid?: number;
  /** Stops the instance if this call started it; otherwise does nothing. */
  stop(): Promise<void>;
}

export interface ResolveOptions {
  dataDir?: string;
  port?: number;
  host?: string;
  heap?: string;
  pageCache?: string;
  txTimeout?: string;
  /** Leave the instance running after this process exits. */
  detached?: boolean;
  /** Ignore NEO4J_URI (tests start their own instance). */
  ignoreEnv?: boolean;
  /** Restart the instance (with backoff, logged) whenever it dies, if this call started it (`npm start`, `serve`). */
  supervise?: boolean;
  log?: (line: string) => void;
}

const DEFAULT_PORT = 7687;

function defaultLog(line: string): void {
  process.stderr.write(`${line}\n`);
}

export async function resolveNeo4j(options: ResolveOptions = {}): Promise<Neo4jConnection> {
  const fromEnv = options.ignoreEnv ? null : connectionFromEnv();
  if (fromEnv) {
    return { ...fromEnv, managed: false, startedHere: false, dataDir: null, stop: async () => {} };
  }
  return startManagedNeo4j(options);
}

function settingsFrom(options: ResolveOptions): LauncherSettings {
  const env = process.env;
  return {
    dataDir: resolve(options.dataDir ?? env.PAPERGRAPH_NEO4J_DATA ?? DEFAULT_DATA_DIR),
    host: options.host ?? env.PAPERGRAPH_NEO4J_HOST ?? '127.0.0.1',
    port: options.port ?? Number(env.PAPERGRAPH_NEO4J_PORT ?? DEFAULT_PORT),
    heap: options.heap ?? env.PAPERGRAPH_NEO4J_HEAP ?? '2g',
    pageCache: options.pageCache ?? env.PAPERGRAPH_NEO4J_PAGECACHE ?? '2g',
    txTimeout: options.txTimeout ?? env.PAPERGRAPH_NEO4J_TX_TIMEOUT ?? '120s',
    detached: options.detached ?? false,
    startTimeoutMs: Number(env.PAPERGRAPH_NEO4J_START_TIMEOUT_MS ?? 180_000),
  };
}

function readPassword(dataDir: string): string {
  const file = dataDirFiles(dataDir).password;
  if (!existsSync(file)) {
    throw new Neo4jSetupError(
      `the managed Neo4j in ${dataDir} has no password file.`,
      `stop any Neo4j using ${dataDir}, delete that folder's password.pending if present, and start again.`,
    );
  }
  return readFileSync(file, 'utf8').trim();
}

function connectionFor(settings: LauncherSettings, pid: number, startedHere: boolean): Neo4jConnection {
  return {
    pid,
    uri: `bolt://${settings.host}:${settings.port}`,
    user: 'neo4j',
    password: readPassword(settings.dataDir),
    database: 'neo4j',
    managed: true,
    startedHere,
    dataDir: settings.dataDir,
    stop: startedHere ? () => stopLauncher(pid) : async () => {},
  };
}

async function startManagedNeo4j(options: ResolveOptions): Promise<Neo4jConnection> {
  const log = options.log ?? defaultLog;
  const settings = settingsFrom(options);
  const running = readState(settings.dataDir);
  if (running && isProcessAlive(running.pid) && !(await portIsFree(running.host, running.port))) {
    log(`papergraph: reusing the Neo4j already running on ${settings.dataDir} (bolt://${running.host}:${running.port})`);
    return connectionFor({ ...settings, host: running.host, port: running.port }, running.pid, false);
  }
  checkJava();
  ensureNeo4jJars(log);
  if (!(await portIsFree(settings.host, settings.port))) {
    throw new Neo4jSetupError(
      `port ${settings.port} on ${settings.host} is already in use, so the managed Neo4j cannot listen there.`,
      'set PAPERGRAPH_NEO4J_PORT to a free port, stop the process using it, or — if it is a Neo4j you want to use — set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.',
    );
  }
  const started = Date.now();
  log(`papergraph: starting Neo4j on bolt://${settings.host}:${settings.port} (data ${settings.dataDir})…`);
  const state = await startLauncher(settings);
  log(`papergraph: Neo4j ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const connection = connectionFor(settings, state.pid, true);
  if (!options.supervise) return connection;
  const supervisor = new LauncherSupervisor({ settings, pid: state.pid, log }).start();
  return Object.defineProperties(connection, {
    pid: { get: () => supervisor.pid },
    stop: { value: () => supervisor.stop() },
  });
}

/** Stops the managed instance running on a data directory, if any. */
export async function stopManagedNeo4j(dataDir: string = DEFAULT_DATA_DIR): Promise<boolean> {
  const state = readState(resolve(dataDir));
  if (!state || !isProcessAlive(state.pid)) return false;
  await stopLauncher(state.pid);
  return true;
}
