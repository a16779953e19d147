/** `npm start`'s corpus check: load when empty, changed or from another extractor; skip otherwise. */
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestCorpusIfNeeded } from '../../../ingest/pipeline/corpus.ts';
import { ensureCorpusLoaded } from '../../helpers/corpus.ts';
import { clearDatabase, count, openTestDriver, PROJECT_ROOT } from './graph-helpers.ts';

describe('ingestCorpusIfNeeded', () => {
  let driver: Driver;
  let database: string;
  let dataDir: string;

  beforeAll(async () => {
    ({ driver, database } = await openTestDriver());
    await clearDatabase(driver, database);
    dataDir = mkdtempSync(join(tmpdir(), 'papergraph-corpus-'));
    const source = join(PROJECT_ROOT, 'data', 'daily-papers');
    mkdirSync(join(dataDir, 'daily-papers'));
    for (const file of readdirSync(source).sort().slice(0, 2)) copyFileSync(join(source, file), join(dataDir, 'daily-papers', file));
  });

  afterAll(async () => {
    delete process.env.PAPERGRAPH_EXTRACTOR_VERSION;
    await driver?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loads an empty graph, then skips while nothing changed', async () => {
    const first = await ingestCorpusIfNeeded(driver, database, dataDir);
    expect(first.needed).toBe(true);
    expect(first.reason).toMatch(/no papers/);
    const papers = await count(driver, database, 'MATCH (p:Paper) RETURN count(p) AS n');
    expect(papers).toBeGreaterThan(50);
    const second = await ingestCorpusIfNeeded(driver, database, dataDir);
    expect(second).toMatchObject({ needed: false, result: null });
  });

  it('reloads when a corpus file changed, adding only what is new', async () => {
    const [file] = readdirSync(join(dataDir, 'daily-papers')).sort();
    appendFileSync(
      join(dataDir, 'daily-papers', file),
      '\n\nA Brand New Paper About Sparse Mixture of Experts Routing\n\nWe propose SparseRoute, a router for mixture of experts that reduces communication by 2.1x on 64 GPUs.\n',
    );
    const outcome = await ingestCorpusIfNeeded(driver, database, dataDir);
    expect(outcome.needed).toBe(true);
    expect(outcome.reason).toMatch(/changed/);
    expect(outcome.result?.load.papersNew).toBe(1);
    expect(outcome.result?.load.papersUpdated).toBe(0);
    expect((await ingestCorpusIfNeeded(driver, database, dataDir)).needed).toBe(false);
  });

  it('reloads when the extractor version changed', async () => {
    process.env.PAPERGRAPH_EXTRACTOR_VERSION = 'corpus-test-next';
    try {
      const outcome = await ingestCorpusIfNeeded(driver, database, dataDir);
      expect(outcome.reason).toMatch(/was extracted by .*not corpus-test-next/);
      expect(outcome.result?.load.papersNew).toBe(0);
      expect(outcome.result?.load.papersUpdated).toBeGreaterThan(50);
    } finally {
      delete process.env.PAPERGRAPH_EXTRACTOR_VERSION;
    }
  });

  it('re-derives, without reloading papers, a graph derived before entities kept partner lists', async () => {
    await ingestCorpusIfNeeded(driver, database, dataDir);
    const partnersBefore = await count(driver, database, 'MATCH (e:Entity) RETURN sum(size(e.coPartners)) AS n');
    await driver.executeQuery('MATCH (e:Entity) REMOVE e.coPartners, e.coPartnerWeights', {}, { database });
    const outcome = await ingestCorpusIfNeeded(driver, database, dataDir);
    expect(outcome.reason).toMatch(/partner lists/);
    expect(outcome.result?.load).toMatchObject({ papersNew: 0, papersUpdated: 0 });
    expect(outcome.result?.load.derive).not.toBeNull();
    expect(await count(driver, database, 'MATCH (e:Entity) WHERE e.coPartners IS NULL RETURN count(e) AS n')).toBe(0);
    expect(await count(driver, database, 'MATCH (e:Entity) RETURN sum(size(e.coPartners)) AS n')).toBe(partnersBefore);
    expect((await ingestCorpusIfNeeded(driver, database, dataDir)).needed).toBe(false);
  });

  it('ensureCorpusLoaded leaves the bundled corpus in the test database', async () => {
    await ensureCorpusLoaded();
    expect(await count(driver, database, 'MATCH (l:Listing) WHERE l.contentHash IS NOT NULL RETURN count(l) AS n')).toBeGreaterThanOrEqual(
      5,
    );
    expect((await ingestCorpusIfNeeded(driver, database, join(PROJECT_ROOT, 'data'))).needed).toBe(false);
  });
});
