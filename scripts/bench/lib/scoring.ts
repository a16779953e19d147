/**
 * Scoring as GUIDE.md describes it: normalised names, alias-group matching, hardware by canonical kind,
 * claims by word-set overlap; micro precision/recall/F1 summed over papers.
 * Precision counts predictions that match something; recall counts gold items that some prediction found.
 */
import type { HardwareMention, PaperExtraction } from '../../../ingest/types.ts';
import type { AliasGroup, GoldPaper } from './gold.ts';

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** GUIDE normalisation: NFKC, lower case, dashes unified, only letters and digits, one trailing "s" dropped. */
export function normaliseName(name: string): string {
  const folded = name.normalize('NFKC').toLowerCase().replace(DASHES, '-').replace(NOT_LETTER_OR_DIGIT, '');
  return folded.endsWith('s') ? folded.slice(0, -1) : folded;
}

export interface Counts {
  /** Predictions that matched a gold item. */
  correctPredicted: number;
  predicted: number;
  /** Gold items some prediction matched. */
  found: number;
  gold: number;
}

export interface ItemOutcome {
  counts: Counts;
  falsePositives: string[];
  falseNegatives: string[];
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export const emptyCounts = (): Counts => ({ correctPredicted: 0, predicted: 0, found: 0, gold: 0 });

export function addCounts(into: Counts, more: Counts): Counts {
  into.correctPredicted += more.correctPredicted;
  into.predicted += more.predicted;
  into.found += more.found;
  into.gold += more.gold;
  return into;
}

/** Empty on both sides is perfect; empty on one side scores 0 on that side. */
export function prf(counts: Counts): Prf {
  const precision = counts.predicted === 0 ? (counts.gold === 0 ? 1 : 0) : counts.correctPredicted / counts.predicted;
  const recall = counts.gold === 0 ? (counts.predicted === 0 ? 1 : 0) : counts.found / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface PredictedEntity {
  name: string;
  aliases: string[];
}

/** A prediction matches a gold group when any of its name or aliases equals any alias of the group (normalised). */
export function scoreAliasGroups(gold: AliasGroup[], predicted: PredictedEntity[]): ItemOutcome {
  const goldKeys = gold.map((group) => new Set(group.map(normaliseName)));
  const found = new Set<number>();
  const falsePositives: string[] = [];
  let correctPredicted = 0;
  for (const prediction of predicted) {
    const keys = [prediction.name, ...prediction.aliases].map(normaliseName);
    let matched = false;
    goldKeys.forEach((group, index) => {
      if (keys.some((key) => group.has(key))) {
        found.add(index);
        matched = true;
      }
    });
    if (matched) correctPredicted++;
    else falsePositives.push(prediction.name);
  }
  return {
    counts: { correctPredicted, predicted: predicted.length, found: found.size, gold: gold.length },
    falsePositives,
    falseNegatives: gold.filter((_, index) => !found.has(index)).map((group) => group.join(' | ')),
  };
}

/** GUIDE's hardware kinds; a name outside them is its own kind. */
export function hardwareKind(name: string): string {
  const n = name.toLowerCase();
  const rules: Array<[RegExp, string]> = [
    [/\ba100\b/, 'A100'],
    [/\bh100\b/, 'H100'],
    [/\bv100\b/, 'V100'],
    [/\b3090\b/, 'RTX 3090'],
    [/\b4090\b/, 'RTX 4090'],
    [/\btpu/, 'TPU'],
    [/\bfpga/, 'FPGA'],
    [/\basic/, 'ASIC'],
    [/\bnpu|ascend/, 'NPU'],
    [/\bedge|embedded|iot\b|jetson/, 'edge'],
    [/\bmobile|smartphone/, 'mobile'],
    [/micro-?controller|\bmcu/, 'microcontroller'],
    [/\bcpu/, 'CPU'],
    [/^gpu|^multi-?gpu|\bgpu cluster|^graphics/, 'GPU'],
  ];
  for (const [pattern, kind] of rules) if (pattern.test(n)) return kind;
  return normaliseName(name);
}

export function scoreHardware(gold: GoldPaper['hardware'], predicted: HardwareMention[]): ItemOutcome {
  const goldKinds = new Set(gold.map((h) => hardwareKind(h.name)));
  const predictedKinds = new Set(predicted.map((h) => hardwareKind(h.name)));
  const hits = [...predictedKinds].filter((kind) => goldKinds.has(kind));
  return {
    counts: { correctPredicted: hits.length, predicted: predictedKinds.size, found: hits.length, gold: goldKinds.size },
    falsePositives: [...predictedKinds].filter((kind) => !goldKinds.has(kind)),
    falseNegatives: [...goldKinds].filter((kind) => !predictedKinds.has(kind)),
  };
}

export function wordSet(sentence: string): Set<string> {
  return new Set(
    sentence
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );
}

/** Jaccard >= 0.6, or the prediction covers >= 80% of the gold words while >= 50% of its own words are in gold. */
export function claimMatches(goldSentence: string, predictedSentence: string): boolean {
  const gold = wordSet(goldSentence);
  const predicted = wordSet(predictedSentence);
  if (gold.size === 0 || predicted.size === 0) return false;
  let shared = 0;
  for (const word of predicted) if (gold.has(word)) shared++;
  const jaccard = shared / (gold.size + predicted.size - shared);
  return jaccard >= 0.6 || (shared / gold.size >= 0.8 && shared / predicted.size >= 0.5);
}

export function scoreClaims(gold: string[], predicted: string[]): ItemOutcome {
  const found = new Set<number>();
  const falsePositives: string[] = [];
  let correctPredicted = 0;
  for (const sentence of predicted) {
    let matched = false;
    gold.forEach((goldSentence, index) => {
      if (claimMatches(goldSentence, sentence)) {
        found.add(index);
        matched = true;
      }
    });
    if (matched) correctPredicted++;
    else falsePositives.push(sentence);
  }
  return {
    counts: { correctPredicted, predicted: predicted.length, found: found.size, gold: gold.length },
    falsePositives,
    falseNegatives: gold.filter((_, index) => !found.has(index)),
  };
}

/** Numbers of matched claims, compared as raw strings with spaces and "\" removed (not a GUIDE score: a diagnostic). */
export function scoreClaimNumbers(gold: GoldPaper['claims'], predicted: PaperExtraction['claims']): ItemOutcome {
  const outcome: ItemOutcome = { counts: emptyCounts(), falsePositives: [], falseNegatives: [] };
  const fold = (raw: string): string => raw.replace(/[\s\\]/g, '').toLowerCase();
  for (const goldClaim of gold) {
    const match = predicted.find((claim) => claimMatches(goldClaim.sentence, claim.text));
    if (!match) continue;
    const goldNumbers = goldClaim.numbers.map(fold);
    const predictedNumbers = match.numbers.map((n) => fold(n.raw));
    const hits = predictedNumbers.filter((n) => goldNumbers.includes(n));
    addCounts(outcome.counts, {
      correctPredicted: hits.length,
      predicted: predictedNumbers.length,
      found: goldNumbers.filter((n) => predictedNumbers.includes(n)).length,
      gold: goldNumbers.length,
    });
    outcome.falsePositives.push(...predictedNumbers.filter((n) => !goldNumbers.includes(n)));
    outcome.falseNegatives.push(...goldNumbers.filter((n) => !predictedNumbers.includes(n)));
  }
  return outcome;
}

export function scoreCodeUrls(gold: string | null, predicted: string[]): ItemOutcome {
  const fold = (url: string): string =>
    url
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/\/$/, '');
  const goldUrls = gold ? [fold(gold)] : [];
  const predictedUrls = predicted.map(fold);
  const hits = predictedUrls.filter((url) => goldUrls.includes(url));
  return {
    counts: {
      correctPredicted: hits.length,
      predicted: predictedUrls.length,
      found: goldUrls.filter((u) => predictedUrls.includes(u)).length,
      gold: goldUrls.length,
    },
    falsePositives: predictedUrls.filter((url) => !goldUrls.includes(url)),
    falseNegatives: goldUrls.filter((url) => !predictedUrls.includes(url)),
  };
}

/** The GUIDE's scored types, in report order, plus diagnostics marked as such. */
export const SCORED_TYPES = [
  'methods+concepts',
  'named methods',
  'proposed methods',
  'datasets',
  'introduced datasets',
  'tasks',
  'metrics',
  'hardware',
  'claims',
  'claim numbers*',
  'code URLs*',
] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];

