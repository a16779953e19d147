/**
 * Slot filling for one result value in its claim sentence: metric, dataset, subject and baseline, from the
 * sentence's syntax around the value. Each value owns its region of the sentence (from the previous value's end to
 * the next value's start): a name in the region binds to it first; names elsewhere only through sentence-level
 * rules (a sole dataset, a comparison stated once for the whole sentence, the clause's subject).
 */
import type { ResultKind } from '../../types.ts';
import type { SentenceMention } from './mentions.ts';

export interface ValueRegion {
  start: number;
  end: number;
  /** The coordinated list the value is in ("A, B, and C reductions on X, Y, and Z"): its bounds and position. */
  listStart: number;
  listEnd: number;
  listIndex: number;
  listSize: number;
  /** From the previous value's end to the next value's start. */
  regionStart: number;
  regionEnd: number;
  kind: ResultKind;
}

export function fillMetric(sentence: string, region: ValueRegion, metrics: readonly SentenceMention[]): string | null {
  const after = metrics.filter((m) => m.start >= region.listEnd && m.end <= region.regionEnd).sort((a, b) => a.start - b.start);
  if (region.listSize > 1 && after.length >= region.listSize) {
    const gapOk = /^\s*(?:[\w-]+\s+){0,3}?(?:on|in|of|for)\s/.test(sentence.slice(region.listEnd, after[0].start));
    if (gapOk) return after[region.listIndex].name;
  }
  const near = after[0];
  if (near && /^[\s]*(?:(?:higher|lower|fewer|less|more|better|reduction in|reductions in|improvement in|gains? in|increase in|decrease in|in|of|on|end-to-end|relative|absolute|average|overall|top-1|speedup in)\s+){0,3}$/i.test(sentence.slice(region.listEnd, near.start))) return near.name;
  if (region.kind === 'speedup' && /^\s*(?:faster|speed-?ups?)\b/i.test(sentence.slice(region.listEnd))) return null;
  const before = metrics.filter((m) => m.end <= region.listStart && m.start >= region.regionStart).sort((a, b) => b.end - a.end)[0];
  if (before) return before.name;
  const later = after.find((m) => m.start - region.listEnd < 40 && !/[;,]/.test(sentence.slice(region.listEnd, m.start)));
  return later?.name ?? null;
}

export function fillDataset(sentence: string, region: ValueRegion, datasets: readonly SentenceMention[], nextRegionDatasets: readonly SentenceMention[]): string | null {
  const inRegion = datasets.filter((d) => d.start >= region.regionStart && d.end <= region.regionEnd);
  const after = inRegion.filter((d) => d.start >= region.listEnd && /^[^;]{0,40}$/.test(sentence.slice(region.listEnd, d.start)));
  if (after.length > 0) return joined(sentence, after);
  const before = inRegion.filter((d) => d.end <= region.listStart);
  if (before.length > 0) return before[before.length - 1].name;
  if (nextRegionDatasets.length > 0 && /^[^;.]{0,24}$/.test(sentence.slice(region.listEnd, region.regionEnd)) && /\band\b|,/.test(sentence.slice(region.listEnd, region.regionEnd))) return nextRegionDatasets[0].name;
  const distinct = [...new Set(datasets.map((d) => d.name))];
  if (distinct.length === 1 && (region.kind === 'score' || region.kind === 'improvement')) return distinct[0];
  if (distinct.length > 1 && /^(?:On|For|Across)\s/.test(sentence) && datasets[0].start < 8 + datasets[0].name.length && (region.kind === 'score' || region.kind === 'improvement')) return datasets[0].name;
  return null;
}

/** Names listed together ("Fashion-MNIST, CIFAR-10, and CIFAR-100") are one slot, as written. */
function joined(sentence: string, names: readonly SentenceMention[]): string {
  let last = 0;
  for (let i = 1; i < names.length; i++) {
    if (!/^\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)$/.test(sentence.slice(names[i - 1].end, names[i].start))) break;
    last = i;
  }
  return last === 0 ? names[0].name : sentence.slice(names[0].start, names[last].end);
}

const COMPARISON = /\b(?:than|over|against|versus|vs\.?|compared (?:to|with)|in contrast to|relative to|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|exceed(?:s|ing)?)\s+(?!\d|up to|\$)/gi;
const PHRASE_STOP = /\s(?:by|with|in|on|at|while|when|which|that|for|under|across|to|from|using|without|within|thereby|and (?:achiev|reduc|improv|speed|provid|enabl|offer|deliver|preserv|maintain)\w*)\b|[,;:().]|\s(?:of|and)\s+\d/;

