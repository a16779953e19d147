#!/usr/bin/env node
// `npm test`: installs what is missing (npm packages, Chromium for browser tests; the Neo4j jars are fetched by the
// test setup), then runs every test with Vitest against a throwaway Neo4j that the global setup starts and stops.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureNodeModules } from './ensure-deps.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

ensureNodeModules();
ensureChromium();
const args = process.argv.slice(2);
const result = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...args], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PAPERGRAPH_CHROMIUM: process.env.PAPERGRAPH_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : ''),
  },
});
process.exit(result.status ?? 1);
