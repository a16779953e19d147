/**
 * The date filter: one rule for the API (Cypher, web/server/queries/filters.ts) and the client (graphs that come
 * from elsewhere: Cypher results, expansions). A range keeps a node whose known dates overlap it: a paper's
 * `date`, an entity's `firstDate`..`lastDate`. A bound may be a year, a month or a day: `from=2024` starts on
 * 2024-01-01, `to=2024-05` ends with the last day of May. While a range is set, nodes without a dated year
 * (undated papers, year-less `MM-DD` listings) are left out. Comparisons are on ISO strings, as Neo4j makes them.
 */

export interface DateBounds {
  /** Inclusive lower bound, or null when the range is open below and no range is set. */
  from: string | null;
  /** Inclusive upper bound, padded so every date within a year or month `to` compares below it. */
  to: string | null;
}

/** Sorts above every digit and dash: `2024-05-31` <= `2024-05` + this. */
const UPPER_PADDING = '\uffff';
/** Below every four-digit year from 1000 on and above every year-less `MM-DD` date. */
const DATED_FLOOR = '1000';

export function dateBounds(from: string | undefined, to: string | undefined): DateBounds {
  if (!from && !to) return { from: null, to: null };
  return { from: from || DATED_FLOOR, to: to ? `${to}${UPPER_PADDING}` : null };
}

/** Whether dates `first`..`last` (one date twice for a paper) overlap the bounds. */
export function overlapsDateRange(first: string | null, last: string | null, bounds: DateBounds): boolean {
  if (bounds.from === null && bounds.to === null) return true;
  if (!first || !last) return false;
  return (bounds.from === null || last >= bounds.from) && (bounds.to === null || first <= bounds.to);
}
