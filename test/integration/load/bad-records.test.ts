/** Bad records are skipped with the readers' warnings and never block the good ones. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PaperExtraction } from '../../../ingest/types.ts';
import { syntheticPapers } from '../../../scripts/bench/synthetic/papers.ts';
import { clearDatabase, count, openTestDriver, queryRows, spawnIngest } from './graph-helpers.ts';

describe('bad records', () => {
  let driver: Driver;
  let database: string;
  let dir: string;
  let good: PaperExtraction[];

  beforeAll(async () => {
    ({ driver, database } = await openTestDriver());
    dir = mkdtempSync(join(tmpdir(), 'papergraph-bad-'));
    good = [...syntheticPapers({ count: 6, seed: 5, sizes: { methods: 50, concepts: 20, datasets: 20, tasks: 10, metrics: 5 } })];
    const line = (paper: PaperExtraction) => JSON.stringify({ id: paper.id, title: paper.title, abstract: paper.abstract });
    writeFileSync(
      join(dir, 'mixed.jsonl'),
      [
        line(good[0]),
        '{"title": "cut off',
        line(good[1]),
        JSON.stringify({ id: 'no-abstract', title: 'A title without abstract' }),
        line(good[2]),
        line(good[3]),
      ].join('\n') + '\n',
    );
    writeFileSync(join(dir, 'also-good.jsonl'), [line(good[4]), line(good[5])].join('\n') + '\n');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 7, 8]));
    writeFileSync(join(dir, 'empty.jsonl'), '');
  });

  afterAll(async () => {
    await driver?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const loadedKeys = async () =>
    (await queryRows<{ key: string }>(driver, database, 'MATCH (p:Paper) RETURN p.key AS key ORDER BY key')).map((r) => r.key);

  it('loads every good record and reports each bad one with file and line', async () => {
    await clearDatabase(driver, database);
    const run = await spawnIngest(['--batch-size', '2', '--workers', '0', dir]).done;
    expect(run.code, run.stderr).toBe(0);
    expect(await loadedKeys()).toEqual(good.map((p) => p.id).sort());
    expect(run.stderr).toMatch(/warning: .*mixed\.jsonl:2/);
    expect(run.stderr).toMatch(/warning: .*mixed\.jsonl:4/);
    expect(run.stderr).toMatch(/warning: .*binary\.txt/);
    const warnings = Number(/warnings:\s+(\d+)/.exec(run.stdout)?.[1]);
    expect(warnings).toBeGreaterThanOrEqual(3);
    expect(await count(driver, database, 'MATCH (p:Paper) WHERE NOT (p)-[:LISTED_IN]->() RETURN count(p) AS n')).toBe(0);
  });

  it('under --strict exits non-zero, still with the good records loaded', async () => {
    await clearDatabase(driver, database);
    const run = await spawnIngest(['--strict', '--workers', '0', dir]).done;
    expect(run.code).toBe(1);
    expect(await loadedKeys()).toEqual(good.map((p) => p.id).sort());
  });
});
