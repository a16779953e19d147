/**
 * Papers per day for a few entities: each entity's papers grouped by their day (queries/paper-dates.ts), undated
 * papers under ''. The range and the buckets are applied to these counts in JS, so one answer per entity serves
 * every range and bucket (and can be cached for hubs).
 */
import { MENTION_ALTERNATION } from './relationships.ts';
import { entityRef, MATCH_REFS, type EntityRefRow } from './entity-ref.ts';
import { paperDay } from './paper-dates.ts';

export const TREND_DAYS = `${MATCH_REFS}
  CALL (e) {
    MATCH (e)<-[:${MENTION_ALTERNATION}]-(p)
    WITH coalesce(${paperDay('p')}, '') AS day, count(*) AS papers
    RETURN collect([day, papers]) AS perDay
  }
  RETURN ref.label + ':' + ref.key AS id, ${entityRef('e')} AS entity, perDay`;

export interface TrendDaysRow {
  id: string;
  entity: EntityRefRow;
  perDay: Array<[day: string, papers: number]>;
}
