/** POST /api/cypher: reads work and are drawn; every kind of write or abuse is refused or cut off. */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody, CypherResponse, HealthResponse } from '../../../web/shared/api.ts';
import { ensureCorpusLoaded } from '../../helpers/corpus.ts';
import { graphCounts, testDriver } from '../../helpers/neo4j.ts';
import { fetchJson, startTestServer, type TestServer } from '../../helpers/server.ts';

let server: TestServer;
let driver: Driver;

const TIMEOUT_MS = 2_000;
const runCypher = <T = CypherResponse>(query: string, params?: Record<string, unknown>) =>
  fetchJson<T>(`${server.url}/api/cypher`, { body: params ? { query, params } : { query } });

/** A cartesian product over every node, three times: hours of work without the timeout. */
const CARTESIAN = "MATCH (a), (b), (c) WHERE a.key + b.key + c.key = 'no such key' RETURN count(*) AS n";

beforeAll(async () => {
  await ensureCorpusLoaded();
  driver = testDriver();
  server = await startTestServer({ cypherTimeoutMs: TIMEOUT_MS });
});

afterAll(async () => {
  await server?.close();
  await driver?.close();
});

describe('read queries', () => {
  it('returns rows and draws the nodes', async () => {
    const { status, body } = await runCypher('MATCH (d:Dataset) RETURN d LIMIT 5');
    expect(status).toBe(200);
    expect(body.columns).toEqual(['d']);
    expect(body.rows).toHaveLength(5);
    expect(body.graph.nodes).toHaveLength(5);
    expect(body.graph.nodes.every((node) => node.label === 'Dataset')).toBe(true);
    expect(body.rows[0][0]).toMatchObject({ label: 'Dataset', id: expect.stringMatching(/^Dataset:/) });
    expect(body.truncated).toBe(false);
    expect(body.summary).toMatchObject({ queryType: 'r', rowCount: 5 });
  });

  it('gathers nodes and relationships from paths, lists and maps, with both ends of every relationship', async () => {
    const { body } = await runCypher(
      `MATCH p = (:Paper)-[:EVALUATES_ON]->(d:Dataset {key: 'imagenet'})
       WITH p LIMIT 3
       MATCH (x:Paper)-[r:EVALUATES_ON]->(:Dataset {key: 'imagenet'}) WITH p, r LIMIT 3
       RETURN p, {rel: r} AS wrapped, [r] AS listed`,
    );
    expect(body.rows.length).toBeGreaterThan(0);
    const nodeIds = new Set(body.graph.nodes.map((node) => node.id));
    expect(nodeIds.has('Dataset:imagenet')).toBe(true);
    expect(body.graph.edges.length).toBeGreaterThan(0);
    for (const edge of body.graph.edges) expect(nodeIds.has(edge.source) && nodeIds.has(edge.target)).toBe(true);
  });

  it('passes parameters and allows the full-text procedures', async () => {
    const { status, body } = await runCypher(
      "CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node, score RETURN node.key AS key LIMIT 5",
      { q: 'imagenet' },
    );
    expect(status).toBe(200);
    expect(body.rows.map((row) => row[0])).toContain('imagenet');
    for (const query of ['CALL db.labels()', 'CALL db.relationshipTypes()', 'CALL db.propertyKeys()', 'CALL db.schema.visualization()']) {
      expect((await runCypher(query)).status, query).toBe(200);
    }
  });

  it('caps rows at 1,000 and says truncated', async () => {
    const { body } = await runCypher('UNWIND range(1, 5000) AS n RETURN n');
    expect(body.rows).toHaveLength(1_000);
    expect(body.truncated).toBe(true);
  });

  it('caps the graph at 2,000 nodes and says truncated', async () => {
    const { body } = await runCypher('MATCH (n) RETURN collect(n)[0..2500] AS nodes');
    expect(body.rows).toHaveLength(1);
    expect(body.graph.nodes.length).toBe(2_000);
    expect(body.truncated).toBe(true);
  });
});

