/**
 * GET /api/overview sends a position for every node, computed by the server's layout worker: real numbers, a
 * spread-out picture in which linked entities sit closer than unrelated ones, and the same picture every time.
 */
import { describe, expect, it } from 'vitest';
import type { HealthResponse, OverviewResponse } from '../../../web/shared/api.ts';
import { useApiSuite } from '../../helpers/api-suite.ts';
import { fetchJson, startTestServer, type TestServer } from '../../helpers/server.ts';
import { testConnection, testDriver } from '../../helpers/neo4j.ts';
import { HUB_PAPERS } from '../../../web/server/queries/hubs.ts';

const api = useApiSuite();

async function overview(path = '/api/overview', on: TestServer = api.server): Promise<OverviewResponse> {
  const { status, body } = await fetchJson<OverviewResponse>(`${on.url}${path}`);
  expect(status).toBe(200);
  return body;
}

function positions(graph: OverviewResponse): Map<string, [number, number]> {
  return new Map(graph.nodes.map((node) => [node.id, [node.x as number, node.y as number]]));
}

const distance = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe('overview positions', () => {
  it('gives every node finite, distinct coordinates', async () => {
    const graph = await overview();
    expect(graph.nodes.length).toBeGreaterThan(100);
    for (const node of graph.nodes) {
      expect(Number.isFinite(node.x), node.id).toBe(true);
      expect(Number.isFinite(node.y), node.id).toBe(true);
    }
    const distinct = new Set(graph.nodes.map((node) => `${node.x},${node.y}`));
    expect(distinct.size).toBeGreaterThan(graph.nodes.length * 0.95);
  });

  it('draws linked entities closer together than unrelated ones', async () => {
    const graph = await overview();
    const at = positions(graph);
    const linked = graph.edges.map((edge) => distance(at.get(edge.source)!, at.get(edge.target)!));
    const ids = graph.nodes.map((node) => node.id);
    // Deterministic "random" pairs: node i with node (i * 7919 + 13) mod n.
    const unrelated = ids.map((id, i) => distance(at.get(id)!, at.get(ids[(i * 7919 + 13) % ids.length])!));
    const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
    expect(mean(linked)).toBeLessThan(mean(unrelated) * 0.6);
  });

  it('answers the same picture twice, and from an independently started server', async () => {
    const first = await overview();
    const again = await overview();
    expect(positions(again)).toEqual(positions(first));
    const other = await startTestServer();
    try {
      expect(positions(await overview('/api/overview', other))).toEqual(positions(first));
    } finally {
      await other.close();
    }
  });

  it('lays out filtered overviews on their own', async () => {
    const graph = await overview('/api/overview?types=Dataset,Method&minPapers=2');
    expect(graph.nodes.length).toBeGreaterThan(10);
    expect(graph.nodes.every((node) => node.label === 'Dataset' || node.label === 'Method')).toBe(true);
    expect(graph.nodes.every((node) => Number.isFinite(node.x) && Number.isFinite(node.y))).toBe(true);
    const full = positions(await overview());
    const moved = graph.nodes.filter((node) => {
      const before = full.get(node.id);
      return !before || before[0] !== node.x || before[1] !== node.y;
    });
    expect(moved.length).toBeGreaterThan(graph.nodes.length / 2);
  });

  it('keeps the API answering while a layout is computed', async () => {
    // limit=1499 is not the warmed default: its layout runs now, in the worker thread.
    const order: string[] = [];
    const fresh = overview('/api/overview?limit=1499').then(() => order.push('overview'));
    const health = fetchJson<HealthResponse>(`${api.server.url}/api/health`).then(() => order.push('health'));
    await Promise.all([fresh, health]);
    expect(order).toEqual(['health', 'overview']);
  });
});

/** Names of the corpus's generic entities: flagged generic, or hubs by their share of papers (hubs.ts). */
async function genericNames(): Promise<Set<string>> {
  const driver = testDriver();
  try {
    const { records } = await driver.executeQuery(
      `WITH ${HUB_PAPERS} AS hubPapers MATCH (n:Entity) WHERE n.generic OR n.paperCount > hubPapers RETURN collect(n.name) AS names`,
      {},
      { database: testConnection().database, routing: 'READ' },
    );
    return new Set(records[0].get('names') as string[]);
  } finally {
    await driver.close();
  }
}

describe('overview topic map', () => {
  it('groups every shown entity into a few dozen topics at most, largest first', async () => {
    const graph = await overview();
    const topics = graph.topics ?? [];
    expect(topics.length).toBeGreaterThanOrEqual(3);
    expect(topics.length).toBeLessThanOrEqual(40);
    expect(topics.map((topic) => topic.id)).toEqual(topics.map((_, i) => i));
    expect(graph.nodes.every((node) => node.community !== undefined && node.community >= 0 && node.community < topics.length)).toBe(true);
    const sizes = topics.map((topic) => graph.nodes.filter((node) => node.community === topic.id).length);
    expect(sizes).toEqual(topics.map((topic) => topic.size));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('names no topic by a generic entity, and names each by entities of its own', async () => {
    const graph = await overview();
    const generic = await genericNames();
    expect(generic.size).toBeGreaterThan(0);
    for (const topic of graph.topics ?? []) {
      expect(topic.terms.length).toBeGreaterThan(0);
      for (const term of topic.terms) {
        expect(generic.has(term), `${term} names topic ${topic.id}`).toBe(false);
        expect(graph.nodes.some((node) => node.name === term && node.community === topic.id)).toBe(true);
      }
    }
  });

  it('leaves no ring of stragglers: almost every entity lies within three times the median distance from the centre', async () => {
    const graph = await overview();
    expect(graph.nodes.length + (graph.leftOut ?? 0)).toBeLessThanOrEqual(1500);
    const xs = graph.nodes.map((node) => node.x as number);
    const ys = graph.nodes.map((node) => node.y as number);
    const centre = [xs.reduce((a, b) => a + b, 0) / xs.length, ys.reduce((a, b) => a + b, 0) / ys.length] as [number, number];
    const radii = graph.nodes.map((_, i) => distance([xs[i], ys[i]], centre)).sort((a, b) => a - b);
    const median = radii[Math.floor(radii.length / 2)];
    expect(radii.filter((radius) => radius > 3 * median).length).toBeLessThan(graph.nodes.length * 0.01);
    // Every shown entity has a drawn link: none floats alone.
    const linked = new Set(graph.edges.flatMap((edge) => [edge.source, edge.target]));
    expect(graph.nodes.filter((node) => !linked.has(node.id))).toEqual([]);
  });
});
