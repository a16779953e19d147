/**
 * Turns what a user types into a safe Lucene query for the full-text indexes: accents folded and lower-cased
 * like the `standard-folding` analyzer does (prefix terms are not analysed by Lucene), special characters
 * escaped, every term required (or a near miss of it), the last one also matched as a prefix for type-ahead.
 */

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (character) => `\\${character}`);
}

/** Lower case without diacritics: "Réseau" -> "reseau". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Splits like the standard tokenizer does, closely enough: on anything but letters, digits and inner dots. */
export function searchTerms(input: string): string[] {
  return foldText(input)
    .split(/[^\p{L}\p{N}.]+/u)
    .map((term) => term.replace(/^\.+|\.+$/g, ''))
    .filter((term) => term.length > 0)
    .slice(0, 12);
}

/**
 * Typo tolerance: a term of 5+ characters also matches words one edit away ("tranformer"), of 8+ two edits away.
 * Shorter terms would match too much ("gan" ~ "can", "man").
 */
function fuzzy(term: string): string {
  if (term.length < 5 || /\d/.test(term)) return '';
  return ` OR ${escapeLucene(term)}~${term.length >= 8 ? 2 : 1}`;
}

/** Null when the input holds no searchable term. */
export function toLuceneQuery(input: string): string | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  const last = escapeLucene(terms[terms.length - 1]);
  const required = terms.slice(0, -1).map((term) => `+(${escapeLucene(term)}^2${fuzzy(term)})`);
  // The exact term outranks its prefix expansions ("gan" before "gans" and "gandalf"), which outrank near misses.
  return [...required, `+(${last}^3 OR ${last}*${fuzzy(terms[terms.length - 1])})`].join(' ');
}

/** True when every term occurs in `text` (the last one as a prefix of a word). */
export function matchesAllTerms(text: string, terms: readonly string[]): boolean {
  const folded = foldText(text);
  return terms.every((term) => folded.includes(term));
}
