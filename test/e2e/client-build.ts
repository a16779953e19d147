/**
 * Builds the client for the e2e tests and the web benchmark when dist/client is missing or older than
 * its sources, so a test run never exercises a stale bundle.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILT_INDEX = join(PROJECT_ROOT, 'dist/client/index.html');
const SOURCES = ['web/client', 'web/shared', 'graph-schema', 'vite.config.ts', 'package-lock.json'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function clientBuildIsStale(): boolean {
  if (!existsSync(BUILT_INDEX)) return true;
  const built = statSync(BUILT_INDEX).mtimeMs;
  return SOURCES.some((source) => existsSync(join(PROJECT_ROOT, source)) && newestMtime(join(PROJECT_ROOT, source)) > built);
}

export function ensureClientBuilt(): void {
  if (!clientBuildIsStale()) return;
  execFileSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
}