describe('refusals leave the graph unchanged', () => {
  const refused: Array<[string, string, RegExp]> = [
    ['CREATE', "CREATE (n:Dataset {key: 'evil'}) RETURN n", /read/i],
    ['MERGE', "MERGE (n:Dataset {key: 'evil'}) RETURN n", /read/i],
    ['DETACH DELETE', 'MATCH (n) DETACH DELETE n', /read/i],
    ['SET', "MATCH (n:Paper) SET n.title = 'x'", /read/i],
    ['REMOVE', 'MATCH (n:Paper) REMOVE n.title', /read/i],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", /LOAD CSV/],
    ['CALL dbms', 'CALL dbms.listConfig()', /dbms\.listConfig/],
    ['CALL dbms components', 'CALL dbms.components()', /not allowed/],
    ['write procedure', "CALL db.createLabel('Evil')", /db\.createLabel/],
    ['CALL {} subquery', "MATCH (p:Paper) CALL (p) { CREATE (:Evil {key: p.key}) } RETURN count(*)", /read/i],
    ['write after WITH', "MATCH (p:Paper) WITH p LIMIT 1 SET p.title = 'x' RETURN p", /read/i],
    ['write after WITH and UNWIND', "MATCH (n) WITH collect(n) AS all UNWIND all AS m DETACH DELETE m", /read/i],
    ['FOREACH', "MATCH (p:Paper) FOREACH (i IN [1] | CREATE (:Evil))", /read/i],
    ['CALL IN TRANSACTIONS', 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS RETURN 1', /read|transaction/i],
    ['admin: SHOW USERS', 'SHOW USERS', /Administration/],
    ['admin: CREATE USER', "CREATE USER evil SET PASSWORD 'evil-password'", /Administration/],
    ['admin: TERMINATE', "TERMINATE TRANSACTION 'neo4j-transaction-1'", /Administration/],
    ['admin: STOP DATABASE', 'STOP DATABASE neo4j', /Administration/],
    ['schema: CREATE INDEX', 'CREATE INDEX evil FOR (n:Paper) ON (n.evil)', /read/i],
    ['schema: DROP CONSTRAINT', 'DROP CONSTRAINT paper_key', /read/i],
  ];

  it.each(refused)('refuses %s with 403 and a reason', async (_name, query, reason) => {
    const before = await graphCounts(driver);
    const { status, body } = await runCypher<ApiErrorBody>(query);
    expect(status).toBe(403);
    expect(body.error).toBe('query_refused');
    expect(body.message).toMatch(reason);
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('cuts off a cartesian product that would run for hours with 408', async () => {
    const before = await graphCounts(driver);
    const started = Date.now();
    const { status, body } = await runCypher<ApiErrorBody>(CARTESIAN);
    expect(status).toBe(408);
    expect(body.message).toMatch(/longer than 2 s/);
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 8_000);
    expect(await graphCounts(driver)).toEqual(before);
  });
});

describe('errors and limits', () => {
  it('reports syntax errors with 400, the message and the position in the user query', async () => {
    const { status, body } = await runCypher<ApiErrorBody>('MATCH (n)\nRETRN n');
    expect(status).toBe(400);
    expect(body.error).toBe('syntax_error');
    expect(body.message).toContain("Invalid input 'RETRN'");
    expect(body.position).toEqual({ line: 2, column: 1, offset: 10 });
  });

  it('rejects a body without a query, and oversized bodies', async () => {
    expect((await fetchJson(`${server.url}/api/cypher`, { body: {} })).status).toBe(400);
    const huge = await fetchJson<ApiErrorBody>(`${server.url}/api/cypher`, {
      body: { query: 'RETURN 1', params: { padding: 'x'.repeat(200_000) } },
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error).toBe('payload_too_large');
  });

  it('limits concurrent console queries from one client: the excess gets 429, the server stays responsive', async () => {
    const answers = await Promise.all(Array.from({ length: 4 }, () => runCypher<ApiErrorBody>(CARTESIAN)));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses.filter((status) => status === 429)).toHaveLength(2);
    expect(statuses.filter((status) => status === 408)).toHaveLength(2);
    expect(answers.find((answer) => answer.status === 429)?.body.error).toBe('too_many_queries');
    expect((await runCypher('RETURN 1 AS one')).status).toBe(200);
  });
});

describe('a database that accepts writes in READ transactions', () => {
  it('keeps the console disabled, says why in /api/health, and answers 503', async () => {
    // The WRITE session mode plays an old server that does not enforce READ transactions.
    const unsafe = await startTestServer({ console: { sessionMode: 'WRITE' } });
    try {
      const before = await graphCounts(driver);
      const health = await fetchJson<HealthResponse>(`${unsafe.url}/api/health`);
      expect(health.body.cypherConsole.enabled).toBe(false);
      expect(health.body.cypherConsole.reason).toMatch(/accepted a write inside a READ transaction/);
      const { status, body } = await fetchJson<ApiErrorBody>(`${unsafe.url}/api/cypher`, { body: { query: 'RETURN 1' } });
      expect(status).toBe(503);
      expect(body.error).toBe('console_disabled');
      expect(await graphCounts(driver)).toEqual(before);
    } finally {
      await unsafe.close();
    }
  });
});
