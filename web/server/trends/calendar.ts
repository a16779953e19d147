/**
 * Calendar arithmetic for the time endpoints, on ISO strings (UTC days): partial dates ("2024", "2024-05") widened
 * to whole days, windows shifted back, and the month or year buckets of a range. Pure, so it is unit-tested.
 */
import type { TrendBucket } from '../../shared/trends-api.ts';

const DAY_MS = 86_400_000;

function utc(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** First day a partial date covers: "2024" -> "2024-01-01", "2024-05" -> "2024-05-01". */
export function firstDayOf(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** Last day a partial date covers: "2024" -> "2024-12-31", "2024-02" -> "2024-02-29". */
export function lastDayOf(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [year, month] = date.split('-').map(Number);
    return isoDay(Date.UTC(year, month, 0));
  }
  return date;
}

export function addDays(day: string, days: number): string {
  return isoDay(utc(day) + days * DAY_MS);
}

/** Days from `from` to `to`, both included. */
export function daysInclusive(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS) + 1;
}

export function bucketOf(day: string, bucket: TrendBucket): string {
  return bucket === 'year' ? day.slice(0, 4) : day.slice(0, 7);
}

/** A hard cap so a century of months cannot be asked for. */
export const MAX_BUCKETS = 600;

/** Every bucket from the one holding `from` to the one holding `to`, oldest first (at most MAX_BUCKETS, the newest). */
export function bucketsBetween(from: string, to: string, bucket: TrendBucket): string[] {
  const buckets: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = bucket === 'year' ? 1 : Number(from.slice(5, 7));
  const last = bucketOf(to, bucket);
  for (;;) {
    const label = bucket === 'year' ? String(year) : `${year}-${String(month).padStart(2, '0')}`;
    if (label > last) break;
    buckets.push(label);
    if (bucket === 'year') year += 1;
    else if (month === 12) [year, month] = [year + 1, 1];
    else month += 1;
  }
  return buckets.slice(-MAX_BUCKETS);
}
