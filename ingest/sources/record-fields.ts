/**
 * Turning the loose fields of a JSONL object or CSV row into a PaperRecord: field-name variants,
 * whitespace collapsing (the arXiv snapshot wraps titles and abstracts), author counts, dates,
 * categories, and the size limits beyond which a record is not a usable paper.
 */
import { arxivLinks } from '../../graph-schema/arxiv-links.ts';
import { paperIdFromTitle } from './paper-id.ts';
import type { ListingRef, PaperMetadata, PaperRecord } from '../types.ts';
import { arxivIdMonth, arxivIdOf, authorNames, doiOf, firstVersionDate } from './arxiv-metadata.ts';
import { impossibleDate, normaliseDate } from './dates.ts';

/** Longer than any real title/abstract by far: such a record is garbage, not a paper. */
export const MAX_TITLE_CHARS = 1_000;
export const MAX_ABSTRACT_CHARS = 50_000;

const FIELD_NAMES = {
  id: ['id', 'paper_id', 'arxiv_id', 'arxivid'],
  title: ['title'],
  abstract: ['abstract', 'summary'],
  authors: ['authors_parsed', 'authors', 'author_count', 'author'],
  date: ['date', 'published', 'publication_date', 'published_date'],
  versions: ['versions'],
  updated: ['update_date', 'updated'],
  authorNames: ['authors_parsed', 'authors', 'author'],
  doi: ['doi'],
  journalRef: ['journal-ref', 'journal_ref', 'journalref', 'journal'],
  url: ['url', 'link', 'abs_url'],
  categories: ['categories', 'category', 'tags'],
  upvotes: ['upvotes', 'likes'],
} as const;

type FieldName = keyof typeof FIELD_NAMES;

export type RecordResult = { record: PaperRecord } | { problem: string };

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Why a title/abstract pair is too big to be a paper, or null. */
export function oversizeProblem(title: string, abstract: string): string | null {
  if (title.length > MAX_TITLE_CHARS) return `title of ${title.length} characters is not a title (limit ${MAX_TITLE_CHARS}); skipped`;
  if (abstract.length > MAX_ABSTRACT_CHARS) {
    return `abstract of ${abstract.length} characters is not an abstract (limit ${MAX_ABSTRACT_CHARS}); skipped`;
  }
  return null;
}

/** The first present variant of a field: its name in the record and its value. */
function fieldEntry(raw: Record<string, unknown>, name: FieldName): { key: string; value: unknown } | undefined {
  for (const key of FIELD_NAMES[name]) {
    const value = raw[key];
    if (value !== undefined && value !== null && value !== '') return { key, value };
  }
  return undefined;
}

function field(raw: Record<string, unknown>, name: FieldName): unknown {
  return fieldEntry(raw, name)?.value;
}

/** "A, B and C" -> 3; arrays (incl. arXiv authors_parsed) -> their length; numbers as they are. */
export function countAuthors(value: unknown): number | null {
  if (Array.isArray(value)) return value.length > 0 ? value.length : null;
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : null;
  if (typeof value !== 'string') return null;
  const text = collapseWhitespace(value).replace(/\bet al\.?/gi, '');
  if (/^\d+$/.test(text)) return Number(text) || null;
  const names = text.split(/\s*(?:,|;|&|\band\b)\s*/i).filter((name) => /\p{L}/u.test(name));
  return names.length > 0 ? names.length : null;
}

export function parseCategories(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,;]+/) : [];
  const categories: string[] = [];
  for (const item of items) {
    const category = typeof item === 'string' ? item.trim() : '';
    if (category && !categories.includes(category)) categories.push(category);
  }
  return categories;
}

function text(value: unknown): string {
  if (typeof value === 'string') return collapseWhitespace(value);
  if (typeof value === 'number') return String(value);
  return '';
}

function url(raw: Record<string, unknown>, arxivId: string | null): string | null {
  const given = text(field(raw, 'url'));
  if (/^https?:\/\//i.test(given)) return given;
  return arxivId ? arxivLinks(arxivId).abs : null;
}

/** A CSV cell holds the snapshot's `versions` as JSON text. */
function versionsOf(value: unknown): unknown {
  if (typeof value !== 'string' || !value.trim().startsWith('[')) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The first-version date: `versions[0].created`, else a publication date field, else the month in the arXiv id
 * (its first day), else the last update (all an input without versions may give).
 */
function firstDate(raw: Record<string, unknown>, arxivId: string | null): string | null {
  return (
    firstVersionDate(versionsOf(field(raw, 'versions'))) ??
    normaliseDate(field(raw, 'date')) ??
    (arxivId ? arxivIdMonth(arxivId) : null) ??
    normaliseDate(field(raw, 'updated'))
  );
}

function metadataOf(raw: Record<string, unknown>, arxivId: string | null): PaperMetadata {
  const journalRef = text(field(raw, 'journalRef'));
  return {
    authorNames: authorNames(field(raw, 'authorNames')),
    arxivId,
    updated: normaliseDate(field(raw, 'updated')),
    doi: doiOf(field(raw, 'doi')),
    journalRef: journalRef || null,
  };
}

function upvotes(value: unknown): number | null {
  const count = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : null;
}

/** The record for one object/row, or why it is not a usable paper. */
export function recordFromFields(raw: Record<string, unknown>, listing: ListingRef): RecordResult {
  const rawTitle = field(raw, 'title');
  const rawAbstract = field(raw, 'abstract');
  const title = text(rawTitle);
  const abstract = text(rawAbstract);
  const missing = [!title && 'title', !abstract && 'abstract'].filter(Boolean);
  if (missing.length > 0) return { problem: `record has no ${missing.join(' and no ')}; skipped` };
  const sizeProblem = oversizeProblem(title, abstract);
  if (sizeProblem) return { problem: sizeProblem };
  for (const name of ['date', 'updated'] as const) {
    const entry = fieldEntry(raw, name);
    const badDate = entry ? impossibleDate(entry.value) : null;
    if (entry && badDate) return { problem: `field "${entry.key}": ${badDate}; skipped` };
  }
  const givenId = text(field(raw, 'id')) || null;
  const arxivId = givenId ? arxivIdOf(givenId) : null;
  return {
    record: {
      id: arxivId ?? givenId ?? paperIdFromTitle(title),
      title,
      abstract,
      authors: countAuthors(field(raw, 'authors')),
      date: firstDate(raw, arxivId),
      upvotes: upvotes(field(raw, 'upvotes')),
      url: url(raw, arxivId),
      categories: parseCategories(field(raw, 'categories')),
      sources: [listing],
      metadata: metadataOf(raw, arxivId),
    },
  };
}
