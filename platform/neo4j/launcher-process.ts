/** Starts the Java launcher over a data directory and waits for its readiness line. */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Neo4jSetupError } from './errors.ts';
import { transactionMemoryLimits } from './memory-limits.ts';
import { dataDirFiles, LAUNCHER_SOURCE, NEO4J_LIB_DIR } from './paths.ts';

export interface LauncherSettings {
  dataDir: string;
  host: string;
  port: number;
  /** JVM heap, e.g. "2g". */
  heap: string;
  pageCache: string;
  txTimeout: string;
  /** Detached instances outlive the process that started them (`npm run neo4j -- start`). */
  detached: boolean;
  startTimeoutMs: number;
}

export interface LauncherState {
  pid: number;
  host: string;
  port: number;
  startedAt: string;
}

const READY = 'PAPERGRAPH_NEO4J_READY';

export function readState(dataDir: string): LauncherState | null {
  const file = dataDirFiles(dataDir).state;
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LauncherState;
  } catch {
    return null;
  }
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function portIsFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

export async function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ host, port: 0 }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function logTail(dataDir: string, lines = 30): string {
  const log = dataDirFiles(dataDir).log;
  if (!existsSync(log)) return '(no launcher log)';
  const text = readFileSync(log, 'utf8');
  const neo4jLog = join(dataDir, 'home', 'logs', 'neo4j.log');
  const serverLines = existsSync(neo4jLog) ? readFileSync(neo4jLog, 'utf8').split('\n').slice(-10).join('\n') : '';
  return [...text.trimEnd().split('\n').slice(-lines), serverLines].filter(Boolean).join('\n');
}

/** Spawns the launcher and resolves once Bolt is ready; rejects with the log's tail if it dies or times out. */
export async function startLauncher(settings: LauncherSettings): Promise<LauncherState> {
  mkdirSync(settings.dataDir, { recursive: true });
  const files = dataDirFiles(settings.dataDir);
  const logStart = existsSync(files.log) ? statSync(files.log).size : 0;
  const memory = transactionMemoryLimits(settings.heap);
  const logFd = openSync(files.log, 'a');
  const child = spawn(
    'java',
    [
      `-Xms${settings.heap}`,
      `-Xmx${settings.heap}`,
      '-XX:+UseG1GC',
      // No -XX:+ExitOnOutOfMemoryError (Neo4j's own default): values a query builds inside one expression escape
      // the transaction memory limits, and Neo4j answers their OutOfMemoryError as a failed query and carries on.
      '-Dfile.encoding=UTF-8',
      '-cp',
      `${NEO4J_LIB_DIR}/*`,
      LAUNCHER_SOURCE,
      '--data-dir',
      settings.dataDir,
      '--host',
      settings.host,
      '--port',
      String(settings.port),
      '--pagecache',
      settings.pageCache,
      '--tx-timeout',
      settings.txTimeout,
      '--tx-memory',
      memory.total,
      '--tx-memory-max',
      memory.perTransaction,
    ],
    { stdio: ['ignore', logFd, logFd], detached: settings.detached },
  );
  closeSync(logFd);
  if (settings.detached) child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new Neo4jSetupError('could not start java.', 'check that `java -version` works.');
  const state: LauncherState = { pid, host: settings.host, port: settings.port, startedAt: new Date().toISOString() };
  writeFileSync(files.state, JSON.stringify(state));

  let exitCode: number | null | undefined;
  child.once('exit', (code) => (exitCode = code));
  const deadline = Date.now() + settings.startTimeoutMs;
  while (Date.now() < deadline) {
    if (readFileSync(files.log, 'utf8').slice(logStart).includes(READY)) return state;
    if (exitCode !== undefined) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (exitCode === undefined) child.kill('SIGTERM');
  throw new Neo4jSetupError(
    `Neo4j failed to start on ${settings.host}:${settings.port} (data ${settings.dataDir}). Log tail:\n${logTail(settings.dataDir)}`,
    'read the log above; a "store lock" error means another Neo4j uses this data directory, memory errors need a smaller PAPERGRAPH_NEO4J_HEAP.',
  );
}

/** Sends SIGTERM (a clean shutdown) and waits for the process to exit. */
export async function stopLauncher(pid: number, timeoutMs = 60_000): Promise<void> {
  if (!isProcessAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (isProcessAlive(pid)) process.kill(pid, 'SIGKILL');
}
