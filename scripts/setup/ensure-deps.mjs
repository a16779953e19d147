// Installs the npm dependencies when node_modules is missing or older than package-lock.json.
// Plain JavaScript with no dependencies: it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

function lockHash() {
  return createHash('sha256')
    .update(readFileSync(join(root, 'package-lock.json')))
    .digest('hex');
}

/** npm writes node_modules/.package-lock.json on every install; we stamp which lock file it came from. */
function installedFrom() {
  const stamp = join(root, 'node_modules', '.papergraph-lock-hash');
  return existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : null;
}

export function ensureNodeModules({ quiet = false } = {}) {
  const want = lockHash();
  const hiddenLock = join(root, 'node_modules', '.package-lock.json');
  const fresh =
    existsSync(hiddenLock) &&
    (installedFrom() === want ||
      (installedFrom() === null && statSync(hiddenLock).mtimeMs >= statSync(join(root, 'package-lock.json')).mtimeMs));
  if (fresh) return;
  if (!quiet) process.stderr.write('papergraph: installing npm dependencies (npm ci)…\n');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (result.status !== 0) {
    process.stderr.write('papergraph: `npm ci` failed; fix the error above and run the command again.\n');
    process.exit(result.status ?? 1);
  }
  writeFileSync(join(root, 'node_modules', '.papergraph-lock-hash'), want);
}
