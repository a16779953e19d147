/**
 * Incremental ingest: a new listing adds only what is new; a changed paper is re-extracted with its old
 * relationships replaced; a new extractor version (PAPERGRAPH_EXTRACTOR_VERSION) re-extracts everything.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../ingest/pipeline/ingest-command.ts';
import { MENTION_TYPE_PATTERN } from '../../../ingest/load/cypher.ts';
import { buildPaperRows, MENTION_TYPES, paperContentHash } from '../../../ingest/load/rows.ts';
import { extractPaper } from '../../../ingest/pipeline/extractor.ts';
import type { PaperExtraction } from '../../../ingest/types.ts';
import { syntheticPapers } from '../../../scripts/bench/synthetic/papers.ts';
import { clearDatabase, count, graphCounts, openTestDriver, queryRows, writeJsonlListing } from './graph-helpers.ts';

const sizes = { methods: 300, concepts: 80, datasets: 120, tasks: 40, metrics: 20 };

describe('incremental ingest', () => {
  let driver: Driver;
  let database: string;
  let dir: string;
  let papers: PaperExtraction[];
  let listingA: string;
  let listingB: string;

  const ingest = (paths: string[]) =>
    ingestPaths(driver, database, { paths, strict: false, batchSize: 20, force: false, workers: 0, quiet: true, log: () => {} });
  const mentionsOf = async (key: string) =>
    (
      await queryRows<{ m: string }>(
        driver,
        database,
        `MATCH (:Paper {key: $key})-[r:${MENTION_TYPE_PATTERN}]->(e) RETURN type(r) + '>' + e.key AS m ORDER BY m`,
        { key },
      )
    ).map((row) => row.m);
  const ingestedAt = async () =>
    new Map(
      (await queryRows<{ key: string; at: string }>(driver, database, 'MATCH (p:Paper) RETURN p.key AS key, p.ingestedAt AS at')).map(
        (r) => [r.key, r.at],
      ),
    );

  beforeAll(async () => {
    ({ driver, database } = await openTestDriver());
    await clearDatabase(driver, database);
    dir = mkdtempSync(join(tmpdir(), 'papergraph-incremental-'));
    papers = [...syntheticPapers({ count: 100, seed: 11, sizes })];
    listingA = join(dir, 'listing-a.jsonl');
    listingB = join(dir, 'listing-b.jsonl');
    writeJsonlListing(listingA, papers.slice(0, 60));
    writeJsonlListing(listingB, papers.slice(40, 100));
  });

  afterAll(async () => {
    delete process.env.PAPERGRAPH_EXTRACTOR_VERSION;
    await driver?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a new listing adds only what is new and links known papers to it', async () => {
    const first = await ingest([listingA]);
    expect(first.load).toMatchObject({ papersNew: 60, papersUpdated: 0, papersUnchanged: 0 });
    const before = await ingestedAt();

    const second = await ingest([listingA, listingB]);
    expect(second.load).toMatchObject({ papersNew: 40, papersUpdated: 0, papersUnchanged: 60 });
    expect(await count(driver, database, 'MATCH (p:Paper) RETURN count(p) AS n')).toBe(100);
    expect(await count(driver, database, 'MATCH (p:Paper) WHERE COUNT { (p)-[:LISTED_IN]->() } = 2 RETURN count(p) AS n')).toBe(20);
    const after = await ingestedAt();
    for (const [key, at] of before) expect(after.get(key), key).toBe(at);
  });

  it('re-extracts a paper whose text changed and replaces its old relationships', async () => {
    const changedKey = papers[5].id;
    const oldMentions = await mentionsOf(changedKey);
    const [replacement] = [...syntheticPapers({ count: 1, seed: 99, sizes })];
    writeJsonlListing(listingA, papers.slice(0, 60), (paper) =>
      paper.id === changedKey ? { ...paper, abstract: replacement.abstract } : paper,
    );
    const countsBefore = await graphCounts(driver, database);

    const result = await ingest([listingA, listingB]);
    expect(result.load).toMatchObject({ papersNew: 0, papersUpdated: 1, papersUnchanged: 99 });
    expect(result.load.tally.relationshipsDeleted).toBeGreaterThan(0);

    const record = { ...papers[5], abstract: replacement.abstract, url: null, categories: [] };
    const expected = buildPaperRows(extractPaper(record), 'any');
    const expectedMentions = MENTION_TYPES.flatMap((type) => expected.mentions[type].map((m) => `${type}>${m.entityKey}`)).sort();
    const newMentions = await mentionsOf(changedKey);
    expect(newMentions).toEqual(expectedMentions);
    expect(newMentions).not.toEqual(oldMentions);
    expect(await count(driver, database, 'MATCH (:Paper {key: $key})-[:CLAIMS]->(c) RETURN count(c) AS n', { key: changedKey })).toBe(
      expected.claims.length,
    );
    expect(
      await count(driver, database, 'MATCH (p:Paper {key: $key}) WHERE p.contentHash = $hash RETURN count(p) AS n', {
        key: changedKey,
        hash: paperContentHash(record.title, record.abstract),
      }),
    ).toBe(1);
    // Claims of the old text are gone, not left dangling.
    expect(await count(driver, database, 'MATCH (c:Claim) WHERE NOT (:Paper)-[:CLAIMS]->(c) RETURN count(c) AS n')).toBe(0);
    expect((await graphCounts(driver, database)).nodes.Paper).toBe(countsBefore.nodes.Paper);
  });

  it('re-extracts every paper when the extractor version changes, as a first load of the same papers would', async () => {
    process.env.PAPERGRAPH_EXTRACTOR_VERSION = 'incremental-test-next';
    try {
      const result = await ingest([listingA, listingB]);
      expect(result.load).toMatchObject({ papersNew: 0, papersUpdated: 100, papersUnchanged: 0 });
      expect(await count(driver, database, "MATCH (p:Paper) WHERE p.extractorVersion = 'incremental-test-next' RETURN count(p) AS n")).toBe(
        100,
      );
      // The graph is the one a first load of both listings together gives.
      const reExtracted = await graphCounts(driver, database);
      await clearDatabase(driver, database);
      await ingest([listingA, listingB]);
      expect(reExtracted).toEqual(await graphCounts(driver, database));
    } finally {
      delete process.env.PAPERGRAPH_EXTRACTOR_VERSION;
    }
  });
});
