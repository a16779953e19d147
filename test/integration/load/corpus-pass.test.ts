/**
 * The corpus pass in ingest (ingest/load/corpus-pass.ts): the graph after several ingests equals one ingest of the
 * same papers, whatever their order, and a name typed as a dataset in one paper is a dataset in every paper, also
 * when that paper arrives in a later run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../ingest/pipeline/ingest-command.ts';
import { clearDatabase, graphFingerprint, openTestDriver, queryRows } from './graph-helpers.ts';

const EVALUATES = {
  id: '2401.00001',
  title: 'Sparse Routing for Vision Models',
  abstract:
    'We propose SparseRoute, a routing scheme for vision transformers. We evaluate SparseRoute on the Zorblax-7 dataset ' +
    'and on ImageNet, where it improves accuracy by 2.1%.',
};
/** Alone, this paper's "outperforms Zorblax-7" makes a method of the name (a bare pattern). */
const OUTPERFORMS = {
  id: '2401.00002',
  title: 'Faster Graph Learning',
  abstract:
    'Graph Neural Networks (GNNs) are slow on large graphs. Our approach outperforms Zorblax-7 baselines and GNNs by a wide ' +
    'margin while using half the memory.',
};

describe('the corpus pass in ingest', () => {
  let driver: Driver;
  let database: string;
  let dir: string;
  const listing = (name: string, paper: object): string => {
    const path = join(dir, name);
    writeFileSync(path, `${JSON.stringify(paper)}\n`);
    return path;
  };
  const ingest = (paths: string[]) => ingestPaths(driver, database, { paths, strict: false, batchSize: 500, force: false, quiet: true });
  const zorblax = () =>
    queryRows<{ label: string; papers: string[] }>(
      driver,
      database,
      `MATCH (e:Entity) WHERE e.name = 'Zorblax-7'
       RETURN [l IN labels(e) WHERE l <> 'Entity'][0] AS label, COLLECT { MATCH (p:Paper)-->(e) RETURN p.key ORDER BY p.key } AS papers`,
    );

  beforeAll(async () => {
    ({ driver, database } = await openTestDriver());
    dir = mkdtempSync(join(tmpdir(), 'papergraph-corpus-pass-'));
  });

  afterAll(async () => {
    await driver?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('types a name as a dataset in every paper once one paper says it is a dataset, in one run or across runs', async () => {
    const a = listing('a.jsonl', EVALUATES);
    const b = listing('b.jsonl', OUTPERFORMS);

    await clearDatabase(driver, database);
    await ingest([a, b]);
    const together = await graphFingerprint(driver, database);
    expect(await zorblax()).toEqual([{ label: 'Dataset', papers: [EVALUATES.id, OUTPERFORMS.id] }]);

    await clearDatabase(driver, database);
    await ingest([b]);
    expect(await zorblax()).toEqual([{ label: 'Method', papers: [OUTPERFORMS.id] }]);
    await ingest([a]);
    expect(await zorblax()).toEqual([{ label: 'Dataset', papers: [EVALUATES.id, OUTPERFORMS.id] }]);
    expect(await graphFingerprint(driver, database)).toBe(together);

    await clearDatabase(driver, database);
    await ingest([a]);
    await ingest([b]);
    expect(await graphFingerprint(driver, database)).toBe(together);
    // Nothing new: the pass does not run, the graph stays.
    const again = await ingest([a, b]);
    expect(again.load.corpus).toBeNull();
    expect(await graphFingerprint(driver, database)).toBe(together);
  }, 120_000);
});