export interface Comparison {
  /** Where the cue starts and where the compared name ends, in the sentence. */
  cueStart: number;
  end: number;
  name: string;
}

export function comparisons(sentence: string, methods: readonly SentenceMention[]): Comparison[] {
  const found: Comparison[] = [];
  for (const match of sentence.matchAll(COMPARISON)) {
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
    const leading = methods.filter((m) => m.start >= phraseStart && m.start <= phraseStart + skipped + 24 && m.end <= phraseStart + skipped + phrase.length + 1);
    const name = leading.length > 0 ? namedList(sentence, leading) : phrase;
    found.push({ cueStart: match.index ?? 0, end: phraseStart + skipped + phrase.length, name });
  }
  return found;
}

function namedList(sentence: string, names: readonly SentenceMention[]): string {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  if (sorted.length === 1) return sorted[0].name;
  const gapJoins = sorted.every((m, i) => i === 0 || /^\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)$/.test(sentence.slice(sorted[i - 1].end, m.start)));
  return gapJoins ? sentence.slice(sorted[0].start, sorted[sorted.length - 1].end) : sorted[0].name;
}

export function fillBaseline(region: ValueRegion, found: readonly Comparison[], firstValueStart: number): string | null {
  const own = found.filter((c) => c.cueStart >= region.regionStart && c.cueStart < region.regionEnd);
  if (own.length > 0) {
    const ranked = [...own].sort((a, b) => distance(a, region) - distance(b, region));
    return ranked[0].name;
  }
  const leading = found.filter((c) => c.end <= firstValueStart);
  if (leading.length > 0) return leading[leading.length - 1].name;
  return found.length === 1 ? found[0].name : null;
}

function distance(c: Comparison, region: ValueRegion): number {
  return c.cueStart >= region.listEnd ? c.cueStart - region.listEnd : region.listStart - c.end;
}

/** Words that make the name after them something other than the clause's subject. */
const NOT_SUBJECT_BEFORE = /(?:\b(?:on|for|like|of|to|over|than|with|from|against|versus|vs\.?|compared (?:to|with)|relative to|outperforms?|outperforming|surpass(?:es|ing)?|beats?|as|including|such as|top of|in|into|and|or|by|via|using|train|training|trains)\s+(?:the\s+|a\s+|an\s+|baseline\s+|standard\s+)?)$/i;
const OWN_WORK = /\b(?:we|our (?:method|approach|model|framework|system|implementation|technique|algorithm|optimizer|design|work|proposed \w+|solution|scheme)|the proposed (?:method|approach|model|framework|system|technique|algorithm)|this (?:method|approach|framework|system))\b/gi;

export interface SubjectInput {
  sentence: string;
  region: ValueRegion;
  candidates: readonly SentenceMention[];
  comparisons: readonly Comparison[];
  proposed: string | null;
}

export function fillSubject(input: SubjectInput): string {
  const { sentence, region, candidates } = input;
  const own = input.proposed ?? '(this paper)';
  const achievedBy = /^[^.;]{0,60}?\b(?:achieved|obtained|reported|attained) by\s+(?:the\s+)?/i.exec(sentence.slice(region.listEnd, region.regionEnd));
  if (achievedBy) {
    const at = region.listEnd + achievedBy[0].length;
    const named = candidates.find((c) => c.start === at);
    if (named) return named.name;
  }
  const excluded = new Set<SentenceMention>();
  const sorted = [...candidates].filter((c) => c.end <= region.listStart).sort((a, b) => a.start - b.start);
  sorted.forEach((c, i) => {
    const before = sentence.slice(Math.max(0, c.start - 30), c.start);
    const inComparison = input.comparisons.some((cmp) => c.start >= cmp.cueStart && c.end <= cmp.end + 1);
    const listContinues = i > 0 && excluded.has(sorted[i - 1]) && /^\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)$/.test(sentence.slice(sorted[i - 1].end, c.start));
    if (inComparison || listContinues || (NOT_SUBJECT_BEFORE.test(before) && !/^\s*$/.test(before))) excluded.add(c);
  });
  let best: { name: string; at: number } | null = null;
  for (const c of sorted) if (!excluded.has(c) && (best === null || c.start > best.at)) best = { name: c.name, at: c.start };
  for (const match of sentence.slice(0, region.listStart).matchAll(OWN_WORK)) {
    const at = match.index ?? 0;
    if (best === null || at > best.at) best = { name: own, at };
  }
  return best?.name ?? own;
}
