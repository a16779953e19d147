/**
 * Sentence spans for claims, starting from compromise's split (ctx.sentences) and repairing its known mistakes,
 * so that a claim is exactly one sentence as written:
 * - characters compromise drops between sentences ("(" of "(2) ...", a LaTeX "%" or "\") stay in the text;
 * - no break after "e.g." / "i.e." / "et al." / "vs." / "viz." / "w.r.t." or a list number ("namely: 1."),
 *   nor before a lowercase word or closing punctuation;
 * - a break after "etc." before a capital, and after an ordinary full stop compromise missed (it sometimes joins
 *   sentences around "1)" list markers).
 */
import type { SentenceSpan } from './context.ts';

/** Abbreviations that end with a full stop but do not end the sentence. */
const NON_FINAL_ABBREVIATION =
  /(?:^|[\s(\[])(?:e\.g|i\.e|et al|al|et|vs|viz|cf|w\.r\.t|a\.k\.a|resp|approx|Fig|Figs|Eq|Eqs|Sec|Secs|Tab|Ref|Refs|No|Nos|Vol|pp|Dr|Mr|Ms|Prof|St|Inc|Ltd|Jr|[A-Z])\.$/;
/** A bare list number ending the left part: "namely: 1." or ", and 2.". */
const LIST_NUMBER = /(?:^|[\s:;,(])\d{1,2}\.$/;
/** Right part that cannot start a sentence: a lowercase word, or closing/continuing punctuation. */
const CONTINUATION_START = /^(?:[a-z][a-z'-]*(?![A-Z\d)])\b|[),;:\]}])/;
/** Lowercase list markers that do start a sentence: "ii) ...", "b) ...". */
const LOWERCASE_LIST_MARKER = /^(?:[ivx]{1,4}|[a-h])\)/;
/** Candidate breaks compromise may have missed: ". " then a capital, a "(2)"-style marker or a digit list marker. */
const MISSED_BREAK = /[\p{L}\p{N}%)\]”"'][.!?](?=\s+(?:\p{Lu}|\(\d+\)|\d+\)))/gu;

export function splitSentences(text: string, compromiseSentences: SentenceSpan[]): SentenceSpan[] {
  const cuts = new Set<number>();
  for (const sentence of compromiseSentences.slice(0, -1)) cuts.add(sentence.end);
  for (const match of text.matchAll(MISSED_BREAK)) cuts.add((match.index ?? 0) + match[0].length);
  const kept = [...cuts].sort((a, b) => a - b).filter((cut) => isRealBreak(text, cut));
  const spans: SentenceSpan[] = [];
  let from = 0;
  for (const cut of [...kept, text.length]) {
    const span = trimmedSpan(text, from, cut);
    if (span) spans.push(span);
    from = cut;
  }
  return spans;
}

function isRealBreak(text: string, cut: number): boolean {
  const left = text.slice(Math.max(0, cut - 24), cut).trimEnd();
  const right = text.slice(cut, cut + 40).trimStart();
  if (left.length === 0 || right.length === 0) return false;
  if (!/[.!?]["'”)]?$/.test(left)) return false;
  if (/(?:^|[\s(\[])etc\.$/.test(left)) return /^[\p{Lu}(]/u.test(right);
  if (NON_FINAL_ABBREVIATION.test(left)) return false;
  if (LIST_NUMBER.test(left) && /^[a-z]/.test(right)) return false;
  if (LOWERCASE_LIST_MARKER.test(right)) return true;
  return !CONTINUATION_START.test(right);
}

function trimmedSpan(text: string, from: number, to: number): SentenceSpan | null {
  let start = from;
  let end = to;
  // A stray LaTeX comment sign ("%However, ...") is not part of the sentence.
  while (start < end && (/\s/.test(text[start]) || (text[start] === '%' && /\p{L}/u.test(text[start + 1] ?? '')))) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (start >= end) return null;
  return { text: text.slice(start, end), start, end };
}
