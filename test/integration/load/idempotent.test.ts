/** Ingesting the same files twice (or forced) gives the same graph: counts, content, no duplicates. */
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MENTION_TYPE_PATTERN } from '../../../ingest/load/cypher.ts';
import { ingestPaths } from '../../../ingest/pipeline/ingest-command.ts';
import { CO_OCCURRENCE_PARTNERS, derivedStructureIsStale } from '../../../ingest/load/derive.ts';
import {
  clearDatabase,
  count,
  duplicateRelationships,
  entitiesWithDuplicateAliases,
  graphCounts,
  graphFingerprint,
  openTestDriver,
  PROJECT_ROOT,
  type GraphCounts,
} from './graph-helpers.ts';

const CORPUS = join(PROJECT_ROOT, 'data');
const ingest = (driver: Driver, database: string, force = false) =>
  ingestPaths(driver, database, { paths: [CORPUS], strict: false, batchSize: 100, force, quiet: true, log: () => {} });

describe('ingest of the bundled corpus', () => {
  let driver: Driver;
  let database: string;
  let first: { counts: GraphCounts; fingerprint: string; papers: number };

  beforeAll(async () => {
    ({ driver, database } = await openTestDriver());
    await clearDatabase(driver, database);
    const result = await ingest(driver, database);
    first = {
      counts: await graphCounts(driver, database),
      fingerprint: await graphFingerprint(driver, database),
      papers: result.load.papersNew,
    };
  });

  afterAll(async () => {
    await driver?.close();
  });

  it('loads every paper with its provenance', async () => {
    expect(first.papers).toBeGreaterThan(300);
    expect(first.counts.nodes.Paper).toBe(first.papers);
    expect(first.counts.nodes.Listing).toBe(5);
    for (const type of ['PROPOSES', 'USES', 'EVALUATES_ON', 'DISCUSSES', 'RUNS_ON', 'CLAIMS', 'ABOUT', 'LISTED_IN', 'CO_OCCURS']) {
      expect(first.counts.relationships[type], type).toBeGreaterThan(0);
    }
    // Every paper is listed, every mention carries evidence whose arrays line up and whose surfaces are exact.
    expect(await count(driver, database, 'MATCH (p:Paper) WHERE NOT (p)-[:LISTED_IN]->(:Listing) RETURN count(p) AS n')).toBe(0);
    expect(
      await count(
        driver,
        database,
        `MATCH (p:Paper)-[r:${MENTION_TYPE_PATTERN}]->()
         WITH p, r, size(r.evidenceStarts) AS n
         WHERE n = 0 OR size(r.evidenceEnds) <> n OR size(r.evidenceFields) <> n OR size(r.surfaces) <> n
            OR any(i IN range(0, n - 1) WHERE substring(CASE r.evidenceFields[i] WHEN 'title' THEN p.title ELSE p.abstract END,
                                                         r.evidenceStarts[i], r.evidenceEnds[i] - r.evidenceStarts[i]) <> r.surfaces[i])
         RETURN count(r) AS n`,
      ),
    ).toBe(0);
    expect(
      await count(
        driver,
        database,
        'MATCH (p:Paper)-[:CLAIMS]->(c:Claim) WHERE substring(p.abstract, c.start, c.end - c.start) <> c.text OR c.paperKey <> p.key RETURN count(c) AS n',
      ),
    ).toBe(0);
    expect(
      await count(driver, database, 'MATCH (p:Paper) WHERE p.extractorVersion IS NULL OR size(p.contentHash) <> 64 RETURN count(p) AS n'),
    ).toBe(0);
    expect(await count(driver, database, 'MATCH (l:Listing) WHERE l.contentHash IS NULL RETURN count(l) AS n')).toBe(0);
  });

  it('derives paper counts, dates, search text and capped co-occurrence weights', async () => {
    expect(
      await count(
        driver,
        database,
        `MATCH (e:Entity) WHERE e.paperCount <> COUNT { (e)<-[:${MENTION_TYPE_PATTERN}]-(:Paper) } RETURN count(e) AS n`,
      ),
    ).toBe(0);
    expect(
      await count(
        driver,
        database,
        'MATCH (e:Entity) WHERE NOT e.searchText STARTS WITH e.name OR any(a IN e.aliases WHERE NOT e.searchText CONTAINS a) RETURN count(e) AS n',
      ),
    ).toBe(0);
    expect(
      await count(
        driver,
        database,
        'MATCH (e:Entity) WHERE e.paperCount > 0 AND e.firstDate IS NULL AND EXISTS { (e)<--(p:Paper) WHERE p.date IS NOT NULL } RETURN count(e) AS n',
      ),
    ).toBe(0);
    expect(
      await count(
        driver,
        database,
        `MATCH (a)-[r:CO_OCCURS]->(b) WHERE r.weight <> COUNT { (a)<-[:${MENTION_TYPE_PATTERN}]-(:Paper)-[:${MENTION_TYPE_PATTERN}]->(b) } RETURN count(r) AS n`,
      ),
    ).toBe(0);
    // Stored once per pair, and every entity's strongest partner is among its links.
    expect(await count(driver, database, 'MATCH (a)-[:CO_OCCURS]->(b) WHERE (b)-[:CO_OCCURS]->(a) RETURN count(*) AS n')).toBe(0);
    expect(
      await count(
        driver,
        database,
        `MATCH (e:Entity)
         WITH e, COLLECT { MATCH (e)<-[:${MENTION_TYPE_PATTERN}]-(:Paper)-[:${MENTION_TYPE_PATTERN}]->(f:Entity) WHERE f <> e RETURN DISTINCT f } AS partners
         WHERE size(partners) > 0 AND COUNT { (e)-[:CO_OCCURS]-() } < CASE WHEN size(partners) < $cap THEN size(partners) ELSE $cap END
         RETURN count(e) AS n`,
        { cap: CO_OCCURRENCE_PARTNERS },
      ),
    ).toBe(0);
  });

  it("keeps each entity's partner list, strongest first, and a pair is stored exactly when either list holds it", async () => {
    const ENTITY_ID = (v: string) => `[l IN labels(${v}) WHERE l <> 'Entity'][0] + ':' + ${v}.key`;
    expect(await derivedStructureIsStale(driver, database)).toBe(false);
    expect(
      await count(
        driver,
        database,
        `MATCH (e:Entity) WHERE size(e.coPartners) <> size(e.coPartnerWeights) OR size(e.coPartners) > $cap
           OR any(i IN range(1, size(e.coPartnerWeights) - 1) WHERE e.coPartnerWeights[i] > e.coPartnerWeights[i - 1])
         RETURN count(e) AS n`,
        { cap: CO_OCCURRENCE_PARTNERS },
      ),
    ).toBe(0);
    // Every listed partner is linked with the listed weight ...
    expect(
      await count(
        driver,
        database,
        `MATCH (e:Entity) UNWIND range(0, size(e.coPartners) - 1) AS i
         WITH e, e.coPartners[i] AS partner, e.coPartnerWeights[i] AS weight
         WHERE NOT EXISTS { MATCH (e)-[r:CO_OCCURS]-(f) WHERE ${ENTITY_ID('f')} = partner AND r.weight = weight }
         RETURN count(*) AS n`,
      ),
    ).toBe(0);
    // ... and every link is in the list of one of its ends.
    expect(
      await count(
        driver,
        database,
        `MATCH (a)-[:CO_OCCURS]->(b) WHERE NOT ${ENTITY_ID('b')} IN a.coPartners AND NOT ${ENTITY_ID('a')} IN b.coPartners RETURN count(*) AS n`,
      ),
    ).toBe(0);
    expect(
      await count(
        driver,
        database,
        'MATCH (e:Entity) WHERE COUNT { (e)-[:CO_OCCURS]-() } > 0 AND size(e.coPartners) = 0 RETURN count(e) AS n',
      ),
    ).toBe(0);
  });

  it('is idempotent: a second run changes nothing and finds every paper unchanged', async () => {
    const again = await ingest(driver, database);
    expect(again.load).toMatchObject({ papersNew: 0, papersUpdated: 0, papersUnchanged: first.papers });
    expect(await graphCounts(driver, database)).toEqual(first.counts);
    expect(await graphFingerprint(driver, database)).toBe(first.fingerprint);
    expect(await duplicateRelationships(driver, database)).toBe(0);
    expect(await entitiesWithDuplicateAliases(driver, database)).toBe(0);
  });

  it('a forced run rewrites every paper and still gives the same graph', async () => {
    const forced = await ingest(driver, database, true);
    expect(forced.load.papersUpdated).toBe(first.papers);
    expect(forced.load.tally.relationshipsDeleted).toBeGreaterThan(0);
    expect(await graphCounts(driver, database)).toEqual(first.counts);
    expect(await graphFingerprint(driver, database)).toBe(first.fingerprint);
    expect(await duplicateRelationships(driver, database)).toBe(0);
  }, 240_000);
});
