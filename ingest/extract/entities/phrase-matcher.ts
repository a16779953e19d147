/**
 * Longest-match lookup of lexicon phrases in a text, on a character trie of letters and digits only, so that
 * "CIFAR10", "CIFAR-10" and "cifar 10", or "Mixture-of-Experts" and "mixture of experts", are the same phrase.
 * Matches start and end on word boundaries; plural forms are inserted when the trie is built.
 */
import { isPhraseGap, type Word } from './words.ts';

/** How the surface's case must agree with the variant: names that are also English words need capitals. */
export const enum CaseRule {
  Any = 0,
  /** First letter upper case ("Adam", not "adam"). */
  Capitalised = 1,
  /** At least two upper-case letters ("MoE", "NAS"), so "nas" or "moe" never match. */
  Acronym = 2,
}

export interface PhraseEntry<T> {
  value: T;
  rule: CaseRule;
  /** For CaseRule.Acronym: the variant's letters and digits, matched case-sensitively (plural "s" allowed). */
  exact?: string;
  /** The variant is written without spaces ("speedup"), so "speed up" (a verb) is not it. */
  compact?: boolean;
}

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  entries: PhraseEntry<T>[] | null;
}

export interface PhraseMatch<T> {
  startWord: number;
  endWord: number; // inclusive
  start: number;
  end: number;
  value: T;
}

function newNode<T>(): TrieNode<T> {
  return { next: new Map(), entries: null };
}

const ALNUM = /[\p{L}\p{N}]/u;

export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = newNode();

  add(phrase: string, entry: PhraseEntry<T>): void {
    const key = phrase.normalize('NFKC').toLowerCase();
    let node = this.root;
    let added = 0;
    for (const ch of key) {
      if (!ALNUM.test(ch)) continue;
      const code = ch.codePointAt(0)!;
      let child = node.next.get(code);
      if (!child) {
        child = newNode();
        node.next.set(code, child);
      }
      node = child;
      added++;
    }
    if (added === 0) return;
    (node.entries ??= []).push(entry);
  }

  /** All non-overlapping longest matches, scanning left to right. */
  matchAll(text: string, words: readonly Word[], accept?: (m: PhraseMatch<T>) => boolean): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let i = 0;
    while (i < words.length) {
      const found = this.longestAt(text, words, i, accept);
      if (found) {
        out.push(found);
        i = found.endWord + 1;
      } else i++;
    }
    return out;
  }

  private longestAt(text: string, words: readonly Word[], first: number, accept?: (m: PhraseMatch<T>) => boolean): PhraseMatch<T> | null {
    // A phrase never starts inside a hyphenated word ("non-convex" is not "convex").
    if (first > 0 && words[first - 1].end === words[first].start - 1 && text.charCodeAt(words[first].start - 1) === 45) return null;
    let node: TrieNode<T> | undefined = this.root;
    let best: PhraseMatch<T> | null = null;
    for (let w = first; w < words.length && node; w++) {
      if (w > first && !isPhraseGap(text, words[w - 1].end, words[w].start) && !isNameJoiner(text, words[w - 1].end, words[w].start)) break;
      const lower = words[w].lower;
      for (let k = 0; k < lower.length && node;) {
        const code = lower.codePointAt(k)!;
        node = node.next.get(code);
        k += code > 0xffff ? 2 : 1;
      }
      if (node?.entries) {
        const surface = text.slice(words[first].start, words[w].end);
        for (const entry of node.entries) {
          if (!caseAgrees(surface, entry) || (entry.compact && /\s/.test(surface))) continue;
          const m: PhraseMatch<T> = { startWord: first, endWord: w, start: words[first].start, end: words[w].end, value: entry.value };
          if (!accept || accept(m)) {
            best = m;
            break;
          }
        }
      }
    }
    return best;
  }
}

/** "GPT-3.5", "CNN/DailyMail", "RefCOCO+": characters that join the parts of one name. */
function isNameJoiner(text: string, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const c = text[from];
  return c === '.' ? /\d/.test(text[from - 1] ?? '') && /\d/.test(text[to] ?? '') : c === '/' || c === '·' || c === '+' || c === '@';
}

const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

function caseAgrees(surface: string, entry: PhraseEntry<unknown>): boolean {
  const rule = entry.rule;
  if (rule === CaseRule.Any) return true;
  if (rule === CaseRule.Acronym && entry.exact !== undefined) {
    const letters = surface.replace(NON_ALNUM, '');
    return letters === entry.exact || letters === entry.exact + 's' || letters === entry.exact + 'es';
  }
  if (rule === CaseRule.Capitalised) {
    const first = surface.match(/\p{L}/u)?.[0];
    return first !== undefined && first !== first.toLowerCase();
  }
  let capitals = 0;
  for (const ch of surface) if (ch !== ch.toLowerCase()) capitals++;
  return capitals >= 2 || (capitals === 1 && surface.length <= 2);
}

/** Plural forms of a phrase's last word, so that "GNNs" and "diffusion models" match their singular entries. */
export function pluralForms(phrase: string): string[] {
  if (/[^\p{L}]$/u.test(phrase)) return [phrase + 's'];
  if (/[A-Z]$/.test(phrase)) return [phrase + 's'];
  if (/(s|x|ch|sh)$/i.test(phrase)) return [phrase + 'es'];
  if (/[^aeiou]y$/i.test(phrase)) return [phrase.slice(0, -1) + 'ies'];
  return [phrase + 's'];
}
