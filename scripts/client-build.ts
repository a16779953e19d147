/** Builds the explorer client with Vite when dist/client is missing or older than its sources. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../platform/neo4j/paths.ts';

export const CLIENT_DIST = join(PROJECT_ROOT, 'dist', 'client');
const CLIENT_INPUTS = ['web/client', 'web/shared', 'graph-schema', 'vite.config.ts', 'package-lock.json'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function clientBuildIsFresh(): boolean {
  const index = join(CLIENT_DIST, 'index.html');
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  return CLIENT_INPUTS.every((input) => !existsSync(join(PROJECT_ROOT, input)) || newestMtime(join(PROJECT_ROOT, input)) <= built);
}

export function ensureClientBuilt(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): void {
  if (clientBuildIsFresh()) return;
  log('papergraph: building the explorer client (vite build)…');
  const result = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: PROJECT_ROOT,
      // Vitest runs with NODE_ENV=test, which would make Vite bundle React's development build (slow, StrictMode twice).
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', process.stderr, process.stderr],
    },
  );
  if (result.status !== 0) throw new Error('the client build failed (see the Vite output above).');
}
