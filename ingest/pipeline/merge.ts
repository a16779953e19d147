/**
 * One paper listed in several files: every listing is kept, metadata missing from the first listing
 * is filled from later ones, and an id given by an input wins over one derived from the title.
 */
import { paperIdFromTitle } from '../sources/paper-id.ts';
import type { ListingRef, PaperRecord } from '../types.ts';

/** Whether the id came from the input rather than from the title. */
export function hasGivenId(record: PaperRecord): boolean {
  return record.id !== paperIdFromTitle(record.title);
}

const sameListing = (a: ListingRef, b: ListingRef): boolean => a.path === b.path && a.line === b.line;

/** "2024-07-11" says more than "07-11". */
function betterDate(current: string | null, other: string | null): string | null {
  if (current === null) return other;
  if (other !== null && current.length < other.length && other.endsWith(current)) return other;
  return current;
}

/** Merge `other` into `target` (mutated); title and abstract of the first listing are kept. */
export function mergeRecord(target: PaperRecord, other: PaperRecord): PaperRecord {
  if (!hasGivenId(target) && hasGivenId(other)) target.id = other.id;
  for (const listing of other.sources) {
    if (!target.sources.some((known) => sameListing(known, listing))) target.sources.push(listing);
  }
  target.authors ??= other.authors;
  target.date = betterDate(target.date, other.date);
  if (other.upvotes !== null) target.upvotes = Math.max(target.upvotes ?? 0, other.upvotes);
  target.url ??= other.url;
  target.metadata ??= other.metadata;
  for (const category of other.categories) if (!target.categories.includes(category)) target.categories.push(category);
  return target;
}

/** A deep enough copy to merge into without touching the original. */
export function copyRecord(record: PaperRecord): PaperRecord {
  return { ...record, sources: [...record.sources], categories: [...record.categories] };
}
