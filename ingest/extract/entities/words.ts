/**
 * Word tokens of one text field with their offsets. A word is a maximal run of letters and digits; the
 * extractors look at the characters between words (space, hyphen, comma...) themselves.
 */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    words.push({ start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  }
  return words;
}

/** Index of the word starting at `offset`, or -1 (binary search: words are sorted). */
export function wordStartingAt(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = words[mid].start;
    if (s === offset) return mid;
    if (s < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Index of the first word starting at or after `offset`. */
export function firstWordFrom(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when only spaces or a single hyphen separate the two offsets (words of one phrase). */
export function isPhraseGap(text: string, from: number, to: number): boolean {
  if (to - from === 1) {
    const c = text.charCodeAt(from);
    return c === 32 || c === 45 || c === 0x2010 || c === 0x2011;
  }
  return to - from === 0;
}

export function hasUpper(s: string): boolean {
  return s !== s.toLowerCase();
}

export function isUpperChar(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
