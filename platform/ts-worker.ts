/**
 * A worker thread running a TypeScript module. The worker registers tsx's ESM hooks itself (tsx/esm/api) before
 * importing the module, so it starts the same from the CLI (`node --import tsx`) and from vitest. Used by the
 * extraction pool and by the API server's layout worker.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const LOADER_FLAGS = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader']);

function tsxRegisterUrl(): string {
  const resolved = createRequire(import.meta.url).resolve('tsx/esm/api');
  return pathToFileURL(resolved.replace(/\.cjs$/, '.mjs')).href;
}

/** The parent's node flags minus module loaders: the worker registers tsx once, itself. */
function workerExecArgv(): string[] {
  const kept: string[] = [];
  for (let i = 0; i < process.execArgv.length; i++) {
    const flag = process.execArgv[i];
    if (LOADER_FLAGS.has(flag)) i += 1;
    else if (![...LOADER_FLAGS].some((loader) => flag.startsWith(`${loader}=`))) kept.push(flag);
  }
  return kept;
}

/** The module must post `{ type: 'ready' }` once loaded; a failure to load is posted as `{ type: 'fatal', error }`. */
export function startTypeScriptWorker(moduleUrl: string): Worker {
  const bootstrap = [
    `const { parentPort } = require('node:worker_threads');`,
    `import(${JSON.stringify(tsxRegisterUrl())})`,
    `  .then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl)}); })`,
    `  .catch((error) => parentPort.postMessage({ type: 'fatal', error: String((error && error.stack) || error) }));`,
  ].join('\n');
  return new Worker(bootstrap, { eval: true, execArgv: workerExecArgv() });
}
