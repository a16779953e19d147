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
  /** Position in a slash pair ("1.91/2.43"), if the value is in one. */
  slashIndex?: number;
  /** From the previous value's end to the next value's start. */
  regionStart: number;
  regionEnd: number;
  kind: ResultKind;
}

export function fillMetric(sentence: string, region: ValueRegion, metrics: readonly SentenceMention[]): string | null {
  // A measure may begin inside the value's own words: "0.8 bits per parameter".
  const after = metrics
    .filter((m) => m.end > region.listEnd && m.start >= region.listStart && m.end <= region.regionEnd)
    .sort((a, b) => a.start - b.start);
  if (region.listSize > 1 && after.length >= region.listSize) {
    const gapOk = /^\s*(?:[\w-]+\s+){0,3}?(?:on|in|of|for)\s/.test(sentence.slice(region.listEnd, after[0].start));
    if (gapOk) return after[region.listIndex].name;
  }
  const near = after[0];
  const gap = near ? sentence.slice(region.listEnd, Math.max(region.listEnd, near.start)) : '';
  if (
    near &&
    /^[\s]*(?:(?:higher|lower|fewer|less|more|better|faster|slower|speed-?ups?|reductions?|improvements?|gains?|increase|decrease|savings?|in|of|on|end-to-end|relative|absolute|average|overall|top-1)\s+){0,3}(?:[a-z][\w-]*\s+)?$/i.test(
      gap,
    )
  )
    return near.name;
  if (region.kind === 'speedup' && /^\s*(?:faster|speed-?ups?)\b/i.test(sentence.slice(region.listEnd))) return null;
  const before = metrics.filter((m) => m.end <= region.listStart && m.start >= region.regionStart).sort((a, b) => b.end - a.end)[0];
  if (before) return before.name;
  const later = after.find((m) => m.start - region.listEnd < 40 && !/[;,]/.test(sentence.slice(region.listEnd, m.start)));
  return later?.name ?? null;
}

export function fillDataset(
  sentence: string,
  region: ValueRegion,
  datasets: readonly SentenceMention[],
  nextRegionDatasets: readonly SentenceMention[],
): string | null {
  if (region.slashIndex !== undefined) {
    const paired = slashPairedName(sentence, datasets, region.slashIndex);
    if (paired) return paired;
  }
  const inRegion = datasets.filter((d) => d.start >= region.regionStart && d.end <= region.regionEnd);
  const after = inRegion.filter((d) => d.start >= region.listEnd && DATASET_AFTER_GAP.test(sentence.slice(region.listEnd, d.start)));
  if (after.length > 0) return joined(sentence, after);
  const before = inRegion.filter((d) => d.end <= region.listStart);
  if (before.length > 0) return before[before.length - 1].name;
  if (
    nextRegionDatasets.length > 0 &&
    /^[^;.]{0,24}$/.test(sentence.slice(region.listEnd, region.regionEnd)) &&
    /\band\b|,/.test(sentence.slice(region.listEnd, region.regionEnd))
  )
    return nextRegionDatasets[0].name;
  const distinct = [...new Set(datasets.map((d) => d.name))];
  if (distinct.length === 1 && (region.kind === 'score' || region.kind === 'improvement')) return distinct[0];
  if (
    distinct.length > 1 &&
    /^(?:On|For|Across)\s/.test(sentence) &&
    datasets[0].start < 8 + datasets[0].name.length &&
    (region.kind === 'score' || region.kind === 'improvement')
  )
    return datasets[0].name;
  return null;
}

/** "59.4% box AP on COCO", "2.9x higher throughput for SQuAD fine-tuning", "(6.8x on GSM8K)". */
const DATASET_AFTER_GAP = /^[^;]{0,40}?\b(?:on|for|in|across|over|of)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;

