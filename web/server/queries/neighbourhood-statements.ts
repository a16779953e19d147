/**
 * The Cypher of GET /api/neighbourhood. Every round trip to Neo4j costs several socket writes on each side, which
 * dominate a small neighbourhood's cost, so the first level is read in the same statement as the centre and, at
 * depth 1, together with the links among everything it found: one statement for the whole answer.
 */
import { npmiCypher, TOTAL_PAPERS_CYPHER } from '../../../graph-schema/informativeness.ts';
import { nodeIdOf, nodeSummary } from './node-summary.ts';
import { nodeFilter } from './filters.ts';
import { EXPLORER_ALTERNATION, MENTION_ALTERNATION } from './relationships.ts';

const OTHER_LINKS = `${MENTION_ALTERNATION}|CLAIMS|ABOUT|LISTED_IN`;
/**
 * `list` extended to at least 128 elements with integers no node or id equals. Neo4j answers `x IN list` from
 * a hash set only for lists of 128 or more (its InCache); shorter lists are scanned for every row, which cost a
 * neighbourhood about an eighth of its time in Neo4j.
 */
const HASHED = (list: string) => `${list} + range(size(${list}), 127)`;

/** A node's type: its label other than the `Entity` umbrella. */
export const TYPE_OF = (variable: string) => `[l IN labels(${variable}) WHERE l <> 'Entity'][0]`;

/**
 * The subquery body giving `n`'s strongest new neighbours `m` with their weight, up to `$perNode` of each type:
 * co-occurrences ranked by weight (from a window of `$coOccurrenceWindow` links), papers and other links by paper
 * count or upvotes. Taking the strongest per type, not overall, lets every type present reach the budget.
 */
function expansionBody(filtered: boolean): string {
  const matches = filtered ? `AND ${nodeFilter('m')}` : '';
  return `(n) {
    MATCH (n)-[r:CO_OCCURS]-(m)
    WITH r, m LIMIT $coOccurrenceWindow
    WITH r, m WHERE r.weight >= $minWeight AND ($aroundCentre OR NOT elementId(m) IN $seen) ${matches}
    WITH m, r.weight AS weight ORDER BY weight DESC
    WITH ${TYPE_OF('m')} AS type, collect([m, weight])[0..$perNode] AS strongest
    UNWIND strongest AS pick
    RETURN pick[0] AS m, pick[1] AS weight, true AS coOccurs
    UNION ALL
    MATCH (n)-[:${OTHER_LINKS}]-(m)
    WHERE NOT elementId(m) IN $seen AND ${nodeFilter('m')}
    WITH m LIMIT $paperWindow
    WITH DISTINCT m
    WITH m ORDER BY coalesce(m.paperCount, m.upvotes, 0) DESC, m.key
    WITH ${TYPE_OF('m')} AS type, collect(m)[0..$perNode] AS best
    UNWIND best AS m
    RETURN m, 1 AS weight, false AS coOccurs
  }`;
}

/**
 * How many new neighbours `n` has. With the default filters every neighbour qualifies, so the count comes from
 * Neo4j's degree store instead of visiting each one.
 */
function unseenCount(filtered: boolean): string {
  if (filtered) {
    return `COUNT {
      MATCH (n)-[r:${EXPLORER_ALTERNATION}]-(m)
      WHERE (type(r) <> 'CO_OCCURS' OR r.weight >= $minWeight) AND NOT elementId(m) IN $seen AND ${nodeFilter('m')}
      RETURN DISTINCT m
    }`;
  }
  return `CASE WHEN n:Paper OR n:Entity
      THEN COUNT { (n)-[:${MENTION_ALTERNATION}]-() } + COUNT { (n)-[:CO_OCCURS]-() } - $seenNeighbourAllowance
      ELSE COUNT { MATCH (n)-[:${EXPLORER_ALTERNATION}]-(m) WHERE NOT elementId(m) IN $seen AND ${nodeFilter('m')} RETURN DISTINCT m }
    END`;
}

/**
 * Links among the nodes of list `shown` (which may hold nulls, so positions stay put):
 * - `links`, each paper's and claim's own links to shown nodes (a paper has a few dozen), grouped by target and
 *   type: [target `Label:key`, type, [[source position in `shown`, mention count], …]]. Positions and grouping
 *   keep strings out of the answer, where each costs the driver as much to decode as a whole list of numbers;
 * - `coOccurrences`, the strongest co-occurrences among shown entities (`$coOccurrencesPerNode` per shown node),
 *   read from their partner lists: a pair is stored exactly when it is in the list of either end (see the loader's derive step),
 *   so no relationship scan is needed and a hub costs no more than anyone else. Grouped by one end:
 *   [`Label:key`, [partner `Label:key`, …], [weight, …]].
 */
