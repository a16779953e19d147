/**
 * The Cypher of GET /api/neighbourhood. Every round trip to Neo4j costs several socket writes on each side, which
 * dominate a small neighbourhood's cost, so the first level is read in the same statement as the centre and, at
 * depth 1, together with the links among everything it found: one statement for the whole answer.
 */
import { nodeSummary } from './node-summary.ts';
import { nodeFilter } from './filters.ts';
import { EXPLORER_ALTERNATION, MENTION_ALTERNATION } from './relationships.ts';

const OTHER_LINKS = `${MENTION_ALTERNATION}|CLAIMS|ABOUT|LISTED_IN`;
/** A node's id as `Label:key`, the form of the entities' `coPartners` lists. */
const NODE_ID = (variable: string) => `[label IN labels(${variable}) WHERE label <> 'Entity'][0] + ':' + ${variable}.key`;

/**
 * The subquery body giving `n`'s strongest new neighbours `m` with their weight: co-occurrences ranked by weight
 * (from a window of `$coOccurrenceWindow` links), papers and other links by paper count or upvotes.
 */
function expansionBody(filtered: boolean): string {
  const matches = filtered ? `AND ${nodeFilter('m')}` : '';
  return `(n) {
    MATCH (n)-[r:CO_OCCURS]-(m)
    WITH r, m LIMIT $coOccurrenceWindow
    WITH r, m WHERE r.weight >= $minWeight AND ($aroundCentre OR NOT elementId(m) IN $seen) ${matches}
    WITH m, r.weight AS weight ORDER BY weight DESC LIMIT $perNode
    RETURN m, weight, true AS coOccurs
    UNION ALL
    MATCH (n)-[:${OTHER_LINKS}]-(m)
    WHERE NOT elementId(m) IN $seen AND ${nodeFilter('m')}
    WITH m LIMIT $paperWindow
    WITH DISTINCT m
    WITH m ORDER BY coalesce(m.paperCount, m.upvotes, 0) DESC, m.key LIMIT $perNode
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
 * Links among the nodes of list `shown`: papers' and claims' own links (a paper has a few dozen), and the
 * co-occurrences strongest first (with `capped`, the strongest `$coOccurrenceCap`), read from the entities' partner lists: a pair is stored exactly when
 * it is in the list of either end (see the loader's derive step), so no relationship scan is needed and a hub
 * costs no more than anyone else. Co-occurrences come as [`Label:key`, `Label:key`, weight].
 */
function linksAmongShown(capped: boolean): string {
  return `
  CALL (shown) {
    UNWIND shown AS p
    WITH p, shown WHERE p:Paper OR p:Claim
    MATCH (p)-[r:${MENTION_ALTERNATION}|CLAIMS|LISTED_IN|ABOUT]->(x) WHERE x IN shown
    RETURN collect([type(r), elementId(p), elementId(x), r.count]) AS links
  }
  CALL (shown) {
    WITH shown, [x IN shown | ${NODE_ID('x')}] AS shownIds
    UNWIND shown AS e
    WITH e, shownIds WHERE e:Entity
    WITH ${NODE_ID('e')} AS owner, shownIds, coalesce(e.coPartners, []) AS partners, coalesce(e.coPartnerWeights, []) AS weights
    UNWIND range(0, size(partners) - 1) AS i
    WITH owner, shownIds, partners[i] AS partner, weights[i] AS weight
    WHERE weight >= $minWeight AND partner IN shownIds
    WITH DISTINCT CASE WHEN owner < partner THEN [owner, partner] ELSE [partner, owner] END AS pair, weight
    ORDER BY weight DESC ${capped ? 'LIMIT $coOccurrenceCap' : ''}
    RETURN collect(pair + weight) AS coOccurrences
  }`;
}

/** One round trip per level past the first: each frontier node's strongest new neighbours, and how many it has. */
export function expandStatement(filtered: boolean): string {
  return `
  UNWIND $frontier AS id
  MATCH (n) WHERE elementId(n) = id
  CALL ${expansionBody(filtered)}
  WITH n, collect({summary: ${nodeSummary('m')}, weight: weight, coOccurs: coOccurs}) AS candidates
  RETURN elementId(n) AS via, candidates, ${unseenCount(filtered)} AS unseen`;
}

/**
 * The centre (found by `matchCentre`, binding `n`), the graph's signature (count store, for caching), the first
 * level's neighbours and how many there are; with `withLinks` also the links among them. The `$budget` neighbours
 * are taken strongest first, alternating entities and papers so both get a share: entity i ranks 2i and paper i
 * ranks 2i + 1, so when one kind runs out the other fills the rest (the route's takeBalanced, done here so that
 * links are read for the taken nodes only).
 */
export function centreStatement(matchCentre: string, filtered: boolean, withLinks: boolean): string {
  const links = withLinks
    ? `WITH *, [c IN taken | c.node] + n AS shown
       ${linksAmongShown(true)}`
    : 'WITH *, [] AS links, [] AS coOccurrences';
  return `
  ${matchCentre}
  WITH n LIMIT 1
  OPTIONAL CALL ${expansionBody(filtered)}
  WITH n, collect(CASE WHEN m IS NOT NULL THEN {node: m, weight: weight, coOccurs: coOccurs} END) AS found
  WITH n, [f IN found WHERE NOT f.node:Paper] AS others, [f IN found WHERE f.node:Paper] AS papers
  CALL (others, papers) {
    UNWIND [i IN range(0, size(others) - 1) | {rank: 2 * i, candidate: others[i]}]
      + [i IN range(0, size(papers) - 1) | {rank: 2 * i + 1, candidate: papers[i]}] AS ranked
    WITH ranked ORDER BY ranked.rank LIMIT $budget
    RETURN collect(ranked.candidate) AS taken
  }
  ${links}
  RETURN ${nodeSummary('n')} AS centre, COUNT { (n)-[:CO_OCCURS]-() } AS coDegree,
    toString(COUNT { () }) + '/' + toString(COUNT { ()-->() }) AS signature,
    [c IN taken | {summary: ${nodeSummary('c.node')}, weight: c.weight, coOccurs: c.coOccurs}] AS candidates,
    ${unseenCount(filtered)} AS unseen, links, coOccurrences`;
}

/** The links among the nodes with element ids `$ids`, for answers deeper than one level. */
export const LINKS_AMONG = `
  UNWIND $ids AS id
  MATCH (x) WHERE elementId(x) = id
  WITH collect(x) AS shown
  ${linksAmongShown(true)}
  RETURN links, coOccurrences`;
