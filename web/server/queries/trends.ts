/**
 * Papers per bucket for a few entities: each entity's papers grouped by the bucket of their day (queries/
 * paper-dates.ts), with papers outside the asked range and undated papers counted apart.
 */
import { MENTION_ALTERNATION } from './relationships.ts';
import { entityRef, MATCH_REFS, type EntityRefRow } from './entity-ref.ts';
import { paperDay } from './paper-dates.ts';

/** Bucket '' holds undated papers and '~' papers dated outside [$from, $to] (either may be null: open). */
export const TREND_COUNTS = `${MATCH_REFS}
  CALL (e) {
    MATCH (e)<-[:${MENTION_ALTERNATION}]-(p:Paper)
    WITH ${paperDay('p')} AS day
    WITH CASE WHEN day IS NULL THEN ''
              WHEN ($from IS NOT NULL AND day < $from) OR ($to IS NOT NULL AND day > $to) THEN '~'
              ELSE substring(day, 0, $bucketLength) END AS bucket, count(*) AS papers
    RETURN collect([bucket, papers]) AS perBucket
  }
  RETURN ref.label + ':' + ref.key AS id, ${entityRef('e')} AS entity, perBucket`;

export interface TrendCountsRow {
  id: string;
  entity: EntityRefRow;
  perBucket: Array<[bucket: string, papers: number]>;
}
