/** The window of rising/what's new: asked dates widened to whole days, defaults ending at the graph's latest day. */
import type { TrendWindowDTO } from '../../shared/trends-api.ts';
import type { GraphDatabase } from '../database.ts';
import { badRequest } from '../errors.ts';
import { LATEST_DAY } from '../queries/paper-dates.ts';
import { addDays, daysInclusive, firstDayOf, lastDayOf } from './calendar.ts';
import { BASELINE_FACTOR } from './rising-score.ts';

export const DEFAULT_WINDOW_DAYS = 90;

export async function latestDay(db: GraphDatabase): Promise<string | null> {
  const result = await db.readStatement<{ latest: string | null }>(LATEST_DAY, {});
  return result.records[0]?.get('latest') ?? null;
}

/** The window [from, to] and its baseline; null when nothing is asked and the graph has no dated paper. */
export function trendWindow(
  from: string | undefined,
  to: string | undefined,
  latest: string | null,
  defaultDays = DEFAULT_WINDOW_DAYS,
): TrendWindowDTO | null {
  const end = to ? lastDayOf(to) : from ? null : latest;
  const start = from ? firstDayOf(from) : end ? addDays(end, -(defaultDays - 1)) : null;
  if (!start) return null;
  const last = end ?? addDays(start, defaultDays - 1);
  if (last < start) throw badRequest(`from (${from}) is after to (${to}).`);
  const days = daysInclusive(start, last);
  const baselineDays = days * BASELINE_FACTOR;
  return { from: start, to: last, baselineFrom: addDays(start, -baselineDays), baselineTo: addDays(start, -1), days, baselineDays };
}
