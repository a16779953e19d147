/**
 * Baselines (GUIDE "Results": the system compared against when the sentence names one): every comparison cue of a
 * claim sentence ("than X", "over X", "outperforms X", "compared with X") with the name it compares against, and
 * the one that belongs to each result value.
 */
import type { SentenceMention } from './mentions.ts';
import type { ValueRegion } from './slots.ts';

const COMPARISON =
  /\b(?:than|over|against|versus|vs\.?|compared (?:to|with)|in contrast to|relative to|comparable to|on par with|match(?:es|ing)?|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|exceed(?:s|ing)?)\s+(?!\d|up to|\$)/gi;
const PHRASE_STOP =
  /\s(?:by|with|in|on|at|while|when|which|that|for|under|across|to|from|using|without|within|thereby|and (?:achiev|reduc|improv|speed|provid|enabl|offer|deliver|preserv|maintain)\w*)\b|[,;:().]|\s(?:of|and)\s+\d/;

export interface Comparison {
  /** Where the cue starts and where the compared name ends, in the sentence. */
  cueStart: number;
  end: number;
  name: string;
}

export function comparisons(sentence: string, methods: readonly SentenceMention[]): Comparison[] {
  const found: Comparison[] = [];
  for (const match of sentence.matchAll(COMPARISON)) {
    // "less than a day", "more than 500": a bound on a quantity, not a compared system.
    if (
      /\b(?:less|more|fewer|greater|rather|other)\s+$/i.test(sentence.slice(Math.max(0, (match.index ?? 0) - 9), match.index ?? 0)) &&
      /^than/i.test(match[0])
    )
      continue;
    const phraseStart = (match.index ?? 0) + match[0].length;
    const rest = sentence.slice(phraseStart);
    const stop = PHRASE_STOP.exec(rest);
    let phrase = (stop ? rest.slice(0, stop.index) : rest).trim();
    const words = phrase.split(/\s+/);
    if (words.length > 8) phrase = words.slice(0, 8).join(' ');
    const article = /^(?:the|a|an)\s+/i.exec(phrase);
    const skipped = article ? article[0].length : 0;
    phrase = phrase.slice(skipped);
    if (phrase === '' || /^(?:\d|others?\b|all\b|previous\b$)/i.test(phrase)) continue;
    const leading = methods.filter(
      (m) => m.start >= phraseStart && m.start <= phraseStart + skipped + 24 && m.end <= phraseStart + skipped + phrase.length + 1,
    );
    const end = phraseStart + skipped + phrase.length;
    const inParens = leading.length > 0 ? null : parenthesisedNames(sentence, end, methods);
    const name = leading.length > 0 ? namedList(sentence, leading) : (inParens?.names ?? phrase);
    found.push({ cueStart: match.index ?? 0, end: inParens?.end ?? end, name });
  }
  return found;
}

/** "the latest LLMs (GPT-4o and o1-preview)": the systems named in a parenthesis right after a described baseline. */
function parenthesisedNames(
  sentence: string,
  phraseEnd: number,
  methods: readonly SentenceMention[],
): { names: string; end: number } | null {
  const paren = /^\s*\(([^()]{1,80})\)/.exec(sentence.slice(phraseEnd));
  if (!paren || !/^\p{Lu}/u.test(paren[1])) return null;
  const innerStart = phraseEnd + paren[0].indexOf('(') + 1;
  const startsWithName = methods.some((m) => m.start === innerStart && m.end <= innerStart + paren[1].length);
  return startsWithName ? { names: paren[1], end: phraseEnd + paren[0].length } : null;
}

function namedList(sentence: string, names: readonly SentenceMention[]): string {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  if (sorted.length === 1) return sorted[0].name;
  const gapJoins = sorted.every(
    (m, i) => i === 0 || /^\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)$/.test(sentence.slice(sorted[i - 1].end, m.start)),
  );
  return gapJoins ? sentence.slice(sorted[0].start, sorted[sorted.length - 1].end) : sorted[0].name;
}

export function fillBaseline(sentence: string, region: ValueRegion, found: readonly Comparison[], firstValueStart: number): string | null {
  const own = found.filter(
    (c) =>
      c.cueStart >= region.listRegionStart &&
      c.cueStart < region.regionEnd &&
      (c.cueStart < region.listStart || !CLAUSE_BREAK.test(sentence.slice(region.listEnd, c.cueStart))),
  );
  if (own.length > 0) {
    const ranked = [...own].sort((a, b) => distance(a, region) - distance(b, region));
    return ranked[0].name;
  }
  const leading = found.filter((c) => c.end <= firstValueStart);
  if (leading.length > 0) return leading[leading.length - 1].name;
  // "74.2% top-1 accuracy, 2.4% better than X", "92.1% on A and 74.4% on B, surpassing X": a comparison later in
  // the same clause, with only values and their words between, is what this value is compared against too.
  const later = found.find((c) => c.cueStart >= region.listEnd);
  if (!later) return null;
  const between = sentence.slice(region.listEnd, later.cueStart).replace(/\band\s+(?:even\s+)?(?=\d)/g, '');
  return CLAUSE_BREAK.test(between) || /\b(?:and|but|or)\b/i.test(between) ? null : later.name;
}

/** A new clause after the value: a comparison beyond it is about something else. */
const CLAUSE_BREAK = /,\s*(?:while|whereas|and|but|which|with)\b|;|\bwhile\b/i;

function distance(c: Comparison, region: ValueRegion): number {
  return c.cueStart >= region.listEnd ? c.cueStart - region.listEnd : region.listStart - c.end;
}
