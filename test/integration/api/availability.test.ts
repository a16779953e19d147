/**
 * Neo4j going away: every endpoint answers 503 with a clear JSON error, and the same server recovers once Neo4j
 * is back, without a restart. Uses its own managed Neo4j (own data directory and port) so that stopping it does
 * not disturb the shared test database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../../platform/neo4j/apply-schema.ts';
import { openDriver } from '../../../platform/neo4j/driver.ts';
import { freePort } from '../../../platform/neo4j/launcher-process.ts';
import { resolveNeo4j, type Neo4jConnection } from '../../../platform/neo4j/manager.ts';
import type { ApiErrorBody, HealthResponse, SearchResponse } from '../../../web/shared/api.ts';
import { fetchJson, startTestServer, type TestServer } from '../../helpers/server.ts';

let dataDir: string;
let port: number;
let neo4j: Neo4jConnection | null = null;
let server: TestServer;

const NEO4J_SETTINGS = { heap: '512m', pageCache: '64m', ignoreEnv: true, log: () => undefined } as const;

async function startOwnNeo4j(): Promise<Neo4jConnection> {
  return resolveNeo4j({ dataDir, port, ...NEO4J_SETTINGS });
}

const ENDPOINTS: Array<{ path: string; body?: unknown }> = [
  { path: '/api/health' },
  { path: '/api/search?q=imagenet' },
  { path: '/api/overview' },
  { path: '/api/node/Dataset/imagenet' },
  { path: '/api/neighbourhood/Dataset/imagenet?depth=2' },
  { path: '/api/edge-papers?a=Dataset:imagenet&b=Method:resnet' },
  { path: '/api/paths?from=Dataset:imagenet&to=Method:resnet' },
  { path: '/api/cypher', body: { query: 'MATCH (n) RETURN count(n) AS nodes' } },
];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'papergraph-api-outage-'));
  port = await freePort();
  neo4j = await startOwnNeo4j();
  const driver = openDriver(neo4j);
  try {
    await applySchema(driver, neo4j.database);
    await driver.executeQuery(
      `MERGE (d:Dataset:Entity {key: 'imagenet'}) SET d.name = 'ImageNet', d.aliases = ['ImageNet'], d.searchText = 'ImageNet', d.paperCount = 1
       MERGE (m:Method:Entity {key: 'resnet'}) SET m.name = 'ResNet', m.aliases = ['ResNet'], m.searchText = 'ResNet', m.paperCount = 1
       MERGE (d)-[:CO_OCCURS {weight: 1}]->(m)`,
      {},
      { database: neo4j.database },
    );
  } finally {
    await driver.close();
  }
  server = await startTestServer({ connection: neo4j });
});

afterAll(async () => {
  await server?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('Neo4j down and back', () => {
  it('answers 503 JSON on every endpoint while Neo4j is down, then recovers without a restart', async () => {
    const healthy = await fetchJson<HealthResponse>(`${server.url}/api/health`);
    expect(healthy.status).toBe(200);
    expect(healthy.body.cypherConsole.enabled).toBe(true);

    await neo4j?.stop();
    neo4j = null;
    for (const endpoint of ENDPOINTS) {
      const { status, body, headers } = await fetchJson<ApiErrorBody & Partial<HealthResponse>>(`${server.url}${endpoint.path}`, {
        body: endpoint.body,
      });
      expect(status, endpoint.path).toBe(503);
      expect(headers.get('content-type')).toContain('application/json');
      if (endpoint.path === '/api/health') {
        expect(body.status).toBe('degraded');
        expect(body.neo4j?.reachable).toBe(false);
        expect(body.neo4j?.error).toMatch(/not reachable/);
      } else {
        expect(body.error, endpoint.path).toBe('neo4j_unavailable');
        expect(body.message).toMatch(/Neo4j is not reachable/);
      }
    }

    neo4j = await startOwnNeo4j();
    let health = await fetchJson<HealthResponse>(`${server.url}/api/health`);
    for (let attempt = 0; attempt < 30 && health.status !== 200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      health = await fetchJson<HealthResponse>(`${server.url}/api/health`);
    }
    expect(health.status).toBe(200);
    expect(health.body.counts.Dataset).toBe(1);
    const search = await fetchJson<SearchResponse>(`${server.url}/api/search?q=imagenet`);
    expect(search.status).toBe(200);
    expect(search.body.hits[0].id).toBe('Dataset:imagenet');
    const console = await fetchJson(`${server.url}/api/cypher`, { body: { query: 'MATCH (n) RETURN count(n) AS nodes' } });
    expect(console.status).toBe(200);
  }, 240_000);
});
