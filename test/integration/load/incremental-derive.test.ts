/**
 * Incremental derive: a second ingest (new papers, a changed paper, an entity left without papers) updates the
 * derived structure of only the entities it touched, and the graph equals a full rebuild of the same papers —
 * node and relationship counts and every property (paper counts, dates, search text, co-occurrence weights and
 * partner lists, monthly paper counts). The monthly counts are also checked against a count made here, in
 * TypeScript, from each paper's own date or earliest dated listing.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeriveMode } from '../../../ingest/load/derive.ts';
import { loadPapers, type LoadSummary } from '../../../ingest/pipeline/load-run.ts';
import { createProgress } from '../../../ingest/pipeline/progress.ts';
import type { LoadablePaper } from '../../../ingest/load/rows.ts';
import type { PaperExtraction } from '../../../ingest/types.ts';
import { syntheticPapers } from '../../../scripts/bench/synthetic/papers.ts';
import { clearDatabase, count, graphCounts, graphFingerprint, openTestDriver } from './graph-helpers.ts';
import { monthlyCountsFromPapers, storedMonthlyCounts } from './monthly-counts.ts';

// A small vocabulary: entities share many papers, so hubs have far more than 50 partners and the lists are capped.
const sizes = { methods: 120, concepts: 40, datasets: 60, tasks: 20, metrics: 10 };
const ORPHAN = 'Zyxwvut Singleton Network';

async function* streamOf(papers: LoadablePaper[]): AsyncGenerator<LoadablePaper> {
  yield* papers;
}

/** Paper 0 first proposes a method nobody else mentions; its new version drops it and half its other methods. */
function firstVersion(paper: PaperExtraction): PaperExtraction {
  return { ...paper, methods: [...paper.methods, { name: ORPHAN, aliases: [], role: 'proposed', evidence: [] }] };
}

/** Dated only by a listing of a month no other paper has: the listing rule, and a Month made by an incremental run. */
function datedByListing(paper: PaperExtraction): PaperExtraction {
  return { ...paper, date: null, sources: [{ ...paper.sources[0], key: 'late-listing', path: 'late-listing.jsonl', date: '2023-09-14' }] };
}

/** A listing day without a year, as the bundled corpus has: the paper is undated and counted apart. */
function undated(paper: PaperExtraction): PaperExtraction {
  return {
    ...paper,
    date: '05-17',
    sources: [{ ...paper.sources[0], key: 'yearless-listing', path: 'yearless-listing.jsonl', date: '05-17' }],
  };
}

function secondVersion(paper: PaperExtraction): PaperExtraction {
  return {
    ...paper,
    abstract: `${paper.abstract} A revised version.`,
    methods: paper.methods.slice(0, Math.ceil(paper.methods.length / 2)),
  };
}

describe('incremental derive', () => {
  let driver: Driver;
  let database: string;
  let dayOne: LoadablePaper[];
  let dayTwo: LoadablePaper[];

  const load = (papers: LoadablePaper[], deriveMode: DeriveMode): Promise<LoadSummary> =>
    loadPapers(driver, database, streamOf(papers), {
      batchSize: 100,
      force: false,
      extractorVersion: 'test',
      progress: createProgress(process.stderr, true),
      log: () => {},
      deriveMode,
    });

  beforeAll(async () => {
    ({ driver, database } = await openTestDriver());
    // 50 papers a listing, 5 days apart: the papers span three months, so windows and months have something to cut.
    const papers = [...syntheticPapers({ count: 700, seed: 23, sizes, papersPerListing: 50 })];
    dayOne = [firstVersion(papers[0]), ...papers.slice(1, 600)];
    dayTwo = [secondVersion(papers[0]), datedByListing(papers[600]), undated(papers[601]), ...papers.slice(602)];
  });

  afterAll(async () => {
    await driver?.close();
  });

  it('a day of new and changed papers, derived incrementally, gives the graph of a full rebuild', async () => {
    await clearDatabase(driver, database);
    const first = await load(dayOne, 'auto');
    expect(first.derive?.scope).toBe('all');
    expect(await count(driver, database, 'MATCH (e:Method {name: $name}) RETURN count(e) AS n', { name: ORPHAN })).toBe(1);

    const second = await load(dayTwo, 'incremental');
    console.log(
      `day one: load ${first.loadMs} ms, derive ${JSON.stringify(first.derive)}; day two: load ${second.loadMs} ms, derive ${JSON.stringify(second.derive)}`,
    );
    expect(second).toMatchObject({ papersNew: 100, papersUpdated: 1 });
    expect(second.derive?.scope).toBe('pending');
    const allEntities = await count(driver, database, 'MATCH (e:Entity) RETURN count(e) AS n');
    expect(second.derive?.entities).toBeGreaterThan(0);
    expect(second.derive?.entities).toBeLessThanOrEqual(allEntities + 1);
    expect(await count(driver, database, 'MATCH (e:Method {name: $name}) RETURN count(e) AS n', { name: ORPHAN })).toBe(0);
    expect(await count(driver, database, 'MATCH (e:Entity) WHERE e.derivePending IS NOT NULL RETURN count(e) AS n')).toBe(0);
    // Hubs are capped: some entity has more partners than it keeps, so the either-end rule is exercised.
    expect(await count(driver, database, 'MATCH (e:Entity) WHERE COUNT { (e)-[:CO_OCCURS]-() } > 50 RETURN count(e) AS n')).toBeGreaterThan(
      0,
    );
    const monthly = await storedMonthlyCounts(driver, database);
    expect(monthly).toEqual(await monthlyCountsFromPapers(driver, database));
    expect(new Set(Object.values(monthly).flatMap((entity) => Object.keys(entity.months)))).toEqual(
      new Set(['2023-01', '2023-02', '2023-03', '2023-09']),
    );
    expect(Object.values(monthly).some((entity) => entity.undated > 0)).toBe(true);
    const incremental = { counts: await graphCounts(driver, database), fingerprint: await graphFingerprint(driver, database) };

    await clearDatabase(driver, database);
    const rebuilt = await load([dayTwo[0], ...dayOne.slice(1), ...dayTwo.slice(1)], 'full');
    expect(rebuilt.derive?.scope).toBe('all');
    const full = { counts: await graphCounts(driver, database), fingerprint: await graphFingerprint(driver, database) };

    expect(incremental.counts).toEqual(full.counts);
    expect(incremental.fingerprint).toBe(full.fingerprint);
  }, 600_000);

  it('an ingest that adds nothing new derives nothing', async () => {
    const again = await load(dayTwo.slice(1), 'auto');
    expect(again).toMatchObject({ papersNew: 0, papersUpdated: 0, papersUnchanged: 100 });
    // Synthetic listings are no files, so their hashes stay unrecorded and the run derives: over no entity.
    expect(again.derive?.entities ?? 0).toBe(0);
  }, 120_000);
});
