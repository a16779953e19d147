import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../platform/neo4j/paths.ts';

describe('Prettier (npm run format:check)', () => {
  it('finds every tracked file formatted', () => {
    // `--list-different` prints the files Prettier would change; .prettierignore keeps data and fixtures out.
    const run = spawnSync(process.execPath, ['node_modules/prettier/bin/prettier.cjs', '--list-different', '.'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    const unformatted = run.stdout.split('\n').filter((line) => line.trim() !== '');
    expect(run.stderr.trim()).toBe('');
    expect(unformatted, 'run `npm run format` to fix').toEqual([]);
  }, 300_000);
});
