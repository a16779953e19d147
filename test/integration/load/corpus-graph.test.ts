/**
 * Issue 12's graph targets on the bundled corpus as ingest loads it (corpus pass included): no two entities of one
 * label share a name or alias (acronyms the corpus finds ambiguous aside), at most 2 names exist under two labels,
 * and searching an acronym an entity is known by finds that entity first among entities.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityLabel } from '../../../graph-schema/model.ts';
import { resolveCorpus } from '../../../ingest/extract/corpus/index.ts';
import type { PaperExtraction } from '../../../ingest/types.ts';
import { namesUnderTwoLabels, sharedAliases, type TableEntity } from '../../../scripts/bench/lib/entity-table.ts';
import { acronymSearchMisses } from '../../../scripts/bench/lib/acronym-search.ts';
import type { SearchResponse } from '../../../web/shared/api.ts';
import { ensureCorpusLoaded } from '../../helpers/corpus.ts';
import { fetchJson, startTestServer, type TestServer } from '../../helpers/server.ts';
import { clearDatabase, openTestDriver, queryRows } from './graph-helpers.ts';

describe('the bundled corpus graph', () => {
  let driver: Driver;
  let database: string;
  let server: TestServer;
  let table: Map<string, TableEntity>;
  let ambiguous: Set<string>;

  beforeAll(async () => {
    ({ driver, database } = await openTestDriver());
    await clearDatabase(driver, database);
    await ensureCorpusLoaded();
    const entities = await queryRows<{ label: EntityLabel; key: string; name: string; aliases: string[]; papers: number }>(
      driver,
      database,
      "MATCH (e:Entity) RETURN [l IN labels(e) WHERE l <> 'Entity'][0] AS label, e.key AS key, e.name AS name, e.aliases AS aliases, e.paperCount AS papers",
    );
    table = new Map(entities.map((e) => [`${e.label}:${e.key}`, { ...e, aliases: new Set(e.aliases) }]));
    const stored = await queryRows<{ extraction: string }>(driver, database, 'MATCH (p:Paper) RETURN p.extraction AS extraction');
    const { report } = resolveCorpus(
      stored.map((p) => ({ sources: [], ...(JSON.parse(p.extraction) as Omit<PaperExtraction, 'sources'>) })),
    );
    ambiguous = new Set(report.ambiguousAcronyms.map((a) => a.acronym));
    server = await startTestServer();
  }, 600_000);

  afterAll(async () => {
    await server?.close();
    await driver?.close();
  });

  it('has one entity per name and alias per label, and at most 2 names under two labels', () => {
    expect(table.size).toBeGreaterThan(1000);
    expect(sharedAliases(table, ambiguous)).toEqual([]);
    expect(namesUnderTwoLabels(table).length).toBeLessThanOrEqual(2);
  });

  it('finds the entity an acronym names first among entities', async () => {
    const search = async (q: string) =>
      (await fetchJson<SearchResponse>(`${server.url}/api/search?q=${encodeURIComponent(q)}&limit=20`)).body.hits.map((hit) => hit.id);
    const { checked, misses } = await acronymSearchMisses(table, ambiguous, search);
    expect(checked).toBeGreaterThan(50);
    expect(misses).toEqual([]);
  }, 300_000);
});
