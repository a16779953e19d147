/**
 * Per-entity paper counts in a window and in the baseline just before it, for the rising score of
 * trends/rising-score.ts, read from the derived monthly counts (graph-schema/entity-months.ts) instead of the
 * window's papers: the window's months give every entity with papers in it; only the candidates read their
 * baseline months.
 */
import { MONTH_LABEL, PAPERS_IN_MONTH } from '../../../graph-schema/entity-months.ts';
import { entityRef, type EntityRefRow } from './entity-ref.ts';

/**
 * The papers of PAPERS_IN relationship `c` to month `m` dated in [$<from>, $<to>]: all of them when the whole month
 * lies inside (no month has a day after the 31st), else those of its days inside.
 */
function papersBetween(c: string, m: string, from: string, to: string): string {
  return `CASE WHEN $${from} <= ${m}.key + '-01' AND ${m}.key + '-31' <= $${to} THEN ${c}.papers
    ELSE reduce(papers = 0, i IN range(0, size(${c}.days) - 1) |
      papers + CASE WHEN ${c}.days[i] >= $${from} AND ${c}.days[i] <= $${to} THEN ${c}.dayPapers[i] ELSE 0 END) END`;
}

/**
 * $from..$to is the window, $windowFrom..$baselineTo the baseline before it. Candidates are the entities of
 * $types with at least $minCount recent papers, and those with recent papers and no dated paper before the window
 * (`isNew`, from the indexed firstDay; their past is 0). Entities with a few recent papers and an older past are
 * neither rising nor new, so they are not read further.
 */
export const GROWTH_COUNTS = `
  MATCH (m:${MONTH_LABEL}) WHERE m.key >= substring($from, 0, 7) AND m.key <= substring($to, 0, 7)
  MATCH (m)<-[c:${PAPERS_IN_MONTH}]-(e)
  WITH e, sum(${papersBetween('c', 'm', 'from', 'to')}) AS recent
  WITH e, recent, e.firstDay >= $from AS isNew
  WHERE recent > 0 AND (recent >= $minCount OR isNew) AND any(label IN labels(e) WHERE label IN $types)
  CALL (e, isNew) {
    MATCH (e)-[c:${PAPERS_IN_MONTH}]->(m:${MONTH_LABEL})
    WHERE NOT isNew AND m.key >= substring($windowFrom, 0, 7) AND m.key <= substring($baselineTo, 0, 7)
    RETURN sum(${papersBetween('c', 'm', 'windowFrom', 'baselineTo')}) AS past
  }
  RETURN ${entityRef('e')} AS entity, recent, past, isNew`;

export interface GrowthCountsRow {
  entity: EntityRefRow;
  recent: number;
  past: number;
  isNew: boolean;
}
