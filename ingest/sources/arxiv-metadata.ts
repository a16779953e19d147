/**
 * The arXiv metadata snapshot's own fields: identifiers (new `YYMM.NNNNN` and old `archive/YYMMNNN`, with or
 * without a version), the first-version date, author names (from `authors_parsed` or the TeX-escaped
 * `authors` string), DOI and journal reference.
 */
import { normaliseDate } from './dates.ts';

const NEW_STYLE_ID = /^(\d{2})(\d{2})\.\d{4,5}$/;
const OLD_STYLE_ID = /^[a-z-]+(?:\.[A-Z]{2})?\/(\d{2})(\d{2})\d{3}$/;
const VERSION_SUFFIX = /v\d+$/;

/** The id without its version suffix when it is an arXiv identifier, else null. */
export function arxivIdOf(id: string): string | null {
  const bare = id
    .trim()
    .replace(/^arxiv:/i, '')
    .replace(VERSION_SUFFIX, '');
  return NEW_STYLE_ID.test(bare) || OLD_STYLE_ID.test(bare) ? bare : null;
}

/**
 * The month an arXiv id was first submitted in, as the first day of that month (`YYMM.N…` is 20YY-MM; an
 * old-style `archive/YYMMNNN` is 19YY for YY >= 91). Used when a record has no `versions`.
 */
export function arxivIdMonth(arxivId: string): string | null {
  const match = NEW_STYLE_ID.exec(arxivId) ?? OLD_STYLE_ID.exec(arxivId);
  if (!match) return null;
  const [yy, mm] = [Number(match[1]), Number(match[2])];
  if (mm < 1 || mm > 12) return null;
  const year = NEW_STYLE_ID.test(arxivId) || yy < 91 ? 2000 + yy : 1900 + yy;
  return `${year}-${String(mm).padStart(2, '0')}-01`;
}

/** `versions[0].created` ("Mon, 2 Apr 2007 19:18:42 GMT") as `YYYY-MM-DD`, or null. */
export function firstVersionDate(versions: unknown): string | null {
  if (!Array.isArray(versions) || versions.length === 0) return null;
  const first: unknown = versions[0];
  if (first === null || typeof first !== 'object') return null;
  return normaliseDate((first as Record<string, unknown>).created);
}

const COMBINING_ACCENTS: Record<string, string> = {
  "'": '\u0301',
  '`': '\u0300',
  '"': '\u0308',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  u: '\u0306',
  v: '\u030C',
  H: '\u030B',
  c: '\u0327',
  k: '\u0328',
};
const TEX_ACCENT = /\{?\\(['`"^~=.]|[uvHck](?=[\s{]))\s*\{?\\?([A-Za-z])\}?\}?/g;
const TEX_LETTERS: Record<string, string> = {
  ss: 'ß',
  o: 'ø',
  O: 'Ø',
  l: 'ł',
  L: 'Ł',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  aa: 'å',
  AA: 'Å',
  i: 'ı',
};
const TEX_LETTER = /\{?\\(ss|o|O|l|L|ae|AE|oe|aa|AA|i)\}?(?![A-Za-z])/g;

/** Accents as the snapshot writes them in names (`Bal\'azs`, `{\"u}`, `\c{c}`) to Unicode letters. */
export function decodeTexAccents(text: string): string {
  if (!text.includes('\\')) return text;
  return text
    .replace(TEX_ACCENT, (whole, accent: string, letter: string) => {
      const mark = COMBINING_ACCENTS[accent];
      return mark ? `${letter}${mark}`.normalize('NFC') : whole;
    })
    .replace(TEX_LETTER, (_whole, name: string) => TEX_LETTERS[name] ?? name);
}

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** `authors_parsed` rows are [last, first, suffix]. */
function namesFromParsed(rows: unknown[]): string[] {
  const names: string[] = [];
  for (const row of rows) {
    if (!Array.isArray(row)) continue;
    const [last, first, suffix] = row.map((part: unknown) => (typeof part === 'string' ? clean(decodeTexAccents(part)) : ''));
    const name = [first, last, suffix].filter(Boolean).join(' ');
    if (name) names.push(name);
  }
  return names;
}

/** "A, B and C" (the snapshot's `authors`), a list of names, or `authors_parsed`; "et al." dropped. */
export function authorNames(value: unknown): string[] {
  if (Array.isArray(value)) {
    if (value.every((item) => Array.isArray(item))) return namesFromParsed(value);
    return value
      .filter((item): item is string => typeof item === 'string')
      .map((name) => clean(decodeTexAccents(name)))
      .filter(Boolean);
  }
  if (typeof value !== 'string') return [];
  const text = clean(decodeTexAccents(value)).replace(/,?\s*\bet al\.?/gi, '');
  if (/^\d+$/.test(text)) return [];
  return text
    .split(/\s*(?:,|;|&|\band\b)\s*/i)
    .map((name) => name.replace(/\s*\(.*?\)\s*/g, ' ').trim())
    .filter((name) => /\p{L}/u.test(name));
}

/** A DOI as given ("10.1103/…"), without a resolver prefix; null when the field is not a DOI. */
export function doiOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = clean(value).replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
  // The snapshot separates several DOIs with spaces: the first one is the paper's.
  const first = text.split(' ')[0];
  return /^10\.\d{4,9}\/\S+$/.test(first) ? first : null;
}
