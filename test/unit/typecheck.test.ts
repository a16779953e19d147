import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The whole tree is TypeScript strict; type errors fail the suite like any other defect. Each side has its own
// config: the Node side (tsconfig.json) and the browser side (tsconfig.client.json: DOM types, no Node types).
describe('TypeScript', () => {
  it.each(['tsconfig.json', 'tsconfig.client.json'])(
    'type-checks %s in strict mode',
    (config) => {
      const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', config], {
        encoding: 'utf8',
      });
      expect(result.stdout + result.stderr).toBe('');
      expect(result.status).toBe(0);
    },
    300_000,
  );
});
