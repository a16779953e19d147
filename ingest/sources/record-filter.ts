/**
 * Which papers of an input to keep (`--categories`, `--primary`, `--since`, `--until`): the arXiv snapshot
 * holds millions, a researcher follows a few categories. Dates compare on the first-version date, at the
 * precision the bound is given in (`2024`, `2024-03`, `2024-03-15`).
 */
import type { PaperRecord } from '../types.ts';

export interface RecordFilter {
  /** A paper matches when any of its categories is listed (only its first, the primary, with `primaryOnly`). */
  categories?: string[];
  primaryOnly?: boolean;
  /** Inclusive bounds on the first-version date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  since?: string;
  until?: string;
}

export const DATE_BOUND = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Why a `--since`/`--until` value is not a usable bound, or null. */
export function dateBoundProblem(name: string, value: string): string | null {
  return DATE_BOUND.test(value) ? null : `${name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD (got "${value}")`;
}

function withinDates(date: string | null, filter: RecordFilter): boolean {
  if (!filter.since && !filter.until) return true;
  // A year-less "MM-DD" listing date cannot be placed on a timeline.
  if (date === null || !/^\d{4}/.test(date)) return false;
  if (filter.since && date.slice(0, filter.since.length) < filter.since) return false;
  if (filter.until && date.slice(0, filter.until.length) > filter.until) return false;
  return true;
}

function inCategories(categories: string[], filter: RecordFilter): boolean {
  if (!filter.categories || filter.categories.length === 0) return true;
  const considered = filter.primaryOnly ? categories.slice(0, 1) : categories;
  return considered.some((category) => filter.categories?.includes(category));
}

export function recordMatches(record: PaperRecord, filter: RecordFilter): boolean {
  return inCategories(record.categories, filter) && withinDates(record.date, filter);
}

export function isFiltering(filter: RecordFilter | undefined): filter is RecordFilter {
  return !!filter && ((filter.categories?.length ?? 0) > 0 || !!filter.since || !!filter.until);
}
