/**
 * Per-entity monthly paper counts, kept by the derive step (ingest/load/derived-properties.ts) so the time
 * endpoints read a few rows per entity and month instead of every paper of a window:
 *
 *   (e:Entity)-[:PAPERS_IN {days, dayPapers, papers}]->(m:Month {key: 'YYYY-MM'})
 *
 * one relationship per month in which the entity has a dated paper (by the day rule of paper-day.ts): `days` the
 * distinct days of that month, ascending, `dayPapers` the entity's papers on each, `papers` their sum. A window
 * that cuts a month reads that month's days, so every day window is answered exactly. On the entity: `firstDay`
 * (its earliest dated paper's day, null when it has none; indexed, so the entities new in a window are one range
 * lookup) and `undatedPapers` (its papers without a day, counted apart).
 */
export const MONTH_LABEL = 'Month';
export const PAPERS_IN_MONTH = 'PAPERS_IN';

export interface EntityMonthProps {
  days: string[];
  dayPapers: number[];
  papers: number;
}
