/**
 * Clear misspellings of a better attested multi-word name ("stochastic gradient decent" for "stochastic gradient
 * descent") fold into it. Only when every word but one is identical, the differing words are long, start alike,
 * carry the same digits and are one edit apart, and the misspelt form is rare beside the other: "ImageNet-1K" and
 * "ImageNet-21K", "pre-training" and "re-training" stay apart.
 */

export interface SpelledName {
  /** Its words, lower case, as written. */
  words: string[];
  /** How many papers use it. */
  papers: number;
}

const MIN_WORD_LENGTH = 5;
/** The misspelt form is used by at most this share of the papers the correct one is. */
const MAX_MINORITY_SHARE = 0.5;

/** One insertion, deletion, substitution or transposition apart. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

function digits(word: string): string {
  return word.replace(/\D+/g, '');
}

/** Pairs [misspelt, correct] among `names` (keys of the map are the names' corpus keys). */
export function findMisspellings(names: ReadonlyMap<string, SpelledName>): Array<[string, string]> {
  const byPattern = new Map<string, string[]>();
  for (const [key, name] of names) {
    if (name.words.length < 2) continue;
    name.words.forEach((word, i) => {
      if (word.length < MIN_WORD_LENGTH) return;
      const pattern = `${name.words.length}|${i}|${name.words.map((w, j) => (j === i ? '*' : w)).join(' ')}`;
      const list = byPattern.get(pattern);
      if (list) list.push(key);
      else byPattern.set(pattern, [key]);
    });
  }
  const pairs: Array<[string, string]> = [];
  for (const [pattern, keys] of byPattern) {
    if (keys.length < 2) continue;
    const at = Number(pattern.split('|')[1]);
    for (const a of keys) {
      for (const b of keys) {
        const na = names.get(a)!;
        const nb = names.get(b)!;
        if (a === b || na.papers > nb.papers * MAX_MINORITY_SHARE) continue;
        const wa = na.words[at];
        const wb = nb.words[at];
        if (wb.length < MIN_WORD_LENGTH || wa[0] !== wb[0] || digits(wa) !== digits(wb) || !oneEditApart(wa, wb)) continue;
        pairs.push([a, b]);
      }
    }
  }
  return pairs;
}
