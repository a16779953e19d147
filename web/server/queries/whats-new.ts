/**
 * What's new in a listing or a date window: the scope's papers (bound as `p` with their `day`), the methods and
 * datasets they introduce, and the papers that introduce something or touch a followed entity.
 */
import { MENTION_ALTERNATION } from './relationships.ts';
import { entityRef, type EntityRefRow } from './entity-ref.ts';
import { modelLabel } from './node-summary.ts';
import { PAPERS_IN_WINDOW, paperDay } from './paper-dates.ts';

export type WhatsNewScope = 'listing' | 'window';

const SCOPE: Record<WhatsNewScope, string> = {
  listing: `MATCH (:Listing {key: $listing})<-[:LISTED_IN]-(p:Paper) WITH DISTINCT p WITH p, ${paperDay('p')} AS day`,
  window: `${PAPERS_IN_WINDOW} WITH DISTINCT p, day`,
};

export const LISTING = `MATCH (l:Listing {key: $listing}) RETURN l.key AS key, l.name AS name, l.date AS date`;

export function scopePaperCount(scope: WhatsNewScope): string {
  return `${SCOPE[scope]} RETURN count(p) AS papers`;
}

/** Methods proposed ($introLabel = 'Method') or datasets introduced ('Dataset') by the scope's papers. */
export function introducedEntities(scope: WhatsNewScope): string {
  return `${SCOPE[scope]}
    MATCH (p)-[:PROPOSES|INTRODUCES]->(x:Entity) WHERE $introLabel IN labels(x)
    WITH x, count(*) AS papers ORDER BY papers DESC, x.key LIMIT $limit
    RETURN ${entityRef('x')} AS entity, papers`;
}

const FOLLOWED = (variable: string) => `${variable}.key IN $followKeys AND ${modelLabel(variable)} + ':' + ${variable}.key IN $followIds`;

const PAPER_PROJECTION = `
  RETURN p.key AS key, p.title AS title, day, p.url AS url,
    [(p)-[:PROPOSES|INTRODUCES]->(x:Entity) | ${entityRef('x')}] AS introduces,
    [(p)-[:${MENTION_ALTERNATION}]->(f:Entity) WHERE ${FOLLOWED('f')} | ${entityRef('f')}] AS follows`;

/** The scope's papers that propose a method or introduce a dataset, newest first. */
export function introducingPapers(scope: WhatsNewScope): string {
  return `${SCOPE[scope]}
    WITH p, day WHERE EXISTS { (p)-[:PROPOSES|INTRODUCES]->() }
    WITH p, day ORDER BY day IS NULL, day DESC, p.key LIMIT $limit ${PAPER_PROJECTION}`;
}

/** The scope's papers mentioning a followed entity (`$followIds`, with their keys in `$followKeys`), newest first. */
export function followedPapers(scope: WhatsNewScope): string {
  return `${SCOPE[scope]}
    WITH p, day WHERE EXISTS { MATCH (p)-[:${MENTION_ALTERNATION}]->(f:Entity) WHERE ${FOLLOWED('f')} }
    WITH p, day ORDER BY day IS NULL, day DESC, p.key LIMIT $limit ${PAPER_PROJECTION}`;
}

export interface ScopePaperRow {
  key: string;
  title: string;
  day: string | null;
  url: string | null;
  introduces: EntityRefRow[];
  follows: EntityRefRow[];
}

export interface IntroducedRow {
  entity: EntityRefRow;
  papers: number;
}

/** Listings are few (one per file), so all of them are listed; the paper count comes from the degree store. */
export const LISTINGS = `
  MATCH (l:Listing)
  RETURN l.key AS key, coalesce(l.name, l.key) AS name, l.date AS date, COUNT { (l)<-[:LISTED_IN]-() } AS papers
  ORDER BY l.date IS NULL, l.date DESC, l.key LIMIT 1000`;