/** Targets from issue 12 (acceptance is measured on other abstracts; this is a report, not a gate). */
export const TARGET_F1: Partial<Record<ScoredType, number>> = {
  'methods+concepts': 0.8,
  'proposed methods': 0.85,
  datasets: 0.9,
  hardware: 0.95,
  claims: 0.85,
  tasks: 0.75,
  metrics: 0.75,
};

export function scorePaper(gold: GoldPaper, predicted: PaperExtraction): Record<ScoredType, ItemOutcome> {
  const goldMethods = [...gold.methods_proposed, ...gold.methods_named];
  return {
    'methods+concepts': scoreAliasGroups([...goldMethods, ...gold.concepts], [...predicted.methods, ...predicted.concepts]),
    'named methods': scoreAliasGroups(goldMethods, predicted.methods),
    'proposed methods': scoreAliasGroups(
      gold.methods_proposed,
      predicted.methods.filter((m) => m.role === 'proposed'),
    ),
    datasets: scoreAliasGroups(
      gold.datasets.map((d) => d.aliases),
      predicted.datasets,
    ),
    'introduced datasets': scoreAliasGroups(
      gold.datasets.filter((d) => d.introduced).map((d) => d.aliases),
      predicted.datasets.filter((d) => d.role === 'introduced'),
    ),
    tasks: scoreAliasGroups(gold.tasks, predicted.tasks),
    metrics: scoreAliasGroups(gold.metrics, predicted.metrics),
    hardware: scoreHardware(gold.hardware, predicted.hardware),
    claims: scoreClaims(
      gold.claims.map((c) => c.sentence),
      predicted.claims.map((c) => c.text),
    ),
    'claim numbers*': scoreClaimNumbers(gold.claims, predicted.claims),
    'code URLs*': scoreCodeUrls(gold.code_url, predicted.codeUrls),
  };
}
