/**
 * The derived properties, each one statement over a scope of entities: every entity (a full rebuild) or only
 * those marked `derivePending` (an incremental update). The writer marks an entity when a paper that mentions
 * it, or mentioned it before a rewrite, is written; nothing else can change a derived value. A later derived
 * property is one more entry in DERIVED_STEPS.
 *
 * - entity stats: paperCount (papers with a mention relationship), firstDate/lastDate (earliest and latest paper
 *   date; full ISO dates when the entity has any, else the year-less `MM-DD` dates), searchText (name, then the
 *   other aliases, joined by " | ").
 * - orphans: entities no paper mentions any more are deleted (with their links).
 * - monthly papers: `PAPERS_IN` to `Month` nodes with the entity's papers per day of each month, `firstDay` and
 *   `undatedPapers` (graph-schema/entity-months.ts); months no entity has papers in any more are deleted. They
 *   depend only on the entity's own papers, so recomputing the marked entities equals a rebuild.
 * - co-occurrence: CO_OCCURS between entities, weight = papers that mention both. For every entity its partners
 *   are ranked by weight (ties by `Label:key`) and the top CO_OCCURRENCE_PARTNERS are kept on it (`coPartners`,
 *   `coPartnerWeights`); a pair is stored when it is in the list of either end, once, directed from the smaller
 *   `Label:key` to the larger.
 *
 * Why an incremental update equals a rebuild: a weight changes only when a paper mentioning both ends changed,
 * so both ends are marked; a list changes only when one of its weights changed or a partner was deleted (its
 * papers changed, so its partners are marked). For a marked entity e and an unmarked f, the pair stays exactly
 * when f's (unchanged) list holds e, or e's new list holds f.
 */
import { MONTH_LABEL, PAPERS_IN_MONTH } from '../../graph-schema/entity-months.ts';
import { paperDay } from '../../graph-schema/paper-day.ts';
import { MENTION_TYPE_PATTERN } from './cypher.ts';
import { PENDING_PROPERTY } from './pending.ts';

export const CO_OCCURRENCE_PARTNERS = 50;

/** Which entities a step runs over. */
export type DeriveScope = 'all' | 'pending';

export interface DerivedStep {
  name: string;
  statement: (scope: DeriveScope) => string;
}

const ENTITY_ID = (variable: string) => `[label IN labels(${variable}) WHERE label <> 'Entity'][0] + ':' + ${variable}.key`;

export function entitiesIn(scope: DeriveScope): string {
  return scope === 'all' ? 'MATCH (e:Entity)' : `MATCH (e:Entity) WHERE e.${PENDING_PROPERTY} = true`;
}

const entityStats: DerivedStep = {
  name: 'entity stats',
  statement: (scope) => `
${entitiesIn(scope)}
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
} IN TRANSACTIONS OF 2000 ROWS`,
};

const orphans: DerivedStep = {
  name: 'orphaned entities',
  statement: (scope) => `
${entitiesIn(scope)}
WITH e WHERE e.paperCount = 0
CALL (e) { DETACH DELETE e } IN TRANSACTIONS OF 2000 ROWS`,
};

/**
 * The entity's papers per day (undated ones apart), then one PAPERS_IN per month built from the sorted days by list
 * comprehension, so the lists come out in the same order whatever order the papers were read in. Only what changed
 * is written: a day's ingest changes one month of most entities, and creating or deleting a relationship on a Month
 * (a dense node) costs far more than setting a property on one.
 */
const monthlyPapers: DerivedStep = {
  name: 'monthly papers',
  statement: (scope) => `
${entitiesIn(scope)}
CALL (e) {
  WITH e, COLLECT {
    MATCH (e)<-[:${MENTION_TYPE_PATTERN}]-(p:Paper)
    WITH ${paperDay('p')} AS day
    WITH day, count(*) AS papers
    RETURN {day: day, papers: papers} ORDER BY day
  } AS perDay
  WITH e, [one IN perDay WHERE one.day IS NOT NULL] AS dated,
       reduce(total = 0, one IN [one IN perDay WHERE one.day IS NULL] | total + one.papers) AS undated
  SET e.firstDay = dated[0].day, e.undatedPapers = undated
  WITH e, dated, reduce(months = [], one IN dated |
    CASE WHEN substring(one.day, 0, 7) IN months THEN months ELSE months + substring(one.day, 0, 7) END) AS months
  CALL (e, months) {
    MATCH (e)-[old:${PAPERS_IN_MONTH}]->(m:${MONTH_LABEL}) WHERE NOT m.key IN months
    DELETE old
  }
  UNWIND months AS month
  WITH e, month, [one IN dated WHERE substring(one.day, 0, 7) = month] AS inMonth
  WITH e, month, [one IN inMonth | one.day] AS days, [one IN inMonth | one.papers] AS dayPapers
  MERGE (m:${MONTH_LABEL} {key: month})
  MERGE (e)-[c:${PAPERS_IN_MONTH}]->(m)
  FOREACH (_ IN CASE WHEN c.days IS NULL OR c.days <> days OR c.dayPapers <> dayPapers THEN [1] ELSE [] END |
    SET c.days = days, c.dayPapers = dayPapers, c.papers = reduce(total = 0, n IN dayPapers | total + n))
} IN TRANSACTIONS OF 500 ROWS`,
};

/** Months are few (one per calendar month of the graph), so all are checked in either scope. */
const emptyMonths: DerivedStep = {
  name: 'empty months',
  statement: () => `
MATCH (m:${MONTH_LABEL}) WHERE NOT EXISTS { (m)<-[:${PAPERS_IN_MONTH}]-() }
DELETE m`,
};

const staleCoOccurrences: DerivedStep = {
  name: 'stale co-occurrence links',
  statement: (scope) =>
    scope === 'all'
      ? `
MATCH ()-[r:CO_OCCURS]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS`
      : `
${entitiesIn(scope)}
CALL (e) {
  WITH e, ${ENTITY_ID('e')} AS eid
  MATCH (e)-[r:CO_OCCURS]-(f)
  WHERE f.${PENDING_PROPERTY} = true OR NOT eid IN coalesce(f.coPartners, [])
  DELETE r
} IN TRANSACTIONS OF 200 ROWS`,
};

/** count(*) counts papers: the writer gives a paper at most one mention relationship per entity. */
const coOccurrences: DerivedStep = {
  name: 'co-occurrences',
  statement: (scope) => `
${entitiesIn(scope)}
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
} IN TRANSACTIONS OF 500 ROWS`,
};

/**
 * In dependency order: counts decide orphans; orphans leave the lists (and take their monthly links along); old
 * links go before new ones are merged.
 */
export const DERIVED_STEPS: readonly DerivedStep[] = [entityStats, orphans, monthlyPapers, emptyMonths, staleCoOccurrences, coOccurrences];

/** Run after every step, in either scope: the marks are done with. */
export const CLEAR_PENDING = `
MATCH (e:Entity) WHERE e.${PENDING_PROPERTY} = true
CALL (e) { REMOVE e.${PENDING_PROPERTY} } IN TRANSACTIONS OF 5000 ROWS`;
