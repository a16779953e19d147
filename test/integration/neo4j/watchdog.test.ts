/**
 * A managed Neo4j that comes back: `npm run serve` (as `npm start`) watches the Neo4j it started; after a kill -9
 * of it, /api/health answers 503 and then ok again on its own, with each restart logged, and the server process is
 * the same throughout. A clean shutdown by someone else is left alone. Runs its own small Neo4j so that the test run's shared one is never killed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, isProcessAlive, readState } from '../../../platform/neo4j/launcher-process.ts';
import { PROJECT_ROOT } from '../../../platform/neo4j/paths.ts';

const TSX = createRequire(import.meta.url).resolve('tsx');
const dataDir = mkdtempSync(join(tmpdir(), 'papergraph-watchdog-'));
let server: ChildProcess | null = null;
let output = '';

afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((resolve) => server?.once('exit', resolve));
  }
  const state = readState(dataDir);
  if (state && isProcessAlive(state.pid)) process.kill(state.pid, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

async function healthStatus(url: string): Promise<number> {
  try {
    return (await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(10_000) })).status;
  } catch {
    return 0;
  }
}

async function waitUntil(condition: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<number> {
  const began = Date.now();
  while (!(await condition())) {
    if (Date.now() - began > timeoutMs) throw new Error(`timed out waiting for ${what}; server output:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return Date.now() - began;
}

describe('the managed Neo4j under a running server', () => {
  it('is restarted after kill -9; /api/health goes 503 and then ok without restarting the server', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      PAPERGRAPH_NEO4J_DATA: dataDir,
      PAPERGRAPH_NEO4J_PORT: String(await freePort()),
      PAPERGRAPH_NEO4J_HEAP: '512m',
      PAPERGRAPH_NEO4J_PAGECACHE: '128m',
    };
    // The managed Neo4j, not the test run's: no NEO4J_URI.
    for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) delete env[name];
    const child = spawn(process.execPath, ['--import', TSX, 'web/server/main.ts'], {
      cwd: PROJECT_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server = child;
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));

    await waitUntil(() => /papergraph explorer: (http:\S+)/.test(output) || child.exitCode !== null, 240_000, 'the server to start');
    const url = /papergraph explorer: (http:\/\/[^/\s]+)/.exec(output)?.[1];
    expect(url, output).toBeDefined();
    expect(await healthStatus(url!)).toBe(200);
    const first = readState(dataDir);
    expect(first && isProcessAlive(first.pid)).toBe(true);

    process.kill(first!.pid, 'SIGKILL');
    const downAfter = await waitUntil(async () => (await healthStatus(url!)) === 503, 60_000, '/api/health to answer 503');
    const backAfter = await waitUntil(async () => (await healthStatus(url!)) === 200, 240_000, '/api/health to be ok again');
    process.stdout.write(`watchdog: 503 after ${downAfter} ms, ok again ${backAfter} ms later\n`);

    // Bolt can answer a moment before the launcher's readiness line is read: wait for the log line itself.
    await waitUntil(() => /Neo4j is back on/.test(output), 60_000, 'the supervisor to log the restart');
    expect(child.exitCode).toBeNull();
    const second = readState(dataDir);
    expect(second?.pid).not.toBe(first!.pid);
    expect(isProcessAlive(second!.pid)).toBe(true);
    expect(output).toMatch(new RegExp(`the managed Neo4j \\(pid ${first!.pid}\\) has stopped unexpectedly`));
    expect(output).toMatch(/restarting Neo4j in 1 s \(restart 1;/);
    expect(output).toMatch(new RegExp(`Neo4j is back on bolt://127\\.0\\.0\\.1:\\d+ \\(pid ${second!.pid}`));

    // A clean shutdown by someone else (`npm run neo4j -- stop` sends SIGTERM) is respected, not fought.
    process.kill(second!.pid, 'SIGTERM');
    await waitUntil(
      () => /shut down cleanly by someone else; not restarting it/.test(output),
      120_000,
      'the supervisor to notice the clean stop',
    );
    expect(await healthStatus(url!)).toBe(503);
    expect(readState(dataDir)?.pid).toBe(second!.pid);
    expect(child.exitCode).toBeNull();

    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }, 600_000);
});
