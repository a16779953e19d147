/**
 * Acronym definitions, "Graph Neural Networks (GNNs)" and "IGPG (Instruction Guided Parameter Generation)",
 * found with the Schwartz & Hearst (2003) letter-matching algorithm.
 */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface AcronymDefinition {
  short: TextSpan;
  long: TextSpan;
}

const PARENS = /\(([^()]{2,90})\)/g;
const SHORT_FORM = /^[\p{L}\p{N}][\p{L}\p{N}\-.+&'’]*$/u;
const NUMBER_WITH_UNIT = /^\d+(\.\d+)?[A-Za-z]{0,2}$/;
const ROMAN = /^[ivxlIVXL]+$/;
const BOUNDARY = /[.!?;:()[\],]/;

export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  PARENS.lastIndex = 0;
  for (let m = PARENS.exec(text); m !== null; m = PARENS.exec(text)) {
    const open = m.index;
    const rawInner = m[1];
    const lead = rawInner.length - rawInner.trimStart().length;
    const inner = rawInner.trim();
    const innerStart = open + 1 + lead;
    const def = isShortForm(inner) ? longBefore(text, open, inner, innerStart) : shortBefore(text, open, inner, innerStart);
    if (def) out.push(def);
  }
  return out;
}

function isShortForm(s: string): boolean {
  if (s.length < 2 || s.length > 15 || !SHORT_FORM.test(s)) return false;
  if (NUMBER_WITH_UNIT.test(s) || ROMAN.test(s) || !/\p{L}/u.test(s)) return false;
  return /\p{Lu}/u.test(s);
}

/** "Long Form (LF)": the long form is among the words just before the parenthesis. */
function longBefore(text: string, open: number, short: string, shortStart: number): AcronymDefinition | null {
  let from = open - 1;
  while (from >= 0 && text[from] === ' ') from--;
  const end = from + 1;
  let start = end;
  while (start > 0 && start > open - 160 && !(BOUNDARY.test(text[start - 1]) && (text[start] === ' ' || text[start - 1] !== '.'))) start--;
  const windowText = text.slice(start, end);
  const letters = short.replace(/[^\p{L}\p{N}]/gu, '').length;
  const maxWords = Math.min(letters + 5, letters * 2);
  const words = windowText.split(/\s+/).filter(Boolean);
  const kept = words.slice(-maxWords).join(' ');
  const keptStart = end - kept.length;
  if (text.slice(keptStart, end) !== kept) return longBeforeSlow(text, start, end, short, shortStart, maxWords);
  return matchLong(keptStart, kept, short, shortStart);
}

function longBeforeSlow(
  text: string,
  start: number,
  end: number,
  short: string,
  shortStart: number,
  maxWords: number,
): AcronymDefinition | null {
  let s = end;
  let seen = 0;
  while (s > start && seen < maxWords) {
    s--;
    while (s > start && /\s/.test(text[s - 1]) === false) s--;
    seen++;
    if (seen < maxWords) while (s > start && /\s/.test(text[s - 1])) s--;
  }
  return matchLong(s, text.slice(s, end), short, shortStart);
}

const MINOR_WORDS = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'to', 'with', 'a', 'an', 'by', 'via', 'from']);

/** Prefer the long form whose words' initials spell the acronym ("independent interval approximation (IIA)"). */
function initialsStart(short: string, windowText: string): number {
  const letters = short
    .replace(/[^\p{L}]/gu, '')
    .toLowerCase()
    .replace(/(?<=.{2})s$/, '');
  const words = [...windowText.matchAll(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu)];
  for (let k = 1; k <= Math.min(words.length, letters.length + 3); k++) {
    const tail = words.slice(-k);
    const parts = tail.flatMap((w) => w[0].split('-'));
    const all = parts.map((p) => p[0].toLowerCase()).join('');
    const content = parts
      .filter((p) => !MINOR_WORDS.has(p.toLowerCase()))
      .map((p) => p[0].toLowerCase())
      .join('');
    if (MINOR_WORDS.has(tail[0][0].toLowerCase())) continue;
    if (all === letters || content === letters) return tail[0].index!;
  }
  return -1;
}

