import { MENTION_ALTERNATION } from './relationships.ts';

/**
 * Cypher of the results endpoints. Results hang off claims: (Claim)-[:REPORTS]->(Result), linked ON a
 * dataset, OF a metric, BY its subject and AGAINST its baseline. Labels and types here are literals.
 */

/** The row every results answer returns per Result: its properties, paper, sentence and slot entities. */
export const RESULT_ROW_FIELDS = `{
  key: r.key, raw: r.raw, value: r.value, unit: r.unit, kind: r.kind, higherIsBetter: r.higherIsBetter,
  start: r.start, end: r.end, metricName: r.metricName, datasetName: r.datasetName,
  subjectName: r.subjectName, baselineName: r.baselineName, sentence: c.text,
  paperKey: p.key, paperTitle: p.title, paperDate: p.date,
  subject: [(r)-[:BY]->(s:Method) | [s.key, s.name, s.aliases]][0],
  baseline: [(r)-[:AGAINST]->(b:Method) | [b.key, b.name, b.aliases]][0],
  metric: [(r)-[:OF]->(m:Metric) | [m.key, m.name, m.aliases]][0],
  dataset: [(r)-[:ON]->(d:Dataset) | [d.key, d.name, d.aliases]][0]
}`;

/**
 * Every result on one (dataset, metric) pair. Scores first, best first by $higher (the metric's direction);
 * then relative gains, largest first; results without a number last.
 */
export const LEADERBOARD = `
MATCH (d:Dataset {key: $datasetKey})
MATCH (m:Metric {key: $metricKey})
OPTIONAL MATCH (d)<-[:ON]-(r:Result)-[:OF]->(m)
WITH d, m, r
ORDER BY CASE WHEN r.kind = 'score' THEN 0 ELSE 1 END, r.value IS NULL,
         CASE WHEN r.kind = 'score' AND NOT $higher THEN r.value ELSE -r.value END, r.key
WITH d, m, collect(r) AS results
RETURN d, m, size(results) AS total,
  [r IN results[0..$limit] |
    head(COLLECT { MATCH (c:Claim)-[:REPORTS]->(r) MATCH (p:Paper {key: r.paperKey}) RETURN ${RESULT_ROW_FIELDS} })] AS rows`;

/** Both ends of a comparison, with their stored co-occurrence partner lists (strongest first). */
export const COMPARE_ENDS = `
MATCH (a:Entity {key: $aKey}) WHERE $aLabel IN labels(a)
MATCH (b:Entity {key: $bKey}) WHERE $bLabel IN labels(b)
RETURN a, b, a.coPartners AS aPartners, a.coPartnerWeights AS aWeights, b.coPartners AS bPartners, b.coPartnerWeights AS bWeights`;

/**
 * Exact co-occurrence partners of one entity, walked through its papers: for entities with few enough papers
 * (a hub's partners come from its stored top list instead).
 */
export const PARTNERS_BY_PAPERS = `
MATCH (x:Entity {key: $key}) WHERE $label IN labels(x)
MATCH (x)<-[:${MENTION_ALTERNATION}]-(p:Paper)-[:${MENTION_ALTERNATION}]->(e:Entity)
WHERE e <> x
WITH e, count(DISTINCT p) AS weight
ORDER BY weight DESC, e.key
LIMIT 2000
RETURN [l IN labels(e) WHERE l <> 'Entity'][0] + ':' + e.key AS id, weight`;

/** Names of partner entities (ids `Label:key`), read through the Entity key index. */
export const PARTNER_NAMES = `
UNWIND $refs AS ref
MATCH (e:Entity {key: ref.key}) WHERE ref.label IN labels(e)
RETURN ref.id AS id, e.name AS name`;

/** The results of one entity by the relationship that ties it to its results (BY, ON or OF). */
export function resultsOfEntity(relationship: 'BY' | 'ON' | 'OF', label: 'Method' | 'Dataset' | 'Metric'): string {
  return `
MATCH (e:${label} {key: $key})<-[:${relationship}]-(r:Result)
WITH r LIMIT $cap
MATCH (c:Claim)-[:REPORTS]->(r)
MATCH (p:Paper {key: r.paperKey})
RETURN ${RESULT_ROW_FIELDS} AS row`;
}

/** Papers naming both ends, newest first; the walk starts from the end with fewer papers. */
export const PAPERS_NAMING_BOTH = `
MATCH (x:Entity {key: $fromKey}) WHERE $fromLabel IN labels(x)
MATCH (y:Entity {key: $toKey}) WHERE $toLabel IN labels(y)
MATCH (x)<-[]-(p:Paper)
WHERE EXISTS { (p)-->(y) }
WITH DISTINCT p
WITH p ORDER BY p.date DESC, p.key
WITH collect(p {.key, .title, .date}) AS papers
RETURN size(papers) AS total, papers[0..$limit] AS papers`;

/** The (dataset, metric) pairs an entity's results are on, most results first. */
export function resultPairs(relationship: 'BY' | 'ON' | 'OF', label: 'Method' | 'Dataset' | 'Metric'): string {
  return `
MATCH (e:${label} {key: $key})
OPTIONAL MATCH (e)<-[:${relationship}]-(r:Result)
OPTIONAL MATCH (r)-[:ON]->(d:Dataset)
OPTIONAL MATCH (r)-[:OF]->(m:Metric)
WITH e, d, m, count(r) AS results
ORDER BY results DESC, d.name, m.name
WITH e, collect(CASE WHEN d IS NULL OR m IS NULL THEN null ELSE {datasetKey: d.key, datasetName: d.name, metricKey: m.key, metricName: m.name, results: results} END) AS pairs
RETURN e, pairs[0..$limit] AS pairs`;
}
