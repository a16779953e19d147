/**
 * What one line of a daily-papers text dump is: page boilerplate, listing metadata (author count,
 * "·", date with optional upvotes), or text (a title or an abstract).
 */
import { parseListingDate, type ListingDate } from './dates.ts';

export type DailyLine =
  | { kind: 'blank' }
  | { kind: 'boilerplate' }
  /** `marked`: the line has "•"/"·" or an author count, so it belongs to the paper above it. */
  | { kind: 'metadata'; authors: number | null; date: ListingDate | null; upvotes: number | null; marked: boolean }
  | { kind: 'text'; text: string };

/** Page chrome of the daily-papers listing, compared in a normalised form (see chromeForm). */
const BOILERPLATE = new Set([
  'new',
  'get trending papers in your email inbox',
  'get trending papers in your email inbox once a day',
  'subscribe',
  'daily papers',
  'byak and the research community',
  'by ak and the research community',
]);

/** Chrome that the page text sometimes glues to the start of the next line ("SubscribeMeDM: ..."). */
const GLUED_PREFIXES = [
  'Get trending papers in your email inbox once a day!',
  'Get trending papers in your email inbox!',
  'byAK and the research community',
  'Daily Papers',
  'Subscribe',
];

function chromeForm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[!.:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "MeDM: ...", "iVideoGPT ...", "3D ...", "(Un)likely" — but not the "rs" of "Subscribers". */
function startsLikeTitle(rest: string): boolean {
  return /^\s|^["'“(\[]|^\S*[\p{Lu}\p{N}]/u.test(rest);
}

/** Strip chrome glued in front of real text; the rest must start like a title does. */
export function stripGluedChrome(text: string): string {
  let rest = text;
  for (let changed = true; changed;) {
    changed = false;
    for (const prefix of GLUED_PREFIXES) {
      if (rest.length > prefix.length && rest.startsWith(prefix) && startsLikeTitle(rest.slice(prefix.length))) {
        rest = rest.slice(prefix.length).trimStart();
        changed = true;
      }
    }
  }
  return rest;
}

const AUTHORS = /^(\d{1,5})\s+authors?$/i;
const UPVOTES = /^(\d{1,7})\s+upvotes?$/i;

/** "• 5 authors", "·", "Jul 7, 2022", "Jul 11 1", or several of them joined by "·"/"•". */
function parseMetadata(text: string): DailyLine | null {
  const parts = text
    .split(/[·•]/)
    .map((part) => part.trim())
    .filter(Boolean);
  const marked = /[·•]/.test(text);
  if (parts.length === 0) return marked ? { kind: 'metadata', authors: null, date: null, upvotes: null, marked } : null;
  let authors: number | null = null;
  let date: ListingDate | null = null;
  let upvotes: number | null = null;
  for (const part of parts) {
    const authorMatch = AUTHORS.exec(part);
    const upvoteMatch = UPVOTES.exec(part);
    const partDate = authorMatch || upvoteMatch ? null : parseListingDate(part);
    if (authorMatch) authors = Number(authorMatch[1]);
    else if (upvoteMatch) upvotes = Number(upvoteMatch[1]);
    else if (partDate) date = partDate;
    else return null;
  }
  return { kind: 'metadata', authors, date, upvotes: upvotes ?? date?.upvotes ?? null, marked: marked || authors !== null };
}

export function classifyDailyLine(raw: string): DailyLine {
  const trimmed = raw.trim();
  if (!trimmed) return { kind: 'blank' };
  // Chrome and metadata are short; do not run their patterns over megabyte lines.
  if (trimmed.length > 1000) return { kind: 'text', text: trimmed.replace(/\s+/g, ' ') };
  if (BOILERPLATE.has(chromeForm(trimmed))) return { kind: 'boilerplate' };
  const metadata = parseMetadata(trimmed);
  if (metadata) return metadata;
  const text = stripGluedChrome(trimmed);
  if (text !== trimmed && BOILERPLATE.has(chromeForm(text))) return { kind: 'boilerplate' };
  return { kind: 'text', text: text.replace(/\s+/g, ' ') };
}

/**
 * Whether a text line reads as an abstract rather than a title: abstracts are long, multi-sentence
 * and end with a period; titles are short and rarely end with one. Position decides the unclear
 * cases (see DailyParser).
 */
export function looksLikeAbstract(text: string): boolean {
  if (text.length >= 300) return true;
  const words = text.split(' ').length;
  if (words >= 8 && /[.](["')\]]?)$/.test(text) && !/\bet al\.$/.test(text)) return true;
  const sentenceBreaks = text.match(/[.!?]["')\]]?\s+[\p{Lu}\d]/gu)?.length ?? 0;
  return sentenceBreaks >= 1 && words >= 25;
}
