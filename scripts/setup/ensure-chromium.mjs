// Browser tests drive Debian's Chromium through playwright-core; install it when missing (we run as root in CI).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.PAPERGRAPH_CHROMIUM || '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = isRoot ? [] : ['sudo', '-n'];
  process.stderr.write('papergraph: installing Chromium for the browser tests (apt-get install chromium)…\n');
  const run = (args) =>
    spawnSync(sudo.length ? sudo[0] : args[0], sudo.length ? [...sudo.slice(1), ...args] : args.slice(1), {
      stdio: ['ignore', process.stderr, process.stderr],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  run(['apt-get', 'update', '-q']);
  const install = run(['apt-get', 'install', '-y', '-q', '--no-install-recommends', 'chromium', 'fonts-liberation']);
  if (install.status !== 0 || !existsSync(CHROMIUM_PATH)) {
    process.stderr.write(
      'papergraph: could not install Chromium. Install it yourself (Debian: apt-get install chromium) or set ' +
        'PAPERGRAPH_CHROMIUM to a Chromium binary, then run npm test again.\n',
    );
    process.exit(1);
  }
}
