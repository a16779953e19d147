/**
 * The time and hardware endpoints on the bundled corpus (daily listings, most papers without a year): answers
 * checked against the graph itself, undated papers counted apart, listings without a dated day said so.
 */
import { describe, expect, it } from 'vitest';
import type {
  HardwareResponse,
  ListingsResponse,
  RisingResponse,
  TrendsResponse,
  WhatsNewResponse,
} from '../../../web/shared/trends-api.ts';
import { useApiSuite } from '../../helpers/api-suite.ts';

const { get, cypher } = useApiSuite();

describe('trends on the bundled corpus', () => {
  it('puts every paper of an entity in a month or among the undated, and says how many are undated', async () => {
    const { body } = await get<TrendsResponse>('/api/trends?ids=Dataset:imagenet&bucket=month');
    const [series] = body.series;
    expect(series.entity.id).toBe('Dataset:imagenet');
    expect(series.dated + series.undated).toBe(series.entity.paperCount);
    expect(series.counts.reduce((sum, n) => sum + n, 0)).toBe(series.dated);
    const [dated] = await cypher<{ n: number }>(
      "MATCH (:Dataset {key: 'imagenet'})<--(p:Paper) WHERE p.date >= '1000' AND size(p.date) = 10 RETURN count(p) AS n",
    );
    // The corpus' listings carry no year, so a paper is dated only by its own date.
    expect(series.dated).toBe(dated.n);
    expect(series.undated).toBeGreaterThan(0);
    expect(body.undatedNote).toContain(`${series.undated} of ${series.entity.paperCount} papers`);
    expect(body.buckets.length).toBeGreaterThan(1);
  });

  it('answers rising and new for the default window, ending at the latest dated paper', async () => {
    const { status, body } = await get<RisingResponse>('/api/rising');
    expect(status).toBe(200);
    const [latest] = await cypher<{ day: string }>(
      "MATCH (p:Paper) WHERE p.date >= '1000' AND size(p.date) = 10 RETURN max(p.date) AS day",
    );
    expect(body.window.to).toBe(latest.day);
    expect(body.window.days).toBe(90);
    for (const one of body.rising) expect(one.recent).toBeGreaterThanOrEqual(body.minCount);
  });
});

describe("what's new in a listing of the bundled corpus", () => {
  it('lists the listings and shows what a listing introduces, saying it cannot rank rising without a year', async () => {
    const { body: listings } = await get<ListingsResponse>('/api/listings');
    const [count] = await cypher<{ n: number }>('MATCH (l:Listing) RETURN count(l) AS n');
    expect(listings.listings).toHaveLength(count.n);
    const listing = listings.listings.find((one) => one.date === '04-30');
    expect(listing).toBeDefined();
    const { status, body } = await get<WhatsNewResponse>(`/api/whats-new?listing=${encodeURIComponent(listing?.key ?? '')}`);
    expect(status).toBe(200);
    expect(body.papers).toBe(listing?.papers);
    expect(body.note).toMatch(/has no dated day \(04-30\)/);
    const [proposed] = await cypher<{ n: number }>(
      'MATCH (:Listing {key: $key})<-[:LISTED_IN]-(p:Paper)-[:PROPOSES]->(m:Method) RETURN count(DISTINCT m) AS n',
      { key: listing?.key },
    );
    expect(body.methods.length).toBe(Math.min(proposed.n, 50));
    expect(body.introducing.every((paper) => paper.introduces.length > 0)).toBe(true);
  });
});

describe('hardware on the bundled corpus', () => {
  it('counts the hardware of the most used hardware papers exactly as the graph holds them', async () => {
    const [top] = await cypher<{ key: string; papers: number; maxUnits: number | null }>(
      `MATCH (h:Hardware)<-[r:RUNS_ON]-(:Paper) WITH h, count(*) AS papers, max(r.count) AS maxUnits
       RETURN h.key AS key, papers, maxUnits ORDER BY papers DESC, key LIMIT 1`,
    );
    const { body } = await get<HardwareResponse>(`/api/hardware?of=Hardware:${top.key}`);
    expect(body.hardware[0]).toMatchObject({ papers: top.papers, maxUnits: top.maxUnits });
    expect(body.runsCountedFrom).toBe('papers');
    const [method] = await cypher<{ key: string; papers: number }>(
      `MATCH (:Hardware {key: $key})<-[:RUNS_ON]-(:Paper)-[:PROPOSES|USES]->(m:Method)
       WITH m, count(*) AS papers RETURN m.key AS key, papers ORDER BY papers DESC, key LIMIT 1`,
      { key: top.key },
    );
    if (method) expect(body.runs?.methods[0]).toMatchObject({ entity: { key: method.key }, papers: method.papers });
  });

  it("lists a method's hardware with paper and unit counts", async () => {
    const [pair] = await cypher<{ label: string; key: string }>(
      `MATCH (e:Method)<--(:Paper)-[:RUNS_ON]->(:Hardware) WITH e, count(*) AS n
       RETURN 'Method' AS label, e.key AS key ORDER BY n DESC, key LIMIT 1`,
    );
    const { body } = await get<HardwareResponse>(`/api/hardware?of=${pair.label}:${pair.key}`);
    const expected = await cypher<{ key: string; papers: number; maxUnits: number | null; withUnits: number }>(
      `MATCH (:Method {key: $key})<--(p:Paper)-[r:RUNS_ON]->(h:Hardware)
       RETURN h.key AS key, count(DISTINCT p) AS papers, max(r.count) AS maxUnits, count(r.count) AS withUnits ORDER BY papers DESC, key`,
      { key: pair.key },
    );
    expect(body.hardware.map((one) => [one.hardware.key, one.papers, one.maxUnits, one.papersWithUnits])).toEqual(
      expected.slice(0, 25).map((row) => [row.key, row.papers, row.maxUnits, row.withUnits]),
    );
  });
});
