/**
 * Result scoring as GUIDE.md "Results" describes it: a predicted result matches a gold one when their sentences
 * match (as claims do) and their values are the same number; on matched results each slot (metric, dataset,
 * subject, baseline) is right when both are null or the names match, normalised, one containing the other.
 */
import { parseNumbers } from '../../../ingest/extract/numbers.ts';
import type { PaperExtraction, ResultExtraction } from '../../../ingest/types.ts';
import type { GoldResult } from './gold.ts';
import { claimMatches, emptyCounts, normaliseName } from './scoring.ts';
import type { Counts } from './scoring.ts';

export const RESULT_SLOTS = ['metric', 'dataset', 'subject', 'baseline'] as const;
export type ResultSlot = (typeof RESULT_SLOTS)[number];

export interface SlotTally {
  right: number;
  total: number;
}

export interface ResultOutcome {
  counts: Counts;
  slots: Record<ResultSlot, SlotTally>;
  kind: SlotTally;
  falsePositives: string[];
  falseNegatives: string[];
  slotErrors: string[];
}

/** Issue 14's targets on abstracts the development never saw. */
export const RESULT_TARGETS: Record<'result F1' | ResultSlot, number> = {
  'result F1': 0.85,
  metric: 0.8,
  dataset: 0.92,
  subject: 0.75,
  baseline: 0.75,
};

export function emptyResultOutcome(): ResultOutcome {
  const slots = Object.fromEntries(RESULT_SLOTS.map((slot) => [slot, { right: 0, total: 0 }])) as Record<ResultSlot, SlotTally>;
  return { counts: emptyCounts(), slots, kind: { right: 0, total: 0 }, falsePositives: [], falseNegatives: [], slotErrors: [] };
}

/** The number a written value stands for: its first parsed number ("5-40 times" is 5), else null. */
export function goldValueNumber(value: string): number | null {
  const parsed = parseNumbers(value)[0] ?? parseNumbers(` ${value} `)[0];
  if (parsed) return parsed.value;
  const plain = Number(value.replace(/[^\d.eE-]/g, ''));
  return Number.isFinite(plain) ? plain : null;
}

/** A predicted name stands for its entity, so any alias the paper gives it counts (as for entities). */
export type AliasLookup = (name: string) => readonly string[];

export function aliasLookup(extraction: Pick<PaperExtraction, 'methods' | 'datasets' | 'metrics'>): AliasLookup {
  const byName = new Map<string, string[]>();
  for (const entity of [...extraction.methods, ...extraction.datasets, ...extraction.metrics]) {
    byName.set(entity.name, [...(byName.get(entity.name) ?? []), ...entity.aliases]);
  }
  return (name) => byName.get(name) ?? [];
}

export function slotMatches(gold: string | null, predicted: string | null, aliases: AliasLookup = () => []): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const g = normaliseName(gold);
  return [predicted, ...aliases(predicted)].some((name) => {
    const p = normaliseName(name);
    return g === p || (g !== '' && p !== '' && (g.includes(p) || p.includes(g)));
  });
}

export function scoreResults(
  gold: readonly GoldResult[],
  predicted: readonly ResultExtraction[],
  aliases: AliasLookup = () => [],
): ResultOutcome {
  const outcome = emptyResultOutcome();
  const used = new Set<number>();
  for (const goldResult of gold) {
    const value = goldValueNumber(goldResult.value);
    const index = predicted.findIndex(
      (p, i) =>
        !used.has(i) && p.value !== null && value !== null && Math.abs(p.value - value) < 1e-9 && claimMatches(goldResult.sentence, p.text),
    );
    if (index < 0) {
      outcome.falseNegatives.push(`${goldResult.value} in "${clip(goldResult.sentence)}"`);
      continue;
    }
    used.add(index);
    const match = predicted[index];
    for (const slot of RESULT_SLOTS) {
      const right = slotMatches(goldResult[slot], match[slot], aliases);
      outcome.slots[slot].total++;
      if (right) outcome.slots[slot].right++;
      else
        outcome.slotErrors.push(
          `${goldResult.value} ${slot}: gold ${JSON.stringify(goldResult[slot])}, predicted ${JSON.stringify(match[slot])}`,
        );
    }
    outcome.kind.total++;
    if (goldResult.kind === match.kind) outcome.kind.right++;
    else outcome.slotErrors.push(`${goldResult.value} kind: gold ${goldResult.kind}, predicted ${match.kind}`);
  }
  predicted.forEach((p, i) => {
    if (!used.has(i)) outcome.falsePositives.push(`${p.raw} in "${clip(p.text)}"`);
  });
  outcome.counts = { correctPredicted: used.size, predicted: predicted.length, found: used.size, gold: gold.length };
  return outcome;
}

export function addResultOutcome(into: ResultOutcome, more: ResultOutcome): ResultOutcome {
  into.counts.correctPredicted += more.counts.correctPredicted;
  into.counts.predicted += more.counts.predicted;
  into.counts.found += more.counts.found;
  into.counts.gold += more.counts.gold;
  for (const slot of RESULT_SLOTS) {
    into.slots[slot].right += more.slots[slot].right;
    into.slots[slot].total += more.slots[slot].total;
  }
  into.kind.right += more.kind.right;
  into.kind.total += more.kind.total;
  return into;
}

function clip(text: string, max = 90): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
