/**
 * Slot filling for one result value in its claim sentence: metric and dataset (subject.ts and baseline.ts fill the
 * others), from the sentence's syntax around the value. Each value owns its region of the sentence (from the
 * previous value's end to the next value's start): a name in the region binds to it first; names elsewhere only
 * through sentence-level rules (a sole dataset, datasets paired with a list of values, the measure of a list).
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
  /** The region start of the list's first value: words before the list belong to every value in it. */
  listRegionStart: number;
  regionEnd: number;
  kind: ResultKind;
}

/** Where the sentence's result values are, for the measures around them. */
export interface ValueLayout {
  /** The next result value's start (the sentence's length for the last). */
  nextValueStart: number;
  /** The spans of every result value of the sentence. */
  values: ReadonlyArray<{ start: number; end: number }>;
}

export function fillMetric(sentence: string, region: ValueRegion, metrics: readonly SentenceMention[], layout: ValueLayout): string | null {
  const usable = metrics.filter(
    (m) => !measuresASetting(sentence, m, layout.values) && !namesNextValue(sentence, m, layout.nextValueStart),
  );
  // A measure may begin inside the value's own words: "0.8 bits per parameter".
  const after = usable
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
  // Words before the list measure every value in it ("accuracies of 86.9% and 81.4%"), unless a clause ends between.
  const before = usable
    .filter(
      (m) =>
        m.end <= region.listStart && m.start >= region.listRegionStart && !CLAUSE_BETWEEN.test(sentence.slice(m.end, region.listStart)),
    )
    .sort((a, b) => b.end - a.end)[0];
  if (before) return before.name;
  const later = after.find(
    (m) => m.start - region.listEnd < 40 && !/[;,]|\b(?:while|whereas|but)\b/.test(sentence.slice(region.listEnd, m.start)),
  );
  return later?.name ?? null;
}

/** ", making it", ", while", "; ": what comes before is another clause's measure. */
const CLAUSE_BETWEEN = /,\s*(?:making|which|while|whereas|thus|thereby|and|but)\b|;/i;

/** "(301M FLOPs)", "at 305M FLOPs": a measure written right after a number that is no result is that setting's unit. */
function measuresASetting(sentence: string, metric: SentenceMention, values: ReadonlyArray<{ start: number; end: number }>): boolean {
  const number = /\d[\d.,]*(?:\s*(?:[KMBGT]|[kmb]illion))?(\s*)$/.exec(sentence.slice(Math.max(0, metric.start - 12), metric.start));
  if (number === null) return false;
  const numberEnd = metric.start - number[1].length;
  return !values.some((v) => v.end === numberEnd || (v.start <= metric.start && metric.start < v.end));
}

/** "at an average cost of 0.014 USD": a measure introducing the next value is that value's, not this one's. */
function namesNextValue(sentence: string, metric: SentenceMention, nextValueStart: number): boolean {
  return (
    nextValueStart > metric.end &&
    /^\s*(?:of|:|=|is|was|reaches|reached)\s*(?:about |around |approximately |only |just )?$/i.test(
      sentence.slice(metric.end, nextValueStart),
    )
  );
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
  const paired = pairedByPosition(sentence, region, datasets);
  if (paired) return paired;
  const inRegion = datasets.filter((d) => d.start >= region.listRegionStart && d.end <= region.regionEnd);
  const after = inRegion.filter((d) => d.start >= region.listEnd && DATASET_AFTER_GAP.test(sentence.slice(region.listEnd, d.start)));
  if (after.length > 0) return joined(sentence, after);
  // "92.1% on Spots-10 and 74.4%": a dataset written after the previous value is that value's.
  const attachedToPrevious = (d: SentenceMention): boolean =>
    region.listRegionStart > 0 && d.end <= region.listStart && DATASET_AFTER_GAP.test(sentence.slice(region.listRegionStart, d.start));
  const before = inRegion.filter((d) => d.end <= region.listStart && !attachedToPrevious(d));
  if (before.length > 0) return before[before.length - 1].name;
  // "…, 74.4% on the light field dataset": this value names its own (unrecognised) data, not the previous value's.
  const ownScope = /^\s*(?:[\w%@-]+\s+){0,3}?(?:on|across)\s+(?:the\s+)?[\w-]+/i.test(sentence.slice(region.listEnd, region.regionEnd));
  if (ownScope && inRegion.some(attachedToPrevious)) return null;
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

/**
 * "Evaluated on A and B, X achieves 86.9% and 81.4%, respectively": a list of values as long as the list of the
 * sentence's datasets pairs with it in order (so does a second list of the same length: "by 3.26% and 2.17%").
 */
function pairedByPosition(sentence: string, region: ValueRegion, datasets: readonly SentenceMention[]): string | null {
  if (region.listSize < 2) return null;
  const outside = datasets.filter((d) => d.end <= region.listStart || d.start >= region.listEnd).sort((a, b) => a.start - b.start);
  const names = [...new Set(outside.map((d) => d.name))];
  if (names.length !== region.listSize) return null;
  const first = outside.filter((d, i) => outside.findIndex((o) => o.name === d.name) === i);
  const coordinated = first.every((d, i) => i === 0 || /^[^;.]{0,40}$/.test(sentence.slice(first[i - 1].end, d.start)));
  return coordinated ? names[region.listIndex] : null;
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
