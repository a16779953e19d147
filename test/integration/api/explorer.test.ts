/**
 * The explorer endpoints against the bundled corpus loaded into the test Neo4j: real answers, checked against
 * the graph itself.
 */
import type { NodeLabel } from '../../../graph-schema/model.ts';
import { describe, expect, it } from 'vitest';
import type {
  ClaimDetail,
  EdgePapersResponse,
  EntityDetail,
  HealthResponse,
  ListingDetail,
  NeighbourhoodResponse,
  OverviewResponse,
  PaperDetail,
  PathsResponse,
  SearchResponse,
} from '../../../web/shared/api.ts';
import { useApiSuite } from '../../helpers/api-suite.ts';

const { get, cypher } = useApiSuite();

describe('GET /api/health', () => {
  it('reports Neo4j reachable, counts per label and an enabled console', async () => {
    const { status, body } = await get<HealthResponse>('/api/health');
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.neo4j.reachable).toBe(true);
    const [counts] = await cypher<{ papers: number; datasets: number }>(
      'RETURN COUNT { (:Paper) } AS papers, COUNT { (:Dataset) } AS datasets',
    );
    expect(body.counts.Paper).toBe(counts.papers);
    expect(body.counts.Dataset).toBe(counts.datasets);
    expect(body.counts.Paper).toBeGreaterThan(100);
    expect(body.relationships).toBeGreaterThan(body.counts.Paper ?? 0);
    expect(body.cypherConsole).toEqual({ enabled: true });
  });
});

