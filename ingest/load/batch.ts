/** Combines the rows of many papers into the parameter lists of one batch transaction. */
import { ENTITY_LABELS, type EntityLabel } from '../../graph-schema/model.ts';
import {
  emptyMentionRows,
  MENTION_TYPES,
  preferredName,
  sortedAliases,
  type AboutRow,
  type ClaimRow,
  type EntityRow,
  type ListedInRow,
  type ListingRow,
  type MentionRowsByType,
  type PaperGraphRows,
  type PaperRow,
} from './rows.ts';
import type { ResultRow } from './result-rows.ts';

export interface BatchRows {
  papers: PaperRow[];
  /** One row per (label, key) across the batch: each entity node is touched once per transaction. */
  entities: Record<EntityLabel, EntityRow[]>;
  mentions: MentionRowsByType;
  claims: ClaimRow[];
  abouts: AboutRow[];
  listings: ListingRow[];
  listedIn: ListedInRow[];
  results: ResultRow[];
}

/** When one batch holds the same paper twice, the later record wins (its listings are added to the earlier's). */
export function dedupePapers(papers: PaperGraphRows[]): PaperGraphRows[] {
  const byKey = new Map<string, PaperGraphRows>();
  for (const rows of papers) {
    const earlier = byKey.get(rows.paper.key);
    if (!earlier) {
      byKey.set(rows.paper.key, rows);
      continue;
    }
    const listings = new Map(earlier.listings.map((l) => [l.key, l]));
    for (const listing of rows.listings) listings.set(listing.key, listing);
    const listedIn = new Map(earlier.listedIn.map((l) => [l.listingKey, l]));
    for (const link of rows.listedIn) listedIn.set(link.listingKey, link);
    byKey.set(rows.paper.key, { ...rows, listings: [...listings.values()], listedIn: [...listedIn.values()] });
  }
  return [...byKey.values()];
}

/**
 * @param rewrite papers whose content is (re)written: paper node, entities, mentions, claims.
 * @param linkOnly papers left as they are, whose listings are still recorded (a new listing of a known paper).
 */
export function combineRows(rewrite: PaperGraphRows[], linkOnly: Array<Pick<PaperGraphRows, 'listings' | 'listedIn'>>): BatchRows {
  const entities = new Map<string, EntityRow>();
  const mentions = emptyMentionRows();
  const claims: ClaimRow[] = [];
  const abouts: AboutRow[] = [];
  const results: ResultRow[] = [];
  for (const rows of rewrite) {
    for (const result of rows.results ?? []) results.push(result);
    for (const entity of rows.entities) mergeEntity(entities, entity);
    for (const type of MENTION_TYPES) for (const row of rows.mentions[type]) mentions[type].push(row);
    for (const claim of rows.claims) claims.push(claim);
    for (const about of rows.abouts) abouts.push(about);
  }
  const listings = new Map<string, ListingRow>();
  const listedIn: ListedInRow[] = [];
  for (const rows of [...rewrite, ...linkOnly]) {
    for (const listing of rows.listings) mergeListing(listings, listing);
    for (const link of rows.listedIn) listedIn.push(link);
  }
  return {
    papers: rewrite.map((rows) => rows.paper),
    entities: byLabel([...entities.values()]),
    mentions,
    claims,
    abouts,
    listings: [...listings.values()],
    listedIn,
    results,
  };
}

export function mergeEntity(entities: Map<string, EntityRow>, entity: EntityRow): void {
  const id = `${entity.label}:${entity.key}`;
  const existing = entities.get(id);
  if (!existing) {
    entities.set(id, entity);
    return;
  }
  entities.set(id, {
    label: entity.label,
    key: entity.key,
    name: preferredName(existing.name, entity.name),
    aliases: sortedAliases([...existing.aliases, ...entity.aliases]),
    generic: existing.generic || entity.generic,
  });
}

export function mergeListing(listings: Map<string, ListingRow>, listing: ListingRow): void {
  const existing = listings.get(listing.key);
  const date = existing?.date == null || (listing.date !== null && listing.date < existing.date) ? listing.date : existing.date;
  listings.set(listing.key, { ...listing, date });
}

function byLabel(rows: EntityRow[]): Record<EntityLabel, EntityRow[]> {
  const result = Object.fromEntries(ENTITY_LABELS.map((label) => [label, [] as EntityRow[]])) as Record<EntityLabel, EntityRow[]>;
  for (const row of rows) result[row.label].push(row);
  return result;
}
