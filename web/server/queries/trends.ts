/**
 * Papers per day for a few entities, undated papers under '': read from the derived monthly counts
 * (graph-schema/entity-months.ts), a few rows per entity however many papers it has. The range and the buckets are
 * applied to these counts in JS, so one answer per entity serves every range and bucket.
 */
import { MONTH_LABEL, PAPERS_IN_MONTH } from '../../../graph-schema/entity-months.ts';
import { entityRef, MATCH_REFS, type EntityRefRow } from './entity-ref.ts';

export const TREND_DAYS = `${MATCH_REFS}
  RETURN ref.label + ':' + ref.key AS id, ${entityRef('e')} AS entity,
    COLLECT {
      MATCH (e)-[c:${PAPERS_IN_MONTH}]->(:${MONTH_LABEL})
      UNWIND range(0, size(c.days) - 1) AS i
      RETURN [c.days[i], c.dayPapers[i]]
    } + CASE WHEN e.undatedPapers > 0 THEN [['', e.undatedPapers]] ELSE [] END AS perDay`;

export interface TrendDaysRow {
  id: string;
  entity: EntityRefRow;
  perDay: Array<[day: string, papers: number]>;
}
