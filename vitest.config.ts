import { defineConfig } from 'vitest/config';

// One Neo4j for the whole run (test/setup/neo4j.global.ts); files run one at a time because
// integration and e2e tests share that database and the 2-core machine.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    globalSetup: ['test/setup/neo4j.global.ts'],
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default'],
  },
});
