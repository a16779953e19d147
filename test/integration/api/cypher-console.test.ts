/** POST /api/cypher: reads work and are drawn; every kind of write or abuse is refused or cut off. */
import { describe, expect, it } from 'vitest';
import type { ApiErrorBody, CypherResponse, HealthResponse } from '../../../web/shared/api.ts';
import { graphCounts } from '../../helpers/neo4j.ts';
import { useApiSuite } from '../../helpers/api-suite.ts';
import { fetchJson, startTestServer } from '../../helpers/server.ts';

const TIMEOUT_MS = 5_000;
const api = useApiSuite({ server: { cypherTimeoutMs: TIMEOUT_MS } });
const runCypher = <T = CypherResponse>(query: string, params?: Record<string, unknown>) =>
  api.get<T>('/api/cypher', { body: params ? { query, params } : { query } });

/** A cartesian product over every node, three times: hours of work without the timeout. */
const CARTESIAN = "MATCH (a), (b), (c) WHERE a.key + b.key + c.key = 'no such key' RETURN count(*) AS n";

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
    ['CALL {} subquery', 'MATCH (p:Paper) CALL (p) { CREATE (:Evil {key: p.key}) } RETURN count(*)', /read/i],
    ['write after WITH', "MATCH (p:Paper) WITH p LIMIT 1 SET p.title = 'x' RETURN p", /read/i],
    ['write after WITH and UNWIND', 'MATCH (n) WITH collect(n) AS all UNWIND all AS m DETACH DELETE m', /read/i],
    ['FOREACH', 'MATCH (p:Paper) FOREACH (i IN [1] | CREATE (:Evil))', /read/i],
    ['CALL IN TRANSACTIONS', 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS RETURN 1', /read|transaction/i],
    ['admin: SHOW USERS', 'SHOW USERS', /Administration/],
    ['admin: CREATE USER', "CREATE USER evil SET PASSWORD 'evil-password'", /Administration/],
    ['admin: TERMINATE', "TERMINATE TRANSACTION 'neo4j-transaction-1'", /Administration/],
    ['admin: STOP DATABASE', 'STOP DATABASE neo4j', /Administration/],
    ['schema: CREATE INDEX', 'CREATE INDEX evil FOR (n:Paper) ON (n.evil)', /read/i],
    ['schema: DROP CONSTRAINT', 'DROP CONSTRAINT paper_key', /read/i],
  ];

  it.each(refused)('refuses %s with 403 and a reason', async (_name, query, reason) => {
    const before = await graphCounts(api.driver);
    const { status, body } = await runCypher<ApiErrorBody>(query);
    expect(status).toBe(403);
    expect(body.error).toBe('query_refused');
    expect(body.message).toMatch(reason);
    expect(await graphCounts(api.driver)).toEqual(before);
  });

  it('cuts off a cartesian product that would run for hours with 422 (never 408, which browsers re-send)', async () => {
    const before = await graphCounts(api.driver);
    const { status, body } = await runCypher<ApiErrorBody>(CARTESIAN);
    expect(status).toBe(422);
    expect(body.error).toBe('query_timeout');
    expect(body.message).toMatch(/after 5 s, the console's time limit/);
    expect(await graphCounts(api.driver)).toEqual(before);
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
    expect((await fetchJson(`${api.server.url}/api/cypher`, { body: {} })).status).toBe(400);
    const huge = await fetchJson<ApiErrorBody>(`${api.server.url}/api/cypher`, {
      body: { query: 'RETURN 1', params: { padding: 'x'.repeat(200_000) } },
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error).toBe('payload_too_large');
  });

  it('runs one console query per client at a time: the excess gets 429, the server stays responsive', async () => {
    const answers = await Promise.all(Array.from({ length: 4 }, () => runCypher<ApiErrorBody>(CARTESIAN)));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses.filter((status) => status === 429)).toHaveLength(3);
    expect(statuses.filter((status) => status === 422)).toHaveLength(1);
    expect(answers.find((answer) => answer.status === 429)?.body.error).toBe('too_many_queries');
    expect((await runCypher('RETURN 1 AS one')).status).toBe(200);
  });
});

