#!/usr/bin/env node
// `npm start`: installs what is missing, then runs scripts/start.ts (Neo4j, schema, corpus, server).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { ensureNodeModules } from './ensure-deps.mjs';

ensureNodeModules();
const require = createRequire(import.meta.url);
const child = spawn(process.execPath, ['--import', require.resolve('tsx'), 'scripts/start.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: new URL('../..', import.meta.url).pathname,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
