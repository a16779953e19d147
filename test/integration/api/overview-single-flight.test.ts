/**
 * Overview answers that miss the cache are computed once per key: concurrent requests for the same key wait for
 * that one computation (counted by the cache itself, and seen through the API as exactly one `cache;desc=miss`).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OverviewResponse } from '../../../web/shared/api.ts';
import { GraphDatabase } from '../../../web/server/database.ts';
import { GraphCache } from '../../../web/server/graph-cache.ts';
import { testConnection, testDriver } from '../../helpers/neo4j.ts';
import { useApiSuite } from '../../helpers/api-suite.ts';

const api = useApiSuite();
let db: GraphDatabase;

beforeAll(() => {
  db = new GraphDatabase(testConnection());
});

afterAll(async () => {
  await db?.close();
});

/** A computation that takes a while and says how often it ran. */
function slowAnswer(counter: { runs: number }, value: string, ms = 300): () => Promise<string> {
  return async () => {
    counter.runs += 1;
    await sleep(ms);
    return value;
  };
}

async function withProbeNode<T>(work: () => Promise<T>): Promise<T> {
  const driver = testDriver();
  const database = testConnection().database;
  try {
    await driver.executeQuery('CREATE (:SingleFlightProbe)', {}, { database });
    return await work();
  } finally {
    await driver.executeQuery('MATCH (n:SingleFlightProbe) DELETE n', {}, { database });
    await driver.close();
  }
}

describe('GraphCache single flight (real Neo4j signature)', () => {
  it('twenty concurrent misses for one key run one computation and all get its answer', async () => {
    const cache = new GraphCache<string>(db);
    const counter = { runs: 0 };
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.get('k', slowAnswer(counter, 'the answer'))));
    expect(counter.runs).toBe(1);
    expect(cache.computations).toBe(1);
    expect(new Set(answers)).toEqual(new Set(['the answer']));
    // Cached afterwards, while the graph is unchanged.
    expect(await cache.get('k', slowAnswer(counter, 'another'))).toBe('the answer');
    expect(counter.runs).toBe(1);
  });

  it('different keys compute separately, each once', async () => {
    const cache = new GraphCache<string>(db);
    const counter = { runs: 0 };
    const keys = ['a', 'b', 'a', 'b', 'c', 'a'];
    const answers = await Promise.all(keys.map((key) => cache.get(key, slowAnswer(counter, key))));
    expect(answers).toEqual(keys);
    expect(counter.runs).toBe(3);
  });

  it('a graph change during the computation does not start a second one; after it, the next request recomputes', async () => {
    const cache = new GraphCache<string>(db);
    const counter = { runs: 0 };
    const first = cache.get('k', slowAnswer(counter, 'before', 1_000));
    await withProbeNode(async () => {
      const during = await Promise.all(Array.from({ length: 5 }, () => cache.get('k', slowAnswer(counter, 'during'))));
      expect(during).toEqual(Array(5).fill('before'));
      expect(await first).toBe('before');
      expect(counter.runs).toBe(1);
      // Landed and the graph has changed since it started: the next request computes afresh, once.
      const after = await Promise.all([cache.get('k', slowAnswer(counter, 'after')), cache.get('k', slowAnswer(counter, 'after'))]);
      expect(after).toEqual(['after', 'after']);
      expect(counter.runs).toBe(2);
    });
  });

  it('a failed computation is shared by its waiters, then forgotten', async () => {
    const cache = new GraphCache<string>(db);
    let runs = 0;
    const failing = async (): Promise<string> => {
      runs += 1;
      await sleep(200);
      throw new Error('layout failed');
    };
    const settled = await Promise.allSettled(Array.from({ length: 4 }, () => cache.get('k', failing)));
    expect(settled.map((result) => result.status)).toEqual(Array(4).fill('rejected'));
    expect(runs).toBe(1);
    expect(await cache.get('k', async () => 'recovered')).toBe('recovered');
  });
});

describe('GET /api/overview under concurrent misses', () => {
  async function cacheStates(paths: string[]): Promise<string[]> {
    const answers = await Promise.all(paths.map((path) => fetch(`${api.server.url}${path}`)));
    const states: string[] = [];
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      const body = (await answer.json()) as OverviewResponse;
      expect(body.nodes.length).toBeGreaterThan(0);
      states.push(/cache;desc=(\w+)/.exec(answer.headers.get('server-timing') ?? '')?.[1] ?? 'none');
    }
    return states;
  }

  it('eight concurrent requests for an uncached overview: one computation, seven waited for it', async () => {
    const states = await cacheStates(Array(8).fill('/api/overview?limit=37&minPapers=2'));
    expect(states.filter((state) => state === 'miss')).toHaveLength(1);
    expect(states.filter((state) => state === 'hit')).toHaveLength(7);
  });

  it('the same type filter in another order is the same key', async () => {
    const states = await cacheStates([
      '/api/overview?limit=41&types=Method,Dataset',
      '/api/overview?limit=41&types=Dataset,Method',
      '/api/overview?limit=41&types=Dataset,Method,Dataset',
    ]);
    expect(states.filter((state) => state === 'miss')).toHaveLength(1);
  });
});
