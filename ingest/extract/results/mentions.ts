/**
 * The names a result's slots can take, located in one claim sentence: the paper's extracted entities (by their
 * evidence spans, named by their canonical name) and, for slots the entity extractor left empty, metric phrases
 * ("data transfer time", "box AP") and name-like tokens ("GH200") read from the sentence itself.
 */
import type { EvidenceSpan } from '../../types.ts';

export type SlotType = 'method' | 'dataset' | 'metric' | 'other';

export interface SentenceMention {
  type: SlotType;
  /** The canonical name of the entity, or the words as written. */
  name: string;
  /** Offsets in the sentence, end exclusive. */
  start: number;
  end: number;
}

export interface NamedEntity {
  name: string;
  evidence: EvidenceSpan[];
}

export function entityMentions(
  type: SlotType,
  entities: readonly NamedEntity[],
  sentenceStart: number,
  sentenceEnd: number,
): SentenceMention[] {
  const mentions: SentenceMention[] = [];
  for (const entity of entities) {
    for (const e of entity.evidence) {
      if (e.field !== 'abstract' || e.start < sentenceStart || e.end > sentenceEnd) continue;
      mentions.push({ type, name: entity.name, start: e.start - sentenceStart, end: e.end - sentenceStart });
    }
  }
  return mentions;
}

/** Head words of measures; up to two modifiers before them join the phrase ("end-to-end training memory footprint"). */
const METRIC_HEAD =
  /\b(?:time|latency|throughput|accuracy|footprint|memory|power|energy|area|traffic|costs?|parameters?|savings|sensitivity|specificity|sparsity|volume|movement|utili[sz]ation|size|speed|AP|mAP|mIoU|IoU|R2|F1|BLEU|ROUGE(?:-\w+)?|FID|perplexity|error|NDCG@\d+|NDCG|recall|precision|rates?|correlation|variance|consistency|agreement|EER|WER|CER|AUC|AUROC|RMSE|MAE|MSE|bandwidth|overhead|footprint|schedule|efficiency|score|reward|regret|bits? per parameter)\b(?!-)/g;
const NOT_MODIFIER =
  /^(?:the|a|an|its|their|our|his|her|in|of|on|and|or|with|by|to|up|at|for|from|over|than|higher|lower|fewer|less|more|better|worse|faster|similar|same|reduces?|reduced|reducing|improves?|improved|improving|achieves?|achieved|saves?|speeds?|cuts?|enhances?|enhanced|increases?|increased|boosts?|boosted|raises?|raised|lowers?|lowered|yields?|shows?|maintains?|preserves?|minimal|minor|trillion|billion|million|thousand|[\w-]*-(?:billion|million|trillion)|significant|significantly|much|overall|average|total|\d[\w.%]*|[,;:()]+)$/i;

export function metricPhrases(sentence: string): SentenceMention[] {
  const phrases: SentenceMention[] = [];
  for (const match of sentence.matchAll(METRIC_HEAD)) {
    const end = (match.index ?? 0) + match[0].length;
    // "69%-74% of the time", "at the same time": the idiom, not a measure of time.
    if (
      /^times?$/i.test(match[0]) &&
      /\b(?:of|at|the same|each|every|any|first|some)\s+(?:the\s+)?$/i.test(
        sentence.slice(Math.max(0, (match.index ?? 0) - 12), match.index),
      )
    )
      continue;
    let start = match.index ?? 0;
    for (let taken = 0; taken < 2; taken++) {
      const before = /([\p{L}\p{N}@-]+)\s+$/u.exec(sentence.slice(Math.max(0, start - 30), start));
      if (!before || NOT_MODIFIER.test(before[1])) break;
      start -= before[0].length;
    }
    const previous = phrases[phrases.length - 1];
    if (previous && previous.start >= start) phrases.pop();
    phrases.push({ type: 'metric', name: sentence.slice(start, end), start, end });
  }
  return phrases;
}

/** Tokens written like a system's name: a capital and a later capital or digit ("GH200", "M2", "DGX"). */
const NAME_LIKE = /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}\p{N}.+-]*[\p{Lu}\p{N}][\p{L}\p{N}+-]*(?![\p{L}\p{N}])/gu;
const NOT_A_NAME = /^(?:GPUs?|CPUs?|TPUs?|LLMs?|SOTA|AI|ML|NLP|CV|API|I\/O|KV|WAN|TCP|HBM|DRAM|SRAM|FP\d+|BF16|INT\d+|[A-Z]{1,2}\d?)$/;

export function nameLikeTokens(sentence: string, taken: readonly SentenceMention[]): SentenceMention[] {
  const tokens: SentenceMention[] = [];
  for (const match of sentence.matchAll(NAME_LIKE)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const name = match[0].replace(/[.]+$/, '');
    if (NOT_A_NAME.test(name)) continue;
    if (taken.some((m) => m.start < end && start < m.end)) continue;
    tokens.push({ type: 'other', name, start, end: start + name.length });
  }
  return tokens;
}
