/**
 * Per-entity paper counts in a window and in the baseline just before it, from the papers dated in either
 * (found through the Paper.date index), for the rising score of trends/rising-score.ts.
 */
import { MENTION_ALTERNATION } from './relationships.ts';
import { entityRef, type EntityRefRow } from './entity-ref.ts';
import { PAPERS_IN_WINDOW, paperDay } from './paper-dates.ts';

/**
 * $windowFrom..$windowTo spans baseline and window; $from starts the window. Candidates are entities with at least
 * $minCount recent papers, and entities with recent papers but none in the baseline (maybe new: checked against
 * every earlier paper). `isNew`: no dated paper before the window at all.
 */
export const GROWTH_COUNTS = `${PAPERS_IN_WINDOW}
  MATCH (p)-[:${MENTION_ALTERNATION}]->(e:Entity)
  WITH e, count(CASE WHEN day >= $from THEN 1 END) AS recent, count(CASE WHEN day < $from THEN 1 END) AS past
  WHERE (recent >= $minCount OR (recent > 0 AND past = 0)) AND any(label IN labels(e) WHERE label IN $types)
  WITH e, recent, past,
       past = 0 AND NOT EXISTS { MATCH (e)<-[:${MENTION_ALTERNATION}]-(q:Paper) WHERE ${paperDay('q')} < $windowFrom } AS isNew
  RETURN ${entityRef('e')} AS entity, recent, past, isNew`;

export interface GrowthCountsRow {
  entity: EntityRefRow;
  recent: number;
  past: number;
  isNew: boolean;
}