/** "CIFAR-10/FFHQ": the names written as a slash pair, the one at the value's position. */
function slashPairedName(sentence: string, names: readonly SentenceMention[], index: number): string | null {
  const sorted = [...names].sort((x, y) => x.start - y.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    if (sentence.slice(sorted[i].end, sorted[i + 1].start) === '/') return sorted[i + index].name;
  }
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
    const name = leading.length > 0 ? namedList(sentence, leading) : phrase;
    found.push({ cueStart: match.index ?? 0, end: phraseStart + skipped + phrase.length, name });
  }
  return found;
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
      c.cueStart >= region.regionStart &&
      c.cueStart < region.regionEnd &&
      (c.cueStart < region.listStart || !CLAUSE_BREAK.test(sentence.slice(region.listEnd, c.cueStart))),
  );
  if (own.length > 0) {
    const ranked = [...own].sort((a, b) => distance(a, region) - distance(b, region));
    return ranked[0].name;
  }
  const leading = found.filter((c) => c.end <= firstValueStart);
  return leading.length > 0 ? leading[leading.length - 1].name : null;
}

/** A new clause after the value: a comparison beyond it is about something else. */
const CLAUSE_BREAK = /,\s*(?:while|whereas|and|but|which|with)\b|;|\bwhile\b/i;

function distance(c: Comparison, region: ValueRegion): number {
  return c.cueStart >= region.listEnd ? c.cueStart - region.listEnd : region.listStart - c.end;
}

/** Words that make the name after them something other than the clause's subject. */
const NOT_SUBJECT_BEFORE =
  /(?:\b(?:on|for|like|of|to|over|than|with|from|against|versus|vs\.?|compared (?:to|with)|relative to|outperforms?|outperforming|match(?:es|ing)?|surpass(?:es|ing)?|beats?|as|including|such as|top of|in|into|and|or|by|via|using|train|training|trains)\s+(?:the\s+|a\s+|an\s+|baseline\s+|standard\s+)?)$/i;
const OWN_WORK =
  /\b(?:we|our (?:[\w()-]+\s+){0,3}?(?:method|approach|model|framework|system|implementation|technique|algorithm|optimizer|design|work|solution|scheme|pipeline|architecture)s?|the proposed (?:[\w()-]+\s+){0,2}?(?:method|approach|model|framework|system|technique|algorithm|architecture)s?|this (?:method|approach|framework|system))\b/gi;
/** "BERT-style modeling", "GPT-like models": the name describes, it does not act. */
const DESCRIPTIVE_AFTER = /^-?(?:style|like|based|type|sized|scale|level)\b/i;

/** Where a new clause with its own subject starts: "..., while X", "(2) X", "show that X". */
const SUBJECT_CLAUSE_START =
  /(?:\bshow(?:s|ed)? that|\bdemonstrat\w* that|\bfind that|\bindicate that|\breveal\w* that|\(\d\)|,\s*(?:while|whereas|and)\b)\s*/gi;

function lastMatchEnd(text: string, pattern: RegExp): number {
  let end = 0;
  for (const match of text.matchAll(pattern)) end = (match.index ?? 0) + match[0].length;
  return end;
}

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
  const achievedBy = /^[^.;]{0,60}?\b(?:achieved|obtained|reported|attained) by\s+(?:the\s+)?/i.exec(
    sentence.slice(region.listEnd, region.regionEnd),
  );
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
    const listContinues =
      i > 0 && excluded.has(sorted[i - 1]) && /^\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)$/.test(sentence.slice(sorted[i - 1].end, c.start));
    if (DESCRIPTIVE_AFTER.test(sentence.slice(c.end, c.end + 8))) excluded.add(c);
    if (inComparison || listContinues || (NOT_SUBJECT_BEFORE.test(before) && !/^\s*$/.test(before))) excluded.add(c);
  });
  // The clause's subject comes first: the earliest name (or "we"/"our method") of the value's clause.
  const clauseStart = Math.max(
    0,
    sentence.lastIndexOf(';', region.listStart) + 1,
    lastMatchEnd(sentence.slice(0, region.listStart), SUBJECT_CLAUSE_START),
  );
  let best: { name: string; at: number } | null = null;
  for (const c of sorted)
    if (!excluded.has(c) && c.start >= clauseStart && (best === null || c.start < best.at)) best = { name: c.name, at: c.start };
  for (const match of sentence.slice(clauseStart, region.listStart).matchAll(OWN_WORK)) {
    const at = clauseStart + (match.index ?? 0);
    if (best === null || at < best.at) best = { name: own, at };
  }
  if (best === null) {
    const earlier = sorted.filter((c) => !excluded.has(c));
    if (earlier.length > 0) return earlier[0].name;
  }
  return best?.name ?? own;
}