function matchLong(windowStart: number, windowText: string, short: string, shortStart: number): AcronymDefinition | null {
  const initials = initialsStart(short, windowText);
  if (initials >= 0) {
    const longText = windowText.slice(initials).replace(/[^\p{L}\p{N}]+$/u, '');
    if (/\s|-/.test(longText)) {
      return {
        short: { start: shortStart, end: shortStart + short.length, text: short },
        long: { start: windowStart + initials, end: windowStart + initials + longText.length, text: longText },
      };
    }
  }
  const candidates = /\p{Lu}s$/u.test(short) ? [short.slice(0, -1), short] : [short];
  for (const candidate of candidates) {
    const at = bestLongFormStart(candidate, windowText);
    if (at < 0) continue;
    const lead = windowText.slice(at).search(/[\p{L}\p{N}]/u);
    if (lead < 0) continue;
    const longText = windowText.slice(at + lead).replace(/[^\p{L}\p{N}]+$/u, '');
    if (longText.length <= candidate.length || !/\s|-/.test(longText)) continue;
    if (longText.toLowerCase() === short.toLowerCase() || !initialsCover(candidate, longText)) continue;
    return {
      short: { start: shortStart, end: shortStart + short.length, text: short },
      long: { start: windowStart + at + lead, end: windowStart + at + lead + longText.length, text: longText },
    };
  }
  return null;
}

/** At least two thirds of the acronym's capitals start a word or a CamelCase hump of the long form. */
function initialsCover(short: string, longText: string): boolean {
  const capitals = short.match(/\p{Lu}/gu) ?? [];
  if (capitals.length < 2) return true;
  const initials = (longText.match(/(?:^|[\s\-/])\p{L}|\p{Lu}/gu) ?? []).map((s) => s.slice(-1).toLowerCase());
  const pool = [...initials];
  let hits = 0;
  for (const c of capitals) {
    const i = pool.indexOf(c.toLowerCase());
    if (i >= 0) {
      hits++;
      pool.splice(i, 1);
    }
  }
  return hits * 3 >= capitals.length * 2;
}

/** "SBP (split, broadcast and partial-value)": the acronym is the word before, the long form fills the parentheses. */
function shortBefore(text: string, open: number, inner: string, innerStart: number): AcronymDefinition | null {
  if (!/^\p{L}/u.test(inner) || !/\s/.test(inner) || inner.split(/\s+/).length > 10) return null;
  let end = open;
  while (end > 0 && text[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && /[\p{L}\p{N}\-]/u.test(text[start - 1])) start--;
  const short = text.slice(start, end);
  if (short.length < 2 || (short.match(/\p{Lu}/gu)?.length ?? 0) < 2 || short.length > 15) return null;
  const at = bestLongFormStart(short, inner);
  if (at !== 0) return null;
  return { short: { start, end, text: short }, long: { start: innerStart, end: innerStart + inner.length, text: inner } };
}

/** Schwartz & Hearst: match the short form's characters right to left; the first must start a word. */
export function bestLongFormStart(short: string, long: string): number {
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  let si = s.length - 1;
  let li = l.length - 1;
  while (si >= 0) {
    const c = s[si];
    if (!/[\p{L}\p{N}]/u.test(c)) {
      si--;
      continue;
    }
    while (li >= 0 && (l[li] !== c || (si === 0 && li > 0 && /[\p{L}\p{N}]/u.test(l[li - 1])))) li--;
    if (li < 0) return -1;
    li--;
    si--;
  }
  const wordStart = l.lastIndexOf(' ', li + 1) + 1;
  return Math.max(wordStart, 0);
}
