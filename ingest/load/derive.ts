/**
 * Derived structure, recomputed from the mention relationships after every ingest (idempotent):
 *
 * - on every entity: paperCount (papers with a mention relationship to it), firstDate/lastDate (earliest and
 *   latest paper date; full ISO dates when the entity has any, else the year-less `MM-DD` dates), searchText
 *   (name, then the other aliases, joined by " | "). Entities no paper mentions any more are deleted.
 * - CO_OCCURS between entities, weight = number of papers that mention both. Capping rule: for every entity
 *   its partners are ranked by weight (ties by `Label:key`) and the top CO_OCCURRENCE_PARTNERS are kept; a
 *   pair is stored when it is in the top list of either of its two entities (so every entity keeps links
 *   to its strongest partners, and hubs keep more). Each pair is stored once, directed from the smaller
 *   `Label:key` to the larger.
 *
 * Every step runs as CALL { ... } IN TRANSACTIONS so memory stays bounded at 100k papers; those need
 * auto-commit transactions, so connection losses are retried here rather than by executeWrite.
 */
import type { Driver } from 'neo4j-driver';
import { MENTION_TYPE_PATTERN } from './cypher.ts';
import { MID_RUN_BACKOFF_MS, withBackoff } from './retry.ts';

export const CO_OCCURRENCE_PARTNERS = 50;

/**
 * Each step commits in small inner transactions, but the outer statement lives as long as the whole step: on a
 * 100,000-paper graph that can pass the server's default transaction timeout (120 s for the managed Neo4j).
 */
const DERIVE_TIMEOUT_MS = 60 * 60_000;

const ENTITY_ID = (variable: string) => `[label IN labels(${variable}) WHERE label <> 'Entity'][0] + ':' + ${variable}.key`;

const UPDATE_ENTITY_STATS = `
MATCH (e:Entity)
CALL (e) {
  OPTIONAL MATCH (e)<-[:${MENTION_TYPE_PATTERN}]-(p:Paper)
  WITH e, count(DISTINCT p) AS papers,
       min(CASE WHEN size(p.date) = 10 THEN p.date END) AS firstIso, max(CASE WHEN size(p.date) = 10 THEN p.date END) AS lastIso,
       min(p.date) AS firstAny, max(p.date) AS lastAny
  WITH e, papers, coalesce(firstIso, firstAny) AS firstDate, coalesce(lastIso, lastAny) AS lastDate,
       reduce(text = e.name, alias IN [a IN e.aliases WHERE a <> e.name] | text + ' | ' + alias) AS searchText
  SET e.paperCount = papers, e.firstDate = firstDate, e.lastDate = lastDate
  FOREACH (_ IN CASE WHEN e.searchText IS NULL OR e.searchText <> searchText THEN [1] ELSE [] END |
    SET e.searchText = searchText)
} IN TRANSACTIONS OF 2000 ROWS`;

const DELETE_ORPHAN_ENTITIES = `
MATCH (e:Entity) WHERE e.paperCount = 0
CALL (e) { DETACH DELETE e } IN TRANSACTIONS OF 2000 ROWS`;

const DELETE_CO_OCCURRENCES = `
MATCH ()-[r:CO_OCCURS]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS`;

/**
 * Each entity's top partners are also kept on the entity itself, strongest first (`coPartners` = `Label:key`
 * ids, `coPartnerWeights`): since a pair is stored exactly when it is in either end's list, the links among any
 * set of entities follow from their lists alone, without reading a hub's tens of thousands of relationships.
 * count(*) counts papers: the writer gives a paper at most one mention relationship per entity.
 */
const CREATE_CO_OCCURRENCES = `
MATCH (e:Entity)
CALL (e) {
  WITH e, ${ENTITY_ID('e')} AS eid, COLLECT {
    MATCH (e)<-[:${MENTION_TYPE_PATTERN}]-(:Paper)-[:${MENTION_TYPE_PATTERN}]->(f:Entity)
    WHERE f <> e
    WITH f, count(*) AS weight
    WITH f, weight, ${ENTITY_ID('f')} AS fid
    ORDER BY weight DESC, fid ASC
    LIMIT ${CO_OCCURRENCE_PARTNERS}
    RETURN {node: f, id: fid, weight: weight}
  } AS partners
  SET e.coPartners = [partner IN partners | partner.id], e.coPartnerWeights = [partner IN partners | partner.weight]
  WITH e, eid, partners
  UNWIND partners AS partner
  WITH CASE WHEN eid < partner.id THEN e ELSE partner.node END AS a,
       CASE WHEN eid < partner.id THEN partner.node ELSE e END AS b, partner.weight AS weight
  MERGE (a)-[r:CO_OCCURS]->(b)
  SET r.weight = weight
} IN TRANSACTIONS OF 500 ROWS`;

/** True when some entity lacks its partner list: the graph was derived by an older papergraph. */
export async function derivedStructureIsStale(driver: Driver, database: string): Promise<boolean> {
  const { records } = await driver.executeQuery(
    'RETURN EXISTS { MATCH (e:Entity) WHERE e.coPartners IS NULL OR e.coPartnerWeights IS NULL } AS stale',
    {},
    { database, routing: 'READ' },
  );
  return records[0].get('stale') as boolean;
}

export interface DeriveTimings {
  entityStatsMs: number;
  coOccurrenceMs: number;
  coOccurrences: number;
}

export async function deriveStructure(driver: Driver, database: string, log: (line: string) => void = () => {}): Promise<DeriveTimings> {
  const run = (query: string, params: Record<string, unknown> = {}) =>
    withBackoff(
      async () => {
        const session = driver.session({ database });
        try {
          await session.run(query, params, { timeout: DERIVE_TIMEOUT_MS });
        } finally {
          await session.close();
        }
      },
      { delaysMs: MID_RUN_BACKOFF_MS, onRetry: (_error, attempt, delay) => log(`derive: Neo4j connection lost, retry ${attempt} in ${delay / 1000} s`) },
    );
  const started = Date.now();
  await run(UPDATE_ENTITY_STATS);
  await run(DELETE_ORPHAN_ENTITIES);
  const statsDone = Date.now();
  await run(DELETE_CO_OCCURRENCES);
  await run(CREATE_CO_OCCURRENCES);
  const coOccurrences = await driver.executeQuery('MATCH ()-[r:CO_OCCURS]->() RETURN count(r) AS n', {}, { database });
  return {
    entityStatsMs: statsDone - started,
    coOccurrenceMs: Date.now() - statsDone,
    coOccurrences: coOccurrences.records[0].get('n') as number,
  };
}
