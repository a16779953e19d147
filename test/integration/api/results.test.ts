/**
 * Results in the graph and the results endpoints (issue 14) against the bundled corpus: Result nodes hang off
 * their claims and slice their values; leaderboards list a pair's results best first by the metric's direction;
 * comparisons agree with the graph.
 */
import { describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../../web/shared/api.ts';
import type { CompareResponse, LeaderboardResponse, ResultPairsResponse, ResultRowDTO } from '../../../web/shared/results-api.ts';
import { useApiSuite } from '../../helpers/api-suite.ts';

const { get, cypher } = useApiSuite({ setupTimeoutMs: 600_000 });

/** Every highlighted span slices the sentence; the value span is the raw value as written. */
function expectSpansSlice(row: ResultRowDTO): void {
  const value = row.spans.find((span) => span.role === 'value');
  expect(value && row.sentence.slice(value.start, value.end)).toBe(row.raw);
  for (const span of row.spans) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(row.sentence.length);
  }
  const subject = row.spans.find((span) => span.role === 'subject');
  if (subject && row.subject) expect(row.sentence.slice(subject.start, subject.end).length).toBeGreaterThan(1);
}

describe('Result nodes', () => {
  it('hang off their claim, keyed <claim key>#<index>, and slice their value from the sentence', async () => {
    const rows = await cypher<{ key: string; claimKey: string; raw: string; start: number; end: number; text: string; kind: string }>(
      'MATCH (c:Claim)-[:REPORTS]->(r:Result) RETURN r.key AS key, c.key AS claimKey, r.raw AS raw, r.start AS start, r.end AS end, c.text AS text, r.kind AS kind',
    );
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      expect(row.key).toMatch(new RegExp(`^${row.claimKey.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#\\d+$`));
      expect(row.text.slice(row.start, row.end)).toBe(row.raw);
      expect(['score', 'improvement', 'reduction', 'speedup', 'other']).toContain(row.kind);
    }
    const [orphans] = await cypher<{ n: number }>('MATCH (r:Result) WHERE NOT (:Claim)-[:REPORTS]->(r) RETURN count(r) AS n');
    expect(orphans.n).toBe(0);
  });

  it('link to the entities of their own paper only, and store the metric direction', async () => {
    const [foreign] = await cypher<{ n: number }>(
      `MATCH (p:Paper)-[:CLAIMS]->(:Claim)-[:REPORTS]->(r:Result)-[:ON|OF|BY|AGAINST]->(e)
       WHERE NOT (p)-->(e) RETURN count(*) AS n`,
    );
    expect(foreign.n).toBe(0);
    const fid = await cypher<{ higher: boolean | null }>(
      'MATCH (r:Result)-[:OF]->(:Metric {key: "fid"}) RETURN r.higherIsBetter AS higher',
    );
    expect(fid.length).toBeGreaterThan(0);
    expect(fid.every((row) => row.higher === false)).toBe(true);
  });
});

describe('GET /api/leaderboard', () => {
  it('CIFAR-10 x FID: FID values best (lowest) first, with their papers, subjects and highlighted sentences', async () => {
    const { status, body } = await get<LeaderboardResponse>('/api/leaderboard?dataset=Dataset:cifar10&metric=Metric:fid');
    expect(status).toBe(200);
    expect(body.dataset.name).toBe('CIFAR-10');
    expect(body.metric.name).toBe('FID');
    expect(body.higherIsBetter).toBe(false);
    const [expected] = await cypher<{ n: number }>(
      'MATCH (:Dataset {key: "cifar10"})<-[:ON]-(r:Result)-[:OF]->(:Metric {key: "fid"}) RETURN count(r) AS n',
    );
    expect(body.total).toBe(expected.n);
    expect(body.rows.length).toBeGreaterThanOrEqual(2);
    const scores = body.rows.filter((row) => row.kind === 'score').map((row) => row.value ?? Infinity);
    expect(scores).toEqual([...scores].sort((x, y) => x - y));
    expect(body.rows[0]).toMatchObject({ raw: '1.74', kind: 'score', subject: { name: 'PFGM++' } });
    expect(body.rows[0].sentence).toMatch(/FID of 1\.74 on CIFAR-10/);
    expect(body.rows[0].paper.title).toMatch(/PFGM\+\+/);
    for (const row of body.rows) {
      expect(row.dataset?.id).toBe('Dataset:cifar10');
      expectSpansSlice(row);
    }
  });

  it('a higher-is-better metric lists scores highest first, then gains', async () => {
    const { body } = await get<LeaderboardResponse>('/api/leaderboard?dataset=Dataset:imagenet&metric=Metric:top1accuracy');
    expect(body.higherIsBetter).toBe(true);
    const kinds = body.rows.map((row) => (row.kind === 'score' ? 0 : 1));
    expect(kinds).toEqual([...kinds].sort());
    const scores = body.rows.filter((row) => row.kind === 'score').map((row) => row.value ?? -Infinity);
    expect(scores.length).toBeGreaterThan(1);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });

  it('refuses what is not a dataset and a metric, and says which node is missing', async () => {
    const wrong = await get<ApiErrorBody>('/api/leaderboard?dataset=Metric:fid&metric=Metric:fid');
    expect(wrong.status).toBe(400);
    const missing = await get<ApiErrorBody>('/api/leaderboard?dataset=Dataset:no-such-dataset&metric=Metric:fid');
    expect(missing.status).toBe(404);
    expect(missing.body.message).toMatch(/Dataset:no-such-dataset/);
    const invalid = await get<ApiErrorBody>('/api/leaderboard?dataset=cifar10&metric=Metric:fid');
    expect(invalid.status).toBe(400);
  });
});