describe("Neo4j's errors are the user's, never a 500", () => {
  const failures: Array<[string, string, string, RegExp]> = [
    ['a negative substring', 'RETURN substring("abc", -1, 2)', 'Neo.DatabaseError.Statement.ExecutionFailed', /negative start index/],
    ['division by zero', 'RETURN 1 / 0', 'Neo.ClientError.Statement.ArithmeticError', /by zero/],
    ['a zero range step', 'RETURN range(1, 10, 0)', 'Neo.ClientError.Statement.ArgumentError', /cannot be zero/],
    [
      'a read CALL IN TRANSACTIONS',
      'CALL { RETURN 1 AS x } IN TRANSACTIONS RETURN x',
      'Neo.DatabaseError.Transaction.TransactionStartFailed',
      /implicit transaction/,
    ],
  ];

  it.each(failures)('answers %s with 400, Neo4j’s message and its code', async (_name, query, code, message) => {
    const { status, body } = await runCypher<ApiErrorBody>(query);
    expect(status).toBe(400);
    expect(body.error).toBe('query_error');
    expect(body.neo4jCode).toBe(code);
    expect(body.message).toMatch(message);
  });

  it('refuses parameters nested 9,000 deep and 400 nested parentheses with 400 before Neo4j sees them', async () => {
    // Written as text: JSON.stringify itself overflows the stack on such a value.
    const deep = `{"query": "RETURN $deep AS d", "params": {"deep": ${'['.repeat(9_000)}1${']'.repeat(9_000)}}}`;
    const params = await fetchJson<ApiErrorBody>(`${api.server.url}/api/cypher`, { body: deep });
    expect(params.status).toBe(400);
    expect(params.body.error).toBe('params_too_deep');
    const parens = await runCypher<ApiErrorBody>(`RETURN ${'('.repeat(400)}1${')'.repeat(400)} AS x`);
    expect(parens.status).toBe(400);
    expect(parens.body.error).toBe('query_too_deep');
    expect((await runCypher('RETURN 1 AS one')).status).toBe(200);
  });
});

describe('answers are capped in bytes', () => {
  it('shows 100 values of 1 MB cut to 10,000 characters each, with truncated and the reason', async () => {
    const response = await fetch(`${api.server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: "UNWIND range(1, 100) AS i RETURN i, reduce(s = 'x', j IN range(1, 20) | s + s) AS big" }),
    });
    const text = await response.text();
    expect(response.status).toBe(200);
    // 100 MB of values asked for; the answer stays near 100 × 10,000 characters.
    expect(text.length).toBeLessThan(1_200_000);
    const body = JSON.parse(text) as CypherResponse;
    expect(body.rows).toHaveLength(100);
    expect(body.truncated).toBe(true);
    expect(body.truncatedReasons?.join(' ')).toMatch(/100 value\(s\) longer than 10,000 characters/);
    const big = body.rows[0][1] as string;
    expect(big.startsWith('x'.repeat(10_000))).toBe(true);
    expect(big).toMatch(/1,038,576 more characters not shown/);
  });

  it('stops adding rows at the byte cap and says so', async () => {
    const { status, body } = await runCypher("UNWIND range(1, 1000) AS i RETURN i, reduce(s = 'x', j IN range(1, 13) | s + s) AS big");
    expect(status).toBe(200);
    expect(body.truncated).toBe(true);
    expect(body.rows.length).toBeGreaterThan(100);
    expect(body.rows.length).toBeLessThan(1_000);
    expect(Buffer.byteLength(JSON.stringify(body.rows))).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(body.truncatedReasons?.join(' ')).toMatch(/Rows stop at 4 MB of answer/);
  });
});

describe('a database that accepts writes in READ transactions', () => {
  it('keeps the console disabled, says why in /api/health, and answers 503', async () => {
    // The WRITE session mode plays an old server that does not enforce READ transactions.
    const unsafe = await startTestServer({ console: { sessionMode: 'WRITE' } });
    try {
      const before = await graphCounts(api.driver);
      const health = await fetchJson<HealthResponse>(`${unsafe.url}/api/health`);
      expect(health.body.cypherConsole.enabled).toBe(false);
      expect(health.body.cypherConsole.reason).toMatch(/accepted a write inside a READ transaction/);
      const { status, body } = await fetchJson<ApiErrorBody>(`${unsafe.url}/api/cypher`, { body: { query: 'RETURN 1' } });
      expect(status).toBe(503);
      expect(body.error).toBe('console_disabled');
      expect(await graphCounts(api.driver)).toEqual(before);
    } finally {
      await unsafe.close();
    }
  });
});
