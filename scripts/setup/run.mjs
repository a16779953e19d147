#!/usr/bin/env node
// Runs a TypeScript entry point with tsx after making sure dependencies are installed.
// Usage: node scripts/setup/run.mjs path/to/entry.ts [args...]. Writes nothing to stdout itself.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { ensureNodeModules } from './ensure-deps.mjs';

ensureNodeModules();
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/setup/run.mjs ENTRY.ts [ARGS...]\n');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const tsxLoader = require.resolve('tsx');
const child = spawn(process.execPath, ['--import', tsxLoader, entry, ...args], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
