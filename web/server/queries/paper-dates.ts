/**
 * Papers by day for the time endpoints. The day rule itself is graph-schema/paper-day.ts (the derive step's monthly
 * counts use it too).
 */
import { isFullDay, paperDay } from '../../../graph-schema/paper-day.ts';

export { paperDay };

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