describe('GET /api/result-pairs', () => {
  it("lists a dataset's (dataset, metric) pairs with their result counts, most first, as the graph has them", async () => {
    const { status, body } = await get<ResultPairsResponse>('/api/result-pairs?of=Dataset:cifar10');
    expect(status).toBe(200);
    const expected = await cypher<{ metric: string; n: number }>(
      'MATCH (:Dataset {key: "cifar10"})<-[:ON]-(r:Result)-[:OF]->(m:Metric) RETURN m.key AS metric, count(r) AS n',
    );
    expect(body.pairs.map((p) => [p.metric.id, p.results]).sort()).toEqual(expected.map((e) => [`Metric:${e.metric}`, e.n]).sort());
    const counts = body.pairs.map((p) => p.results);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    expect(body.pairs.every((p) => p.dataset.id === 'Dataset:cifar10')).toBe(true);
    expect((await get('/api/result-pairs?of=Task:image-classification')).status).toBe(400);
  });
});

describe('GET /api/compare', () => {
  it('two datasets: shared and distinct partners, results on shared (method, metric) pairs, papers naming both', async () => {
    const { status, body } = await get<CompareResponse>('/api/compare?a=Dataset:cifar10&b=Dataset:ffhq');
    expect(status).toBe(200);
    expect([body.a.name, body.b.name]).toEqual(['CIFAR-10', 'FFHQ']);
    const [both] = await cypher<{ n: number }>(
      'MATCH (:Dataset {key: "cifar10"})<--(p:Paper)-->(:Dataset {key: "ffhq"}) RETURN count(DISTINCT p) AS n',
    );
    expect(body.paperTotal).toBe(both.n);
    expect(body.papers.map((p) => p.title).join()).toMatch(/PFGM\+\+/);
    const metrics = body.facets.find((facet) => facet.label === 'Metric');
    expect(metrics?.shared.map((e) => e.name)).toContain('FID');
    const methods = body.facets.find((facet) => facet.label === 'Method');
    expect(methods?.shared.map((e) => e.name)).toContain('PFGM++');
    // Shared ids never appear on one side only.
    for (const facet of body.facets) {
      const shared = new Set(facet.shared.map((e) => e.id));
      expect([...facet.onlyA, ...facet.onlyB].some((e) => shared.has(e.id))).toBe(false);
    }
    const pairs = new Set(body.results.map((row) => row.pair));
    expect(pairs).toContain('Method:pfgmplusplu × Metric:fid');
    for (const pair of pairs) {
      const sides = new Set(body.results.filter((row) => row.pair === pair).map((row) => row.side));
      expect([...sides].sort()).toEqual(['a', 'b']);
    }
    expect(body.results.find((row) => row.side === 'b')?.raw).toBe('2.43');
  });

  it('two methods: their results on the (dataset, metric) pairs both report on, checked against the graph', async () => {
    const [pair] = await cypher<{ a: string; b: string }>(
      `MATCH (a:Method)<-[:BY]-(r1:Result)-[:ON]->(d:Dataset)<-[:ON]-(r2:Result)-[:BY]->(b:Method)
       WHERE a.key < b.key AND EXISTS { (r1)-[:OF]->(:Metric)<-[:OF]-(r2) }
       RETURN a.key AS a, b.key AS b ORDER BY a, b LIMIT 1`,
    );
    expect(pair).toBeDefined();
    const { body } = await get<CompareResponse>(
      `/api/compare?a=Method:${encodeURIComponent(pair.a)}&b=Method:${encodeURIComponent(pair.b)}`,
    );
    expect(body.results.length).toBeGreaterThanOrEqual(2);
    for (const row of body.results) {
      expect(row.subject?.id).toBe(row.side === 'a' ? `Method:${pair.a}` : `Method:${pair.b}`);
      expect(row.pair).toBe(`${row.dataset?.id} × ${row.metric?.id}`);
      expectSpansSlice(row);
    }
  });

  it('refuses non-entities and the same entity twice', async () => {
    expect((await get('/api/compare?a=Paper:x&b=Method:onceforall')).status).toBe(400);
    expect((await get('/api/compare?a=Method:onceforall&b=Method:onceforall')).status).toBe(400);
    expect((await get('/api/compare?a=Method:onceforall&b=Method:no-such-method')).status).toBe(404);
  });
});
