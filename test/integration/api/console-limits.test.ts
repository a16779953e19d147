/**
 * The console's limits against the real server, Neo4j and Chromium: a timed-out query runs once (no browser
 * re-send) and leaves no transaction behind, another client is served while one holds a heavy query, the queries
 * that used to exhaust Neo4j's heap are cut off with a 4xx, and every 5xx is logged with its cause.
 */
import { request as httpRequest } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody, HealthResponse } from '../../../web/shared/api.ts';
import { freePort } from '../../../platform/neo4j/launcher-process.ts';
import { launchBrowser } from '../../helpers/browser.ts';
import { ensureCorpusLoaded } from '../../helpers/corpus.ts';
import { logCollector } from '../../helpers/log-collector.ts';
import { graphCounts, testConnection, testDriver } from '../../helpers/neo4j.ts';
import { fetchJson, startTestServer, type TestServer } from '../../helpers/server.ts';

/** A cartesian product over every node, three times: hours of work without the time limit. */
const CARTESIAN = "MATCH (a), (b), (c) WHERE a.key + b.key + c.key = 'no such key' RETURN count(*) AS n";

let driver: Driver;

async function consoleTransactions(): Promise<number> {
  const { records } = await driver.executeQuery(
    "SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.app = 'papergraph-console' RETURN count(*) AS running",
    {},
    { database: testConnection().database },
  );
  return records[0].get('running') as number;
}

async function waitFor(condition: () => Promise<boolean>, what: string, attempts = 120): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`gave up waiting for ${what}`);
}

beforeAll(async () => {
  await ensureCorpusLoaded();
  driver = testDriver();
});

afterAll(async () => {
  await driver?.close();
});

describe('the time limit', () => {
  let server: TestServer;
  const log = logCollector();

  beforeAll(async () => {
    server = await startTestServer({ cypherTimeoutMs: 2_000, logger: true, logStream: log.stream });
  });
  afterAll(async () => server?.close());

  it('answers a timed-out query from Chromium once, with 422 and what happened, and leaves no transaction running', async () => {
    const browser = await launchBrowser();
    try {
      await browser.page.goto(`${server.url}/api/health`);
      const answer = await browser.page.evaluate(async (query) => {
        const response = await fetch('/api/cypher', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        return { status: response.status, body: (await response.json()) as { error: string; message: string } };
      }, CARTESIAN);
      expect(answer.status).toBe(422);
      expect(answer.body.error).toBe('query_timeout');
      expect(answer.body.message).toMatch(/after 2 s, the console's time limit/);
    } finally {
      await browser.close();
    }
    const consoleRequests = log.lines.filter(
      (line) => line.msg === 'incoming request' && (line.req as { url?: string })?.url === '/api/cypher',
    );
    expect(consoleRequests).toHaveLength(1);
    await waitFor(async () => (await consoleTransactions()) === 0, 'the console transaction to end');
    expect(await consoleTransactions()).toBe(0);
  });
});

describe('slots per client', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ cypherTimeoutMs: 4_000 });
  });
  afterAll(async () => server?.close());

  it("serves a second client's RETURN 1 while the first holds a heavy query, and refuses the first a second slot", async () => {
    const url = server.url;
    // Another local address is another client (clients are keyed by remote address and token).
    const post = (localAddress: string, query: string) =>
      new Promise<{ status: number; finishedAt: number }>((resolve, reject) => {
        const payload = JSON.stringify({ query });
        const request = httpRequest(
          `${url}/api/cypher`,
          {
            method: 'POST',
            localAddress,
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
          },
          (response) => {
            response.resume();
            response.on('end', () => resolve({ status: response.statusCode ?? 0, finishedAt: performance.now() }));
          },
        );
        request.on('error', reject);
        request.end(payload);
      });
    const heavy = post('127.0.0.1', CARTESIAN);
    await waitFor(async () => (await consoleTransactions()) > 0, 'the heavy query to start');
    const sameClient = await post('127.0.0.1', 'RETURN 1 AS one');
    const otherClient = await post('127.0.0.2', 'RETURN 1 AS one');
    const heavyAnswer = await heavy;
    expect(sameClient.status).toBe(429);
    expect(otherClient.status).toBe(200);
    expect(heavyAnswer.status).toBe(422);
    expect(otherClient.finishedAt).toBeLessThan(heavyAnswer.finishedAt);
  });
});

describe('queries that used to exhaust the heap', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ cypherTimeoutMs: 10_000 });
  });
  afterAll(async () => server?.close());

  const killers: Array<[string, string, number, RegExp]> = [
    ['strings doubled 30 times', "RETURN size(reduce(s = 'x', i IN range(1, 30) | s + s)) AS c", 422, /memory/],
    ['a list of 100,000,000 numbers', 'RETURN size([x IN range(1, 100000000) | x]) AS c', 400, /range\(\) of 100,000,000 numbers/],
    [
      'a million strings of ~1 KB collected',
      'UNWIND range(1, 1000000) AS x WITH collect(reduce(s = toString(x), j IN range(1, 7) | s + s)) AS strings RETURN size(strings)',
      422,
      /memory/,
    ],
  ];

  it.each(killers)('cuts off %s with a clear 4xx; health stays ok and the graph unchanged', async (_name, query, status, message) => {
    const before = await graphCounts(driver);
    const answer = await fetchJson<ApiErrorBody>(`${server.url}/api/cypher`, { body: { query } });
    expect(answer.status).toBe(status);
    expect(answer.body.message).toMatch(message);
    const health = await fetchJson<HealthResponse>(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
    expect(await graphCounts(driver)).toEqual(before);
    expect((await fetchJson(`${server.url}/api/cypher`, { body: { query: 'RETURN 1 AS one' } })).status).toBe(200);
  });
});

describe('5xx answers are logged with their cause', () => {
  it('logs the 503 of an unreachable Neo4j with the connection error underneath', async () => {
    const log = logCollector();
    const port = await freePort();
    const server = await startTestServer({ connection: { ...testConnection(), uri: `bolt://127.0.0.1:${port}` }, logStream: log.stream });
    try {
      const search = await fetchJson<ApiErrorBody>(`${server.url}/api/search?q=imagenet`);
      expect(search.status).toBe(503);
      const consoleAnswer = await fetchJson<ApiErrorBody>(`${server.url}/api/cypher`, { body: { query: 'RETURN 1' } });
      expect(consoleAnswer.status).toBe(503);
    } finally {
      await server.close();
    }
    const errors = log.lines.filter((line) => line.level === 50);
    expect(errors.map((line) => line.statusCode)).toEqual([503, 503]);
    for (const line of errors) {
      expect(String(line.msg)).toMatch(/answered 503: Neo4j is not reachable/);
      expect(JSON.stringify(line.cause)).toMatch(/ECONNREFUSED|Failed to connect/);
    }
  });
});
