import { MENTION_ALTERNATION } from './relationships.ts';

/**
 * Cypher of the results endpoints. Results hang off claims: (Claim)-[:REPORTS]->(Result), linked ON a
 * dataset, OF a metric, BY its subject and AGAINST its baseline. Labels and types here are literals.
 *
 * Rows travel as lists, not maps: decoding a map's keys again on every row was most of the API's cost for a
 * leaderboard (as for neighbourhoods); result-rows.ts names the positions.
 */

/** The row every results answer returns per Result (r, its claim c, its paper p), in StoredResultList's order. */
export const RESULT_ROW_LIST = `[
  r.key, r.raw, r.value, r.unit, r.kind, r.higherIsBetter, r.start, r.end,
  r.metricName, r.datasetName, r.subjectName, r.baselineName, c.text, p.key, p.title, p.date,
  [(r)-[:BY]->(s:Method) | [s.key, s.name, s.aliases]][0],
  [(r)-[:AGAINST]->(b:Method) | [b.key, b.name, b.aliases]][0],
  [(r)-[:OF]->(m:Metric) | [m.key, m.name, m.aliases]][0],
  [(r)-[:ON]->(d:Dataset) | [d.key, d.name, d.aliases]][0]
]`;

/**
 * The ends of a leaderboard and how many results hang off each (a node's degree, read without walking): the
 * pair's results are then walked from the end with fewer.
 */
export const LEADERBOARD_ENDS = `
OPTIONAL MATCH (d:Dataset {key: $datasetKey})
OPTIONAL MATCH (m:Metric {key: $metricKey})
RETURN d, m, CASE WHEN d IS NULL THEN 0 ELSE COUNT { (d)<-[:ON]-() } END AS datasetResults,
       CASE WHEN m IS NULL THEN 0 ELSE COUNT { (m)<-[:OF]-() } END AS metricResults`;

/**
 * Every result on one (dataset, metric) pair, walked from `from` (the end with fewer results). Scores first,
 * best first by $higher (the metric's direction); then relative gains, largest first; results without a number
 * last. Sentences, papers and slot entities are read for the rows returned only.
 */
export function leaderboard(from: 'dataset' | 'metric'): string {
  const walk =
    from === 'dataset'
      ? 'MATCH (:Dataset {key: $datasetKey})<-[:ON]-(r:Result) WHERE EXISTS { (r)-[:OF]->(:Metric {key: $metricKey}) }'
      : 'MATCH (:Metric {key: $metricKey})<-[:OF]-(r:Result) WHERE EXISTS { (r)-[:ON]->(:Dataset {key: $datasetKey}) }';
  return `
${walk}
WITH r
ORDER BY CASE WHEN r.kind = 'score' THEN 0 ELSE 1 END, r.value IS NULL,
         CASE WHEN r.kind = 'score' AND NOT $higher THEN r.value ELSE -r.value END, r.key
WITH collect(r) AS results
RETURN size(results) AS total,
  [r IN results[0..$limit] |
    head(COLLECT { MATCH (c:Claim)-[:REPORTS]->(r) MATCH (p:Paper {key: r.paperKey}) RETURN ${RESULT_ROW_LIST} })] AS rows`;
}

/** Both ends of a comparison, with their stored co-occurrence partner lists (strongest first). */
export const COMPARE_ENDS = `
MATCH (a:Entity {key: $aKey}) WHERE $aLabel IN labels(a)
MATCH (b:Entity {key: $bKey}) WHERE $bLabel IN labels(b)
RETURN a, b, a.coPartners AS aPartners, a.coPartnerWeights AS aWeights, b.coPartners AS bPartners, b.coPartnerWeights AS bWeights`;

/**
 * Exact co-occurrence partners of one entity, walked through its papers: for entities with few enough papers
 * (a hub's partners come from its stored top list instead). count(*) counts papers: the writer gives a paper at
 * most one mention relationship per entity (as the derive's co-occurrence count relies on). One row of two lists.
 */
export const PARTNERS_BY_PAPERS = `
MATCH (x:Entity {key: $key}) WHERE $label IN labels(x)
MATCH (x)<-[:${MENTION_ALTERNATION}]-(p:Paper)-[:${MENTION_ALTERNATION}]->(e:Entity)
WHERE e <> x
WITH e, count(*) AS weight
ORDER BY weight DESC, e.key
LIMIT 2000
WITH [l IN labels(e) WHERE l <> 'Entity'][0] + ':' + e.key AS id, weight
RETURN collect(id) AS ids, collect(weight) AS weights`;

/** Names of partner entities (ids `Label:key`), read through the Entity key index: one row, [id, name] pairs. */
export const PARTNER_NAMES = `
UNWIND $refs AS ref
MATCH (e:Entity {key: ref.key}) WHERE ref.label IN labels(e)
RETURN collect([ref.id, e.name]) AS names`;

/**
 * What a comparison needs of an entity's results to find the pairs both ends have results on: per result its
 * key and the two slots of the pair, each as [linked entity key, written name]. One row; full rows are read
 * afterwards for the shared pairs only (RESULT_ROWS_BY_KEY).
 */
export function resultPairSlotsOfEntity(
  relationship: 'BY' | 'ON' | 'OF',
  label: 'Method' | 'Dataset' | 'Metric',
  slots: readonly [PairSlot, PairSlot],
): string {
  const slot = (name: PairSlot) => `[[(r)-[:${SLOT_LINKS[name].relationship}]->(s:${SLOT_LINKS[name].label}) | s.key][0], r.${name}Name]`;
  return `
MATCH (e:${label} {key: $key})<-[:${relationship}]-(r:Result)
WITH r LIMIT $cap
MATCH (c:Claim)-[:REPORTS]->(r)
MATCH (p:Paper {key: r.paperKey})
RETURN collect([r.key, ${slot(slots[0])}, ${slot(slots[1])}]) AS results`;
}

export type PairSlot = 'subject' | 'dataset' | 'metric';

/** How a result links to the entity of each slot that can make a pair. */
export const SLOT_LINKS = {
  subject: { relationship: 'BY', label: 'Method' },
  dataset: { relationship: 'ON', label: 'Dataset' },
  metric: { relationship: 'OF', label: 'Metric' },
} as const satisfies Record<PairSlot, { relationship: string; label: string }>;

/** Full rows of the given results (keys), through the Result key constraint. */
export const RESULT_ROWS_BY_KEY = `
UNWIND $keys AS key
MATCH (r:Result {key: key})
MATCH (c:Claim)-[:REPORTS]->(r)
MATCH (p:Paper {key: r.paperKey})
RETURN collect(${RESULT_ROW_LIST}) AS rows`;

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
