/**
 * A paper's date for the time endpoints, defined once: its own date (first version or the date its record gives)
 * when it is a full ISO day, else the earliest full ISO day of the listings that list it; otherwise it is undated
 * (no date, or a listing day without a year) and counted apart. `p` and other variables are literals of this code.
 */

/** A full ISO day string in Cypher: year-less `MM-DD` sorts below '1000', so the range test drops it. */
function isFullDay(expression: string): string {
  return `(${expression} >= '1000-01-01' AND size(${expression}) = 10)`;
}

/** The paper's day or null, as a Cypher expression. */
export function paperDay(p: string): string {
  return `CASE WHEN ${isFullDay(`${p}.date`)} THEN ${p}.date
    ELSE COLLECT { MATCH (${p})-[:LISTED_IN]->(dayListing:Listing) WHERE ${isFullDay('dayListing.date')}
                   RETURN dayListing.date ORDER BY dayListing.date LIMIT 1 }[0] END`;
}

/**
 * A CALL subquery binding `p` and `day` for every paper whose day is in [$windowFrom, $windowTo] (ISO days). Papers
 * are found through the Paper.date range index, and papers dated only by a listing through the (few) listings.
 */
export const PAPERS_IN_WINDOW = `CALL () {
    MATCH (p:Paper) WHERE p.date >= $windowFrom AND p.date <= $windowTo AND size(p.date) = 10
    RETURN p, p.date AS day
  UNION
    MATCH (windowListing:Listing) WHERE windowListing.date >= $windowFrom AND windowListing.date <= $windowTo
    MATCH (p:Paper)-[:LISTED_IN]->(windowListing) WHERE NOT ${isFullDay('p.date')}
    WITH DISTINCT p
    WITH p, ${paperDay('p')} AS day WHERE day >= $windowFrom AND day <= $windowTo
    RETURN p, day
  }`;

/** The latest day any paper or listing carries: where default windows end (null in a graph without dates). */
export const LATEST_DAY = `
  CALL () {
    MATCH (p:Paper) WHERE ${isFullDay('p.date')} RETURN p.date AS day ORDER BY p.date DESC LIMIT 1
    UNION ALL
    MATCH (l:Listing) WHERE ${isFullDay('l.date')} RETURN max(l.date) AS day
  }
  RETURN max(day) AS latest`;