const LINKS_AMONG_SHOWN = `
  CALL (shown) {
    WITH shown, ${HASHED('shown')} AS lookup
    UNWIND range(0, size(shown) - 1) AS i
    WITH shown[i] AS p, i, lookup WHERE p:Paper OR p:Claim
    MATCH (p)-[r:${MENTION_ALTERNATION}|CLAIMS|LISTED_IN|ABOUT]->(x) WHERE x IN lookup
    WITH x, type(r) AS type, collect([i, r.count]) AS sources
    RETURN collect([${nodeIdOf('x')}, type, sources]) AS links
  }
  CALL (shown) {
    WITH [x IN shown WHERE x:Entity] AS entities, $coOccurrencesPerNode * size(shown) AS cap
    WITH entities, cap, [x IN entities | ${nodeIdOf('x')}] AS entityIds
    WITH entities, cap, entityIds, ${HASHED('entityIds')} AS lookup
    UNWIND range(0, size(entities) - 1) AS k
    WITH entityIds[k] AS owner, cap, lookup, coalesce(entities[k].coPartners, []) AS partners,
      coalesce(entities[k].coPartnerWeights, []) AS weights
    UNWIND [i IN range(0, size(partners) - 1) WHERE weights[i] >= $minWeight AND partners[i] IN lookup
      | CASE WHEN owner < partners[i] THEN [owner, partners[i], weights[i]] ELSE [partners[i], owner, weights[i]] END] AS link
    WITH DISTINCT link, cap
    ORDER BY link[2] DESC, link[0], link[1]
    WITH cap, collect(link) AS strongestFirst
    UNWIND strongestFirst[0..cap] AS link
    WITH link[0] AS one, collect(link[1]) AS partners, collect(link[2]) AS weights
    RETURN collect([one, partners, weights]) AS coOccurrences
  }`;

/** NPMI of a co-occurrence link (graph-schema/informativeness.ts) from stored counts; null for paper links. */
function coOccurrenceNpmi(from: string, to: string, weight: string): string {
  return `CASE WHEN ${from}:Entity AND ${to}:Entity THEN ${npmiCypher(weight, `${from}.paperCount`, `${to}.paperCount`, TOTAL_PAPERS_CYPHER)} END`;
}

/** One round trip per level past the first: each frontier node's strongest new neighbours, and how many it has. */
export function expandStatement(filtered: boolean): string {
  return `
  UNWIND $frontier AS id
  MATCH (n) WHERE elementId(n) = id
  CALL ${expansionBody(filtered)}
  WITH n, collect([${nodeSummary('m')}, weight, coOccurs, ${coOccurrenceNpmi('n', 'm', 'weight')}]) AS candidates
  RETURN elementId(n) AS via, candidates, ${unseenCount(filtered)} AS unseen`;
}

/**
 * The centre (found by `matchCentre`, binding `n`), the graph's signature (count store, for caching), the first
 * level's neighbours and how many there are (in all and per type); with `withLinks` also the links among them.
 * The `$budget` neighbours are taken round-robin across types, strongest first within each (and within a round, so
 * the strongest overall always comes first), so every type present
 * is represented and a type that runs out leaves its share to the others (the route's takeBalanced, done here so
 * that links are read for the taken nodes only). Types in `$moreTypes` get `$moreExtra` more, taken first.
 */
export function centreStatement(matchCentre: string, filtered: boolean, withLinks: boolean): string {
  // The centre first, then the nodes taken in order: the positions the links refer to.
  const links = withLinks
    ? `WITH *, [n] + [c IN taken | c.node] AS shown ${LINKS_AMONG_SHOWN}`
    : 'WITH *, [] AS links, [] AS coOccurrences';
  return `
  ${matchCentre}
  WITH n LIMIT 1
  OPTIONAL CALL ${expansionBody(filtered)}
  WITH n, collect(CASE WHEN m IS NOT NULL THEN {node: m, weight: weight, coOccurs: coOccurs} END) AS found
  CALL (found) {
    UNWIND found AS f
    WITH f, ${TYPE_OF('f.node')} AS type ORDER BY f.weight DESC, coalesce(f.node.paperCount, f.node.upvotes, 0) DESC, f.node.key
    WITH type, collect(f) AS ofType
    UNWIND range(0, size(ofType) - 1) AS i
    WITH ofType[i] AS candidate, type, CASE WHEN type IN $moreTypes THEN i - $moreExtra ELSE i END AS rank
    ORDER BY rank, candidate.weight DESC, type LIMIT $budget + $moreExtra * size($moreTypes)
    RETURN collect(candidate) AS taken
  }
  CALL (n) {
    ${typeTotalsBody(filtered)}
  }
  ${links}
  RETURN ${nodeSummary('n')} AS centre, COUNT { (n)-[:CO_OCCURS]-() } AS coDegree,
    toString(COUNT { () }) + '/' + toString(COUNT { ()-->() }) AS signature,
    [c IN taken | [${nodeSummary('c.node')}, c.weight, c.coOccurs, ${coOccurrenceNpmi('n', 'c.node', 'c.weight')}]] AS candidates,
    ${unseenCount(filtered)} AS unseen, typeTotals, links, coOccurrences`;
}

/**
 * How many neighbours of each type `n` has (within the filters): [[type, count], …], for "N more datasets".
 * A neighbour reached both by co-occurrence and by a mention counts once.
 */
function typeTotalsBody(filtered: boolean): string {
  return `CALL (n) {
      MATCH (n)-[r:CO_OCCURS]-(m) WHERE r.weight >= $minWeight ${filtered ? `AND ${nodeFilter('m')}` : ''}
      RETURN m
      UNION
      MATCH (n)-[:${OTHER_LINKS}]-(m) WHERE ${nodeFilter('m')}
      RETURN m
    }
    WITH ${TYPE_OF('m')} AS type, count(*) AS total
    RETURN collect([type, total]) AS typeTotals`;
}

/**
 * The links among the nodes with element ids `$ids`, for answers deeper than one level. A node gone meanwhile
 * leaves a null, so the others keep the positions the links refer to.
 */
export const LINKS_AMONG = `
  UNWIND $ids AS id
  OPTIONAL MATCH (x) WHERE elementId(x) = id
  WITH [found IN collect([x]) | found[0]] AS shown
  ${LINKS_AMONG_SHOWN}
  RETURN links, coOccurrences`;
