/**
 * Results (GUIDE "Results (structured claims)"): each claim number that measures an outcome becomes a result with
 * its kind, metric, dataset, subject and baseline, names being the canonical names of the paper's extracted
 * entities where they match one, and the metric's direction. Pure, and reads only the claims and entities
 * already extracted: no second parse.
 */
import type { ClaimExtraction, HardwareMention, ResultExtraction, ResultKind } from '../types.ts';
import type { EntityExtractions } from './entities/index.ts';
import { resultKind } from './results/kind.ts';
import { entityMentions, metricPhrases, nameLikeTokens } from './results/mentions.ts';
import type { SentenceMention } from './results/mentions.ts';
import { metricHigherIsBetter } from '../../graph-schema/metric-direction.ts';
import { comparisons, fillBaseline } from './results/baseline.ts';
import { fillDataset, fillMetric } from './results/slots.ts';
import { fillSubject } from './results/subject.ts';
import type { ValueRegion } from './results/slots.ts';
import { resultValues } from './results/values.ts';
import type { ResultValue } from './results/values.ts';

export function extractResults(
  claims: readonly ClaimExtraction[],
  entities: EntityExtractions,
  hardware: readonly HardwareMention[],
): ResultExtraction[] {
  const proposed = entities.methods.find((m) => m.role === 'proposed')?.name ?? null;
  return claims.flatMap((claim) => claimResults(claim, entities, hardware, proposed));
}

