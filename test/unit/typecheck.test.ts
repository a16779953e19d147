import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The whole tree is TypeScript strict; type errors fail the suite like any other defect.
describe('TypeScript', () => {
  it('type-checks the whole project in strict mode', () => {
    const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json'], {
      encoding: 'utf8',
    });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 300_000);
});