describe('GET /api/search', () => {
  it('finds the ImageNet dataset first for "ImageNet"', async () => {
    const { status, body } = await get<SearchResponse>('/api/search?q=ImageNet');
    expect(status).toBe(200);
    expect(body.hits[0]).toMatchObject({ id: 'Dataset:imagenet', label: 'Dataset', key: 'imagenet' });
    expect(body.hits[0].paperCount).toBeGreaterThan(0);
  });

  it('matches prefixes for type-ahead, ignoring case and accents', async () => {
    for (const q of ['imagen', 'IMAGENE', 'Ímágenet']) {
      const { body } = await get<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}`);
      expect(
        body.hits.map((hit) => hit.id),
        q,
      ).toContain('Dataset:imagenet');
    }
  });

  it('finds papers by title words and ranks hits by score', async () => {
    const [paper] = await cypher<{ key: string; title: string }>(
      "MATCH (p:Paper) WHERE size(split(p.title, ' ')) >= 4 RETURN p.key AS key, p.title AS title ORDER BY p.key LIMIT 1",
    );
    const words = paper.title.split(/\s+/).slice(0, 4).join(' ');
    const { body } = await get<SearchResponse>(`/api/search?q=${encodeURIComponent(words)}&limit=50`);
    expect(body.hits.map((hit) => hit.id)).toContain(`Paper:${paper.key}`);
    const scores = body.hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('filters by types and honours limit', async () => {
    const papers = await get<SearchResponse>('/api/search?q=learning&types=Paper&limit=5');
    expect(papers.body.hits.length).toBeGreaterThan(0);
    expect(papers.body.hits.length).toBeLessThanOrEqual(5);
    expect(new Set(papers.body.hits.map((hit) => hit.label))).toEqual(new Set(['Paper']));
    const datasets = await get<SearchResponse>('/api/search?q=image&types=Dataset,Task');
    expect(datasets.body.hits.length).toBeGreaterThan(0);
    for (const hit of datasets.body.hits) expect(['Dataset', 'Task']).toContain(hit.label);
  });

  it('treats Lucene syntax in user input as plain text', async () => {
    for (const q of ['(ImageNet', 'title:ImageNet', 'ImageNet"', 'a && b || !c', '\\', 'ImageNet~2^4', '*', 'AND']) {
      const { status, body } = await get<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
      expect(Array.isArray(body.hits)).toBe(true);
    }
    const { body } = await get<SearchResponse>(`/api/search?q=${encodeURIComponent('(ImageNet')}`);
    expect(body.hits.map((hit) => hit.id)).toContain('Dataset:imagenet');
  });

  it('finds what an acronym stands for first, and forgives a typo', async () => {
    for (const [acronym, words] of [
      ['LLM', ['large', 'language', 'model']],
      ['GNN', ['graph', 'neural', 'network']],
    ] as const) {
      const { body } = await get<SearchResponse>(`/api/search?q=${acronym}`);
      const first = body.hits[0].name.toLowerCase();
      expect(
        words.every((word) => first.includes(word)),
        `${acronym}: ${first}`,
      ).toBe(true);
      expect(body.hits[0].label).not.toBe('Paper');
    }
    const { body } = await get<SearchResponse>('/api/search?q=imagenett');
    expect(body.hits.map((hit) => hit.id)).toContain('Dataset:imagenet');
  });

  it('puts an exact name before longer names and better-attested entities before rare ones', async () => {
    const { body } = await get<SearchResponse>('/api/search?q=ImageNet&limit=20');
    expect(body.hits[0].id).toBe('Dataset:imagenet');
    const entities = body.hits.filter((hit) => hit.label !== 'Paper' && hit.id !== 'Dataset:imagenet');
    const scores = body.hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(entities.every((hit) => hit.score < body.hits[0].score)).toBe(true);
  });

  it('rejects bad input with 400 naming the field', async () => {
    const missing = await get<{ message: string }>('/api/search');
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('q');
    const badLimit = await get<{ message: string }>('/api/search?q=x&limit=1000');
    expect(badLimit.status).toBe(400);
    expect(badLimit.body.message).toContain('limit');
    const badTypes = await get<{ message: string }>('/api/search?q=x&types=Dataset,Banana');
    expect(badTypes.status).toBe(400);
    expect(badTypes.body.message).toContain('types');
  });
});

describe('GET /api/overview', () => {
  it('returns the most connected entities and strong links among them', async () => {
    const { status, body } = await get<OverviewResponse>('/api/overview');
    expect(status).toBe(200);
    expect(body.nodes.length).toBeGreaterThan(10);
    expect(body.nodes.length).toBeLessThanOrEqual(5000);
    expect(body.nodes.every((node) => node.label !== 'Paper' && node.paperCount !== null)).toBe(true);
    const [top] = await cypher<{ key: string; labels: string[] }>(
      'MATCH (n:Entity) RETURN n.key AS key, labels(n) AS labels ORDER BY n.paperCount DESC, n.key LIMIT 1',
    );
    expect(body.nodes.map((node) => node.key)).toContain(top.key);
    const ids = new Set(body.nodes.map((node) => node.id));
    expect(body.edges.length).toBeGreaterThan(0);
    for (const edge of body.edges) {
      expect(edge.type).toBe('CO_OCCURS');
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    }
    for (const node of body.nodes) expect(node.props?.abstract).toBeUndefined();
  });

  it('caps at limit and says how many there are', async () => {
    const { body } = await get<OverviewResponse>('/api/overview?limit=10');
    // Read 10; the topic map leaves out those with no informative link to the others, and says how many.
    expect(body.nodes.length).toBeGreaterThan(0);
    expect(body.nodes.length + (body.leftOut ?? 0)).toBe(10);
    expect(body.truncated).toBe(true);
    const [{ entities }] = await cypher<{ entities: number }>('MATCH (n:Entity) RETURN count(n) AS entities');
    expect(body.total).toBe(entities);
  });

  it('filters by types, minimum paper count and date range', async () => {
    const datasets = await get<OverviewResponse>('/api/overview?types=Dataset,Method&minPapers=2');
    expect(datasets.body.nodes.length).toBeGreaterThan(0);
    for (const node of datasets.body.nodes) {
      expect(['Dataset', 'Method']).toContain(node.label);
      expect(node.paperCount).toBeGreaterThanOrEqual(2);
    }
    const [dates] = await cypher<{ from: string; to: string }>(
      'MATCH (n:Entity) WHERE n.firstDate IS NOT NULL WITH n.firstDate AS d ORDER BY d RETURN collect(d)[size(collect(d)) / 2] AS from, max(d) AS to',
    );
    const ranged = await get<OverviewResponse>(`/api/overview?from=${dates.from}&to=${dates.to}`);
    expect(ranged.status).toBe(200);
    expect(ranged.body.nodes.length).toBeGreaterThan(0);
    for (const node of ranged.body.nodes) {
      expect(String(node.props?.lastDate) >= dates.from).toBe(true);
      expect(String(node.props?.firstDate) <= `${dates.to}\uffff`).toBe(true);
    }
    const bad = await get<{ message: string }>('/api/overview?from=yesterday');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('from');
  });
});

describe('GET /api/node/:label/:key', () => {
  it('gives a paper with abstract, listings, extractions whose evidence slices the text, and claims', async () => {
    const [paper] = await cypher<{ key: string }>(
      `MATCH (p:Paper)-[:EVALUATES_ON]->(:Dataset {key: 'imagenet'}) WHERE (p)-[:CLAIMS]->()
       RETURN p.key AS key ORDER BY p.key LIMIT 1`,
    );
    const { status, body } = await get<PaperDetail>(`/api/node/Paper/${encodeURIComponent(paper.key)}`);
    expect(status).toBe(200);
    expect(body.kind).toBe('paper');
    expect(body.abstract.length).toBeGreaterThan(100);
    expect(body.listings.length).toBeGreaterThan(0);
    const imagenet = body.extractions.find((extraction) => extraction.key === 'imagenet');
    expect(imagenet?.relationship).toBe('EVALUATES_ON');
    const stored = await cypher<{ key: string; type: string; surfaces: string[] }>(
      'MATCH (:Paper {key: $key})-[r]->(e:Entity) RETURN e.key AS key, type(r) AS type, r.surfaces AS surfaces',
      { key: paper.key },
    );
    expect(body.extractions).toHaveLength(stored.length);
    let spans = 0;
    for (const extraction of body.extractions) {
      const surfaces = stored.find((row) => row.key === extraction.key && row.type === extraction.relationship)?.surfaces;
      for (const span of extraction.evidence) {
        const text = span.field === 'title' ? body.title : body.abstract;
        expect(span.end).toBeLessThanOrEqual(text.length);
        expect(surfaces).toContain(text.slice(span.start, span.end));
        spans++;
      }
    }
    expect(spans).toBeGreaterThan(0);
    expect(body.claims.length).toBeGreaterThan(0);
    for (const claim of body.claims) {
      expect(body.abstract.slice(claim.start, claim.end)).toBe(claim.text);
      expect(claim.paperTitle).toBe(body.title);
    }
  });

  it('gives an entity with aliases, paged papers and the claims that name it', async () => {
    const { status, body } = await get<EntityDetail>('/api/node/Dataset/imagenet?limit=5');
    expect(status).toBe(200);
    expect(body).toMatchObject({ kind: 'entity', id: 'Dataset:imagenet', label: 'Dataset', name: expect.any(String) });
    expect(body.aliases.length).toBeGreaterThan(0);
    const [{ papers }] = await cypher<{ papers: number }>(
      "MATCH (p:Paper)-->(:Dataset {key: 'imagenet'}) RETURN count(DISTINCT p) AS papers",
    );
    expect(body.papers.total).toBe(papers);
    expect(body.papers.items.length).toBe(Math.min(5, papers));
    expect(body.papers.items.every((item) => typeof item.relationship === 'string')).toBe(true);
    const second = await get<EntityDetail>('/api/node/Dataset/imagenet?offset=1&limit=1');
    expect(second.body.papers.items[0].key).toBe(body.papers.items[1].key);
    for (const claim of body.claims) expect(claim.mentions.map((mention) => mention.id)).toContain('Dataset:imagenet');
  });

  it('gives a claim and a listing in full', async () => {
    const [claimRow] = await cypher<{ key: string; text: string }>(
      'MATCH (c:Claim)-[:ABOUT]->() RETURN c.key AS key, c.text AS text ORDER BY c.key LIMIT 1',
    );
    const claim = await get<ClaimDetail>(`/api/node/Claim/${encodeURIComponent(claimRow.key)}`);
    expect(claim.status).toBe(200);
    expect(claim.body.kind).toBe('claim');
    expect(claim.body.claim.text).toBe(claimRow.text);
    expect(claim.body.claim.mentions.length).toBeGreaterThan(0);
    const [listingRow] = await cypher<{ key: string; papers: number }>(
      'MATCH (l:Listing)<-[:LISTED_IN]-(p) RETURN l.key AS key, count(p) AS papers ORDER BY l.key LIMIT 1',
    );
    const listing = await get<ListingDetail>(`/api/node/Listing/${encodeURIComponent(listingRow.key)}?limit=3`);
    expect(listing.body.kind).toBe('listing');
    expect(listing.body.papers.total).toBe(listingRow.papers);
    expect(listing.body.papers.items).toHaveLength(Math.min(3, listingRow.papers));
  });

  it('answers 404 for a missing node and 400 for an unknown label', async () => {
    const missing = await get<{ error: string }>('/api/node/Dataset/no-such-dataset-key');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toBe('not_found');
    const badLabel = await get<{ message: string }>('/api/node/Banana/imagenet');
    expect(badLabel.status).toBe(400);
    expect(badLabel.body.message).toContain('label');
  });
});

describe('GET /api/neighbourhood/:label/:key', () => {
  it('holds the papers that evaluate on ImageNet', async () => {
    const { status, body } = await get<NeighbourhoodResponse>('/api/neighbourhood/Dataset/imagenet?depth=1');
    expect(status).toBe(200);
    expect(body.centre).toBe('Dataset:imagenet');
    const evaluating = await cypher<{ key: string }>("MATCH (p:Paper)-[:EVALUATES_ON]->(:Dataset {key: 'imagenet'}) RETURN p.key AS key");
    const shown = new Set(body.nodes.map((node) => node.id));
    expect(evaluating.some((paper) => shown.has(`Paper:${paper.key}`))).toBe(true);
    expect(body.edges.some((edge) => edge.type === 'EVALUATES_ON' && edge.target === 'Dataset:imagenet')).toBe(true);
    for (const edge of body.edges) expect(shown.has(edge.source) && shown.has(edge.target)).toBe(true);
    const [{ neighbours }] = await cypher<{ neighbours: number }>(
      `MATCH (:Dataset {key: 'imagenet'})-[r]-(m) WHERE type(r) <> 'ABOUT' AND NOT m:Claim AND NOT m:Listing AND NOT m:Result AND NOT m:Month
       RETURN count(DISTINCT m) AS neighbours`,
    );
    expect(body.total).toBe(neighbours);
    expect(body.truncated).toBe(body.nodes.length - 1 < neighbours);
  });

  it('centres on a paper: its entities, linked by their relationships', async () => {
    const [paper] = await cypher<{ key: string; entities: string[]; links: number }>(
      `MATCH (p:Paper)-[r]->(e:Entity)
       WITH p, collect(DISTINCT [l IN labels(e) WHERE l <> 'Entity'][0] + ':' + e.key) AS entities, count(r) AS links
       RETURN p.key AS key, entities, links ORDER BY size(entities) DESC, p.key LIMIT 1`,
    );
    const { body } = await get<NeighbourhoodResponse>(`/api/neighbourhood/Paper/${encodeURIComponent(paper.key)}`);
    const shown = body.nodes.map((node) => node.id);
    for (const entity of paper.entities) expect(shown).toContain(entity);
    expect(body.total).toBe(paper.entities.length);
    expect(body.truncated).toBe(false);
    expect(body.edges.filter((edge) => edge.source === `Paper:${paper.key}`)).toHaveLength(paper.links);
  });

  it('caps hubs, keeps the strongest links and counts the rest', async () => {
    const { body } = await get<NeighbourhoodResponse>('/api/neighbourhood/Dataset/imagenet?limit=4');
    expect(body.nodes.length).toBeLessThanOrEqual(5);
    expect(body.truncated).toBe(true);
    expect(body.total).toBeGreaterThan(4);
    const [strongest] = await cypher<{ id: string }>(
      `MATCH (:Dataset {key: 'imagenet'})-[r:CO_OCCURS]-(m)
       RETURN [l IN labels(m) WHERE l <> 'Entity'][0] + ':' + m.key AS id ORDER BY r.weight DESC, m.key LIMIT 1`,
    );
    expect(body.nodes.map((node) => node.id)).toContain(strongest.id);
  });

  it('draws the strongest stored co-occurrences among the shown entities, at depth 1 and 2', async () => {
    for (const depth of [1, 2]) {
      const { body } = await get<NeighbourhoodResponse>(`/api/neighbourhood/Dataset/imagenet?depth=${depth}&limit=120`);
      const shown = body.nodes.map((node) => node.id);
      const stored = await cypher<{ pair: string; weight: number }>(
        `MATCH (a:Entity)-[r:CO_OCCURS]->(b:Entity)
         WITH [l IN labels(a) WHERE l <> 'Entity'][0] + ':' + a.key AS aId, [l IN labels(b) WHERE l <> 'Entity'][0] + ':' + b.key AS bId, r
         WHERE aId IN $shown AND bId IN $shown
         RETURN CASE WHEN aId < bId THEN aId + '|' + bId ELSE bId + '|' + aId END AS pair, r.weight AS weight`,
        { shown },
      );
      const drawn = body.edges
        .filter((edge) => edge.type === 'CO_OCCURS')
        .map((edge) => ({
          pair: edge.source < edge.target ? `${edge.source}|${edge.target}` : `${edge.target}|${edge.source}`,
          weight: edge.weight,
        }));
      expect(stored.length).toBeGreaterThan(10);
      // Every drawn link is stored, with its weight; the strongest (up to 4 per shown node) are all drawn.
      const weightOf = new Map(stored.map((link) => [link.pair, link.weight]));
      for (const link of drawn) expect(weightOf.get(link.pair)).toBe(link.weight);
      const cap = 4 * shown.length;
      const threshold = stored.map((link) => link.weight).sort((x, y) => y - x)[cap - 1] ?? 0;
      const drawnPairs = new Set(drawn.map((link) => link.pair));
      for (const link of stored.filter((candidate) => candidate.weight > threshold)) expect(drawnPairs).toContain(link.pair);
      expect(drawn.length).toBeGreaterThanOrEqual(Math.min(stored.length, cap));
      // Past the cap only the links that reached a node are added, one per node at most.
      expect(drawn.length).toBeLessThanOrEqual(cap + shown.length);
    }
  });

  it('draws every link between a shown paper and a shown entity, with its mention count, at depth 1 and 2', async () => {
    for (const depth of [1, 2]) {
      // Enough budget for the hardware papers (the ones with GPU counts) to be among the shown papers.
      const { body } = await get<NeighbourhoodResponse>(`/api/neighbourhood/Dataset/imagenet?depth=${depth}&limit=300`);
      const shown = body.nodes.map((node) => node.id);
      const stored = await cypher<{ id: string; count: number | null }>(
        `MATCH (p:Paper)-[r]->(x:Entity)
         WITH 'Paper:' + p.key AS source, [l IN labels(x) WHERE l <> 'Entity'][0] + ':' + x.key AS target, r
         WHERE source IN $shown AND target IN $shown
         RETURN source + '-' + type(r) + '-' + target AS id, r.count AS count`,
        { shown },
      );
      const drawn = body.edges.filter((edge) => edge.type !== 'CO_OCCURS');
      expect(stored.length).toBeGreaterThan(20);
      expect(drawn.map((edge) => edge.id).sort()).toEqual(stored.map((link) => link.id).sort());
      const countOf = new Map(stored.map((link) => [link.id, link.count]));
      for (const edge of drawn) expect(edge.props?.count ?? null).toBe(countOf.get(edge.id) ?? null);
      expect(drawn.some((edge) => typeof edge.props?.count === 'number')).toBe(true);
    }
  });

  it('shares the budget across types, counts each type, and shows more of a type when asked', async () => {
    const totals = await cypher<{ type: string; total: number }>(
      `MATCH (:Dataset {key: 'imagenet'})-[r]-(m) WHERE (m:Paper OR m:Entity) AND type(r) <> 'ABOUT'
       WITH DISTINCT m RETURN [l IN labels(m) WHERE l <> 'Entity'][0] AS type, count(*) AS total`,
    );
    const { body } = await get<NeighbourhoodResponse>('/api/neighbourhood/Dataset/imagenet?limit=30');
    const shownOf = (response: NeighbourhoodResponse, type: string) =>
      response.nodes.filter((node) => node.label === type && node.id !== response.centre).length;
    expect(totals.length).toBeGreaterThan(3);
    for (const { type, total } of totals) {
      expect(body.typeTotals?.[type as NodeLabel], type).toBe(total);
      // Every type present is drawn, each with at least its share of the budget when it has that many.
      expect(shownOf(body, type), type).toBeGreaterThanOrEqual(Math.min(total, Math.floor(30 / totals.length)));
    }
    const capped = totals.find(({ type, total }) => total > shownOf(body, type));
    expect(capped).toBeDefined();
    const more = await get<NeighbourhoodResponse>(`/api/neighbourhood/Dataset/imagenet?limit=30&more=${capped!.type}`);
    expect(shownOf(more.body, capped!.type)).toBeGreaterThanOrEqual(Math.min(capped!.total, shownOf(body, capped!.type) + 60));
    expect((await get<unknown>('/api/neighbourhood/Dataset/imagenet?more=Banana')).status).toBe(400);
  });

  it('keeps undated papers out of a date range unless asked, and says how many there are', async () => {
    const [{ undated, dated }] = await cypher<{ undated: number; dated: number }>(
      `MATCH (:Dataset {key: 'imagenet'})<-[r]-(p:Paper) WITH DISTINCT p
       RETURN count(CASE WHEN p.date IS NULL THEN 1 END) AS undated, count(CASE WHEN p.date >= '1900-01-01' THEN 1 END) AS dated`,
    );
    const [{ all }] = await cypher<{ all: number }>('MATCH (p:Paper) WHERE p.date IS NULL RETURN count(p) AS all');
    expect((await get<HealthResponse>('/api/health')).body.undatedPapers).toBe(all);
    const range = '/api/neighbourhood/Dataset/imagenet?types=Paper&from=1900-01-01&limit=300';
    const papers = (response: NeighbourhoodResponse) => response.nodes.filter((node) => node.label === 'Paper').length;
    expect(papers((await get<NeighbourhoodResponse>(range)).body)).toBe(dated);
    expect(papers((await get<NeighbourhoodResponse>(`${range}&undated=true`)).body)).toBe(dated + undated);
  });

  it('grows with depth and applies types and minWeight', async () => {
    const one = await get<NeighbourhoodResponse>('/api/neighbourhood/Dataset/imagenet?depth=1&limit=300');
    const two = await get<NeighbourhoodResponse>('/api/neighbourhood/Dataset/imagenet?depth=2&limit=300');
    expect(two.body.depth).toBe(2);
    expect(two.body.nodes.length).toBeGreaterThan(one.body.nodes.length);
    const papersOnly = await get<NeighbourhoodResponse>('/api/neighbourhood/Dataset/imagenet?types=Paper');
    expect(papersOnly.body.nodes.filter((node) => node.id !== 'Dataset:imagenet').every((node) => node.label === 'Paper')).toBe(true);
    const strong = await get<NeighbourhoodResponse>(
      '/api/neighbourhood/Dataset/imagenet?types=Method,Concept,Dataset,Task,Metric&minWeight=2',
    );
    for (const edge of strong.body.edges) expect(edge.weight).toBeGreaterThanOrEqual(2);
    const bad = await get<{ message: string }>('/api/neighbourhood/Dataset/imagenet?depth=4');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('depth');
  });
});

describe('GET /api/edge-papers', () => {
  it('lists the papers mentioning both ends with the sentences naming them', async () => {
    const [pair] = await cypher<{ other: string }>(
      `MATCH (:Dataset {key: 'imagenet'})<--(p:Paper)-->(m:Entity)
       WHERE NOT (m:Dataset AND m.key = 'imagenet')
       WITH m, count(DISTINCT p) AS shared ORDER BY shared DESC, m.key LIMIT 1
       RETURN [l IN labels(m) WHERE l <> 'Entity'][0] + ':' + m.key AS other`,
    );
    const { status, body } = await get<EdgePapersResponse>(`/api/edge-papers?a=Dataset:imagenet&b=${encodeURIComponent(pair.other)}`);
    expect(status).toBe(200);
    expect(body.a.id).toBe('Dataset:imagenet');
    expect(body.b.id).toBe(pair.other);
    expect(body.papers.length).toBeGreaterThan(0);
    expect(body.total).toBeGreaterThanOrEqual(body.papers.length);
    for (const paper of body.papers) {
      const [{ abstract }] = await cypher<{ abstract: string }>('MATCH (p:Paper {key: $key}) RETURN p.abstract AS abstract', {
        key: paper.key,
      });
      expect(paper.sentences.length).toBeGreaterThan(0);
      for (const sentence of paper.sentences) {
        if (sentence.field === 'abstract') expect(abstract.slice(sentence.start, sentence.end)).toBe(sentence.text);
      }
    }
  });
});

describe('GET /api/edge-papers with a paper end', () => {
  it('gives that paper with the sentences naming the entity', async () => {
    const [paper] = await cypher<{ key: string }>(
      "MATCH (p:Paper)-[:EVALUATES_ON]->(:Dataset {key: 'imagenet'}) RETURN p.key AS key ORDER BY p.key LIMIT 1",
    );
    const { body } = await get<EdgePapersResponse>(`/api/edge-papers?a=${encodeURIComponent(`Paper:${paper.key}`)}&b=Dataset:imagenet`);
    expect(body.total).toBe(1);
    expect(body.papers[0].key).toBe(paper.key);
    expect(body.papers[0].relationship).toBe('EVALUATES_ON');
    expect(body.papers[0].sentences.some((sentence) => /imagenet/i.test(sentence.text))).toBe(true);
  });
});

describe('GET /api/paths', () => {
  it('connects two concepts that share a paper, as a graph and ordered paths', async () => {
    const [pair] = await cypher<{ a: string; b: string }>(
      `MATCH (a:Concept)<--(:Paper)-->(b:Concept) WHERE a.key < b.key
       WITH DISTINCT a, b ORDER BY a.paperCount + b.paperCount DESC, a.key, b.key LIMIT 1
       RETURN 'Concept:' + a.key AS a, 'Concept:' + b.key AS b`,
    );
    const { status, body } = await get<PathsResponse>(`/api/paths?from=${encodeURIComponent(pair.a)}&to=${encodeURIComponent(pair.b)}`);
    expect(status).toBe(200);
    expect(body.paths.length).toBeGreaterThan(0);
    const nodeIds = new Set(body.nodes.map((node) => node.id));
    const edgeIds = new Set(body.edges.map((edge) => edge.id));
    for (const path of body.paths) {
      expect(path.nodes[0]).toBe(pair.a);
      expect(path.nodes.at(-1)).toBe(pair.b);
      expect(path.length).toBe(path.edges.length);
      expect(path.nodes).toHaveLength(path.length + 1);
      for (const id of path.nodes) expect(nodeIds.has(id)).toBe(true);
      for (const id of path.edges) expect(edgeIds.has(id)).toBe(true);
    }
    expect(body.paths[0].length).toBeLessThanOrEqual(2);
    const lengths = body.paths.map((path) => path.length);
    expect(lengths).toEqual([...lengths].sort((x, y) => x - y));
    const viaPapers = await get<PathsResponse>(`/api/paths?from=${encodeURIComponent(pair.a)}&to=${encodeURIComponent(pair.b)}&via=papers`);
    expect(viaPapers.body.paths[0].length).toBe(2);
    expect(viaPapers.body.paths.every((path) => path.nodes[1].startsWith('Paper:'))).toBe(true);
  });

  it('gives up to k distinct paths, and avoids generic hubs when asked', async () => {
    const [pair] = await cypher<{ a: string; b: string }>(
      `MATCH (a:Concept)<--(:Paper)-->(b:Method) WHERE a.paperCount >= 3 AND b.paperCount >= 3
       WITH DISTINCT a, b ORDER BY a.paperCount + b.paperCount DESC, a.key, b.key LIMIT 1
       RETURN 'Concept:' + a.key AS a, 'Method:' + b.key AS b`,
    );
    const ends = `from=${encodeURIComponent(pair.a)}&to=${encodeURIComponent(pair.b)}`;
    for (const k of [1, 5]) {
      const { body } = await get<PathsResponse>(`/api/paths?${ends}&k=${k}`);
      expect(body.paths).toHaveLength(k);
      const sequences = body.paths.map((path) => path.nodes.join('|'));
      expect(new Set(sequences).size).toBe(k);
      for (const path of body.paths) expect(new Set(path.nodes).size).toBe(path.nodes.length);
    }
    const [{ hubPapers }] = await cypher<{ hubPapers: number }>(
      'MATCH (p:Paper) WITH count(p) AS papers RETURN toInteger(CASE WHEN papers * 0.05 > 10 THEN papers * 0.05 ELSE 10 END) AS hubPapers',
    );
    const avoiding = await get<PathsResponse>(`/api/paths?${ends}&k=5&avoidHubs=true`);
    expect(avoiding.body.paths.length).toBeGreaterThan(0);
    const paperCount = new Map(avoiding.body.nodes.map((node) => [node.id, node.paperCount]));
    for (const path of avoiding.body.paths) {
      for (const id of path.nodes.slice(1, -1)) expect(id.startsWith('Paper:') || (paperCount.get(id) ?? 0) <= hubPapers, id).toBe(true);
    }
    expect((await get('/api/paths?' + ends + '&k=11')).status).toBe(400);
  });

  it('refuses bad input and answers 404 for unknown nodes', async () => {
    expect((await get('/api/paths?from=Dataset:imagenet&to=Dataset:imagenet')).status).toBe(400);
    const badMax = await get<{ message: string }>('/api/paths?from=Dataset:imagenet&to=Concept:x&max=9');
    expect(badMax.status).toBe(400);
    expect(badMax.body.message).toContain('max');
    const badFrom = await get<{ message: string }>('/api/paths?from=imagenet&to=Concept:x');
    expect(badFrom.status).toBe(400);
    expect(badFrom.body.message).toContain('from');
    expect((await get('/api/paths?from=Dataset:imagenet&to=Concept:no-such-concept')).status).toBe(404);
  });
});

describe('unknown API paths', () => {
  it('answer 404 JSON', async () => {
    const { status, body, headers } = await get<{ error: string }>('/api/no-such-endpoint');
    expect(status).toBe(404);
    expect(headers.get('content-type')).toContain('application/json');
    expect(body.error).toBe('not_found');
  });
});
