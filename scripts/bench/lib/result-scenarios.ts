/**
 * bench:api's cases for the results endpoints (issue 14): leaderboards on the (dataset, metric) pairs with the
 * most results and on random ones; comparisons of hub pairs and random pairs of methods and of datasets.
 */
export interface ResultScenario {
  name: string;
  /** p95 target on the 100,000-paper graph, in ms. */
  targetP95: number;
  paths: string[];
}

type Rows = <T>(query: string) => Promise<T[]>;

const ref = (label: string, key: string) => encodeURIComponent(`${label}:${key}`);

export async function resultScenarios(rows: Rows): Promise<ResultScenario[]> {
  const busiest = await rows<{ d: string; m: string }>(
    `MATCH (d:Dataset)<-[:ON]-(r:Result)-[:OF]->(m:Metric) WITH d, m, count(r) AS n ORDER BY n DESC LIMIT 50 RETURN d.key AS d, m.key AS m`,
  );
  const random = await rows<{ d: string; m: string }>(
    `MATCH (r:Result) WITH r ORDER BY rand() LIMIT 150 MATCH (d:Dataset)<-[:ON]-(r)-[:OF]->(m:Metric) RETURN d.key AS d, m.key AS m`,
  );
  const leaderboards = [...busiest, ...random].map(
    (pair) => `/api/leaderboard?dataset=${ref('Dataset', pair.d)}&metric=${ref('Metric', pair.m)}`,
  );
  const pairsOf = async (label: 'Method' | 'Dataset'): Promise<Array<{ a: string; b: string }>> => {
    const hubs = await rows<{ key: string }>(`MATCH (n:${label}) RETURN n.key AS key ORDER BY n.paperCount DESC LIMIT 10`);
    const others = await rows<{ key: string }>(
      `MATCH (n:${label}) WHERE n.paperCount >= 2 WITH n ORDER BY rand() LIMIT 80 RETURN n.key AS key`,
    );
    const hubPairs = hubs.slice(1).map((hub, i) => ({ a: hubs[i].key, b: hub.key }));
    const randomPairs = others
      .slice(1)
      .filter((_, i) => i % 2 === 0)
      .map((other, i) => ({ a: others[i * 2].key, b: other.key }));
    const mixed = hubs.map((hub, i) => ({ a: hub.key, b: others[i]?.key ?? hub.key }));
    return [...hubPairs, ...randomPairs, ...mixed].filter((pair) => pair.a !== pair.b);
  };
  const compares = [
    ...(await pairsOf('Method')).map((p) => `/api/compare?a=${ref('Method', p.a)}&b=${ref('Method', p.b)}`),
    ...(await pairsOf('Dataset')).map((p) => `/api/compare?a=${ref('Dataset', p.a)}&b=${ref('Dataset', p.b)}`),
  ];
  return [
    { name: 'leaderboard', targetP95: 100, paths: leaderboards },
    { name: 'compare', targetP95: 200, paths: compares },
  ];
}
