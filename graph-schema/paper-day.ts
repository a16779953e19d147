/**
 * A paper's day for everything dated by day (trends, rising, what's new, the derived monthly counts), defined once:
 * its own date (first version or the date its record gives) when it is a full ISO day, else the earliest full ISO
 * day of the listings that list it; otherwise it is undated (no date, or a listing day without a year) and counted
 * apart. `p` and other variables are literals of this code.
 */

/** A full ISO day string in Cypher: year-less `MM-DD` sorts below '1000', so the range test drops it. */
export function isFullDay(expression: string): string {
  return `(${expression} >= '1000-01-01' AND size(${expression}) = 10)`;
}

/** The paper's day or null, as a Cypher expression. */
export function paperDay(p: string): string {
  return `CASE WHEN ${isFullDay(`${p}.date`)} THEN ${p}.date
    ELSE COLLECT { MATCH (${p})-[:LISTED_IN]->(dayListing:Listing) WHERE ${isFullDay('dayListing.date')}
                   RETURN dayListing.date ORDER BY dayListing.date LIMIT 1 }[0] END`;
}
