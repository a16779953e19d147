/** GET /api/trends: papers per month or year for a few entities, undated papers counted apart. */
import type { TrendBucket, TrendSeries, TrendsResponse } from '../../shared/trends-api.ts';
import { badRequest } from '../errors.ts';
import { entityRefFromRow } from '../queries/entity-ref.ts';
import type { TrendDaysRow } from '../queries/trends.ts';
import { bucketOf, bucketsBetween, firstDayOf, lastDayOf } from './calendar.ts';
import { parseEntityIds, type TrendsQuery } from './schemas.ts';
import type { TrendDays } from './trend-days.ts';

interface SeriesCounts {
  row: TrendDaysRow;
  byBucket: Map<string, number>;
  undated: number;
}

/** One entity's days grouped into buckets, keeping the days inside [from, to] (null: open). */
function bucketed(row: TrendDaysRow, bucket: TrendBucket, from: string | null, to: string | null): SeriesCounts {
  const byBucket = new Map<string, number>();
  let undated = 0;
  for (const [day, papers] of row.perDay) {
    if (day === '') undated += papers;
    else if ((!from || day >= from) && (!to || day <= to))
      byBucket.set(bucketOf(day, bucket), (byBucket.get(bucketOf(day, bucket)) ?? 0) + papers);
  }
  return { row, byBucket, undated };
}

function undatedNote(series: TrendSeries[]): string | null {
  const undated = series.reduce((sum, one) => sum + one.undated, 0);
  if (undated === 0) return null;
  const all = series.reduce((sum, one) => sum + one.entity.paperCount, 0);
  return `${undated} of ${all} papers have no dated first version or listing (or only a day without a year) and are in no bucket.`;
}

export async function entityTrends(days: TrendDays, query: TrendsQuery): Promise<TrendsResponse> {
  const refs = parseEntityIds(query.ids);
  const from = query.from ? firstDayOf(query.from) : null;
  const to = query.to ? lastDayOf(query.to) : null;
  if (from && to && to < from) throw badRequest(`from (${query.from}) is after to (${query.to}).`);
  const counted = (await days.rows(refs)).map((row) => bucketed(row, query.bucket, from, to));
  const found = new Set(counted.map(({ row }) => row.id));
  const seen = counted.flatMap(({ byBucket }) => [...byBucket.keys()]).sort();
  const rangeFrom = from ?? (seen.length > 0 ? firstDayOf(seen[0]) : null);
  const rangeTo = to ?? (seen.length > 0 ? lastDayOf(seen[seen.length - 1]) : null);
  const buckets = rangeFrom && rangeTo ? bucketsBetween(rangeFrom, rangeTo, query.bucket) : [];
  const series: TrendSeries[] = counted.map(({ row, byBucket, undated }) => ({
    entity: entityRefFromRow(row.entity),
    counts: buckets.map((bucket) => byBucket.get(bucket) ?? 0),
    dated: [...byBucket.values()].reduce((sum, n) => sum + n, 0),
    undated,
  }));
  // Keep the order the ids were asked in.
  const order = refs.map((ref) => `${ref.label}:${ref.key}`);
  series.sort((a, b) => order.indexOf(a.entity.id) - order.indexOf(b.entity.id));
  return {
    bucket: query.bucket,
    from: rangeFrom,
    to: rangeTo,
    buckets,
    series,
    missing: order.filter((id) => !found.has(id)),
    undatedNote: undatedNote(series),
  };
}