function claimResults(
  claim: ClaimExtraction,
  entities: EntityExtractions,
  hardware: readonly HardwareMention[],
  proposed: string | null,
): ResultExtraction[] {
  const sentence = claim.text;
  const values = resultValues(sentence, claim.numbers);
  if (values.length === 0) return [];
  const methods = entityMentions('method', entities.methods, claim.start, claim.end);
  const datasets = entityMentions('dataset', entities.datasets, claim.start, claim.end);
  const metrics = preferEntities(entityMentions('metric', entities.metrics, claim.start, claim.end), metricPhrases(sentence));
  const devices = entityMentions('other', hardware, claim.start, claim.end);
  const nameLike = nameLikeTokens(sentence, [...methods, ...datasets, ...metrics, ...devices]);
  const found = comparisons(sentence, methods);
  const regions = valueRegions(sentence, values);
  const results: ResultExtraction[] = [];
  values.forEach((value, index) => {
    const region = regions[index];
    const next = regions[index + 1];
    const nextDatasets = next ? datasets.filter((d) => d.start >= next.listEnd && d.end <= next.regionEnd) : [];
    const layout = { nextValueStart: next ? next.start : sentence.length, values };
    const metric =
      fillMetric(sentence, region, metrics, layout) ?? sharedMeasure(sentence, results[results.length - 1], value, claim.start);
    const subject = fillSubject({ sentence, region, candidates: [...methods, ...nameLike], comparisons: found, proposed });
    const baseline = fillBaseline(sentence, region, found, values[0].start);
    const previous = results[results.length - 1];
    // "by 30% geomean (max 47%)": the parenthesised extreme is the same measurement as the value before it.
    if (
      previous &&
      /\(\s*(?:max(?:imum)?|up to|peak|best|min(?:imum)?)\s*$/i.test(sentence.slice(Math.max(0, value.start - 12), value.start))
    ) {
      results.push({
        ...previous,
        raw: value.raw,
        value: value.value,
        unit: value.unit,
        start: claim.start + value.start,
        end: claim.start + value.end,
      });
      return;
    }
    // The second of a slash pair ("1.91/2.43") measures what the first does, on its own paired dataset.
    if (previous && value.slashIndex === 1) {
      const dataset = fillDataset(sentence, region, datasets, nextDatasets);
      results.push({
        ...previous,
        raw: value.raw,
        value: value.value,
        dataset,
        start: claim.start + value.start,
        end: claim.start + value.end,
      });
      return;
    }
    results.push({
      text: sentence,
      raw: value.raw,
      value: Number.isFinite(value.value) ? value.value : null,
      unit: value.unit,
      kind:
        region.kind === 'score' && !value.reached ? parallelKind(sentence, results[results.length - 1], value, claim.start) : region.kind,
      metric,
      dataset: fillDataset(sentence, region, datasets, nextDatasets),
      subject,
      baseline: baseline !== null && baseline === subject ? null : baseline,
      higherIsBetter: metricHigherIsBetter(metric),
      start: claim.start + value.start,
      end: claim.start + value.end,
    });
  });
  return results;
}

/**
 * A value with no measure of its own, in the unit of the result before it and written in the same run of the
 * sentence ("accuracies of 86.96% and 84.24%, outperforming the best baseline by 3.26% and 2.17%"), measures what
 * that result measures.
 */
function sharedMeasure(sentence: string, previous: ResultExtraction | undefined, value: ResultValue, claimStart: number): string | null {
  if (!previous || previous.metric === null || previous.unit !== value.unit || !['%', 'points', ''].includes(value.unit)) return null;
  const between = sentence.slice(previous.end - claimStart, value.start);
  return /;|\b(?:while|whereas|but)\b/i.test(between) ? null : previous.metric;
}

/** "by 38.5% for X and 19.5% for others": a value in a parallel phrase shares the previous value's kind. */
function parallelKind(sentence: string, previous: ResultExtraction | undefined, value: ResultValue, claimStart: number): ResultKind {
  if (!previous || previous.kind === 'score' || previous.unit !== value.unit) return 'score';
  const between = sentence.slice(previous.end - claimStart, value.start);
  return /^\s*(?:(?:on|for|in|with)\s[^,;()]{0,50}?)?,?\s*(?:and|while|whereas)\s+(?:by\s+)?(?:up to\s+)?$/i.test(between)
    ? previous.kind
    : 'score';
}

/** An extracted metric's span wins over a phrase read from the sentence at the same place. */
function preferEntities(entitiesFound: SentenceMention[], phrases: SentenceMention[]): SentenceMention[] {
  const free = phrases.filter((p) => !entitiesFound.some((e) => e.start < p.end && p.start < e.end));
  return [...entitiesFound, ...free];
}

/** Values joined by "," / "and" with nothing else between form a list sharing the words that follow it. */
function valueRegions(sentence: string, values: readonly ResultValue[]): ValueRegion[] {
  const lists: Array<{ from: number; to: number }> = [];
  values.forEach((value, i) => {
    const last = lists[lists.length - 1];
    if (last && /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(sentence.slice(values[i - 1].end, value.start))) last.to = i;
    else lists.push({ from: i, to: i });
  });
  const regions: ValueRegion[] = [];
  for (const list of lists) {
    for (let i = list.from; i <= list.to; i++) {
      const value = values[i];
      const listStart = values[list.from].start;
      const listEnd = values[list.to].end;
      const previousEnd = i > 0 ? values[i - 1].end : 0;
      const regionStart = list.from > 0 ? values[list.from - 1].end : 0;
      const regionEnd = list.to + 1 < values.length ? values[list.to + 1].start : sentence.length;
      const listRegionStart = regionStart;
      const kind = value.reached
        ? 'score'
        : resultKind({
            sentence,
            start: value.start,
            end: value.end,
            unit: value.unit,
            raw: value.raw,
            listStart,
            listEnd,
            previousEnd: regionStart,
          });
      regions.push({
        slashIndex: value.slashIndex,
        start: value.start,
        end: value.end,
        listStart,
        listEnd,
        listIndex: i - list.from,
        listSize: list.to - list.from + 1,
        regionStart: i === list.from ? regionStart : previousEnd,
        listRegionStart,
        regionEnd,
        kind,
      });
    }
  }
  return regions;
}
