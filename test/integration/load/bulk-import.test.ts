/**
 * The offline bulk path (CSV from the writer's graph rows -> neo4j-admin database import -> restored arrays ->
 * full derive) and the transactional writer give the same graph: counts per label and type, every property.
 * The bulk side runs its own managed Neo4j on a scratch data directory (the importer needs it stopped).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../../platform/neo4j/apply-schema.ts';
import { openDriver } from '../../../platform/neo4j/driver.ts';
import { completeBulkLoad, importPapers } from '../../../ingest/bulk/bulk-load.ts';
import { loadPapers } from '../../../ingest/pipeline/load-run.ts';
import { createProgress } from '../../../ingest/pipeline/progress.ts';
import type { LoadablePaper } from '../../../ingest/load/rows.ts';
import { freePort } from '../../../platform/neo4j/launcher-process.ts';
import { resolveNeo4j, type Neo4jConnection } from '../../../platform/neo4j/manager.ts';
import { syntheticPapers } from '../../../scripts/bench/synthetic/papers.ts';
import { clearDatabase, graphCounts, graphLines, openTestDriver } from './graph-helpers.ts';

const sizes = { methods: 150, concepts: 50, datasets: 60, tasks: 20, metrics: 10 };

/**
 * Synthetic papers, a third of them with the arXiv fields (names, ids, categories) and a title over two lines (as
 * the snapshot has them: only the files with line breaks are imported as multi-line), the rest with empty lists.
 */
function corpus(): LoadablePaper[] {
  return [...syntheticPapers({ count: 200, seed: 31, sizes })].map((paper, index) =>
    index % 3 === 0
      ? {
          ...paper,
          title: `${paper.title}:\n  a title over two lines`,
          url: `https://arxiv.org/abs/2401.${String(index).padStart(5, '0')}`,
          categories: ['cs.LG', 'cs.CL'],
          metadata: {
            authorNames: ['Ann Lee', 'Bo "Bob" Chen'],
            arxivId: `2401.${String(index).padStart(5, '0')}`,
            updated: '2024-02-01',
            doi: null,
            journalRef: 'J, 2024',
          },
        }
      : paper,
  );
}

async function* streamOf(papers: LoadablePaper[]): AsyncGenerator<LoadablePaper> {
  yield* papers;
}

describe('bulk import', () => {
  let driver: Driver;
  let database: string;
  let dataDir: string;
  let bulkNeo4j: Neo4jConnection | null = null;
  let papers: LoadablePaper[];

  beforeAll(async () => {
    ({ driver, database } = await openTestDriver());
    dataDir = mkdtempSync(join(tmpdir(), 'papergraph-bulk-'));
    papers = corpus();
  });

  afterAll(async () => {
    await driver?.close();
    await bulkNeo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('gives the graph the transactional writer gives', async () => {
    await clearDatabase(driver, database);
    await loadPapers(driver, database, streamOf(papers), {
      batchSize: 100,
      force: false,
      extractorVersion: 'test',
      progress: createProgress(process.stderr, true),
      log: () => {},
      deriveMode: 'full',
    });
    const transactional = { counts: await graphCounts(driver, database), lines: await graphLines(driver, database) };

    const imported = await importPapers(streamOf(papers), { dataDir, extractorVersion: 'test', heap: '512m' });
    expect(imported.papers).toBe(200);
    expect(imported.import.relationships).toBeGreaterThan(2000);
    bulkNeo4j = await resolveNeo4j({ dataDir, port: await freePort(), ignoreEnv: true, heap: '512m', pageCache: '128m', log: () => {} });
    const bulkDriver = openDriver(bulkNeo4j);
    try {
      await applySchema(bulkDriver, bulkNeo4j.database);
      const completed = await completeBulkLoad(bulkDriver, bulkNeo4j.database, imported, 'test');
      expect(completed.derive.scope).toBe('all');
      const bulk = { counts: await graphCounts(bulkDriver, bulkNeo4j.database), lines: await graphLines(bulkDriver, bulkNeo4j.database) };
      expect(bulk.counts).toEqual(transactional.counts);
      const onlyTransactional = new Set(transactional.lines);
      for (const line of bulk.lines) onlyTransactional.delete(line);
      const onlyBulk = new Set(bulk.lines);
      for (const line of transactional.lines) onlyBulk.delete(line);
      expect({ onlyBulk: [...onlyBulk].slice(0, 5), onlyTransactional: [...onlyTransactional].slice(0, 5) }).toEqual({
        onlyBulk: [],
        onlyTransactional: [],
      });
    } finally {
      await bulkDriver.close();
    }
  }, 900_000);
});
