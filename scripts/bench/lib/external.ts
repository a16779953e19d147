/**
 * Scoring on the public dataset-name sentences of Heddes et al. 2021 (`--external FILE`): each sentence is
 * extracted as an abstract, the sentences together go through the corpus pass, and predicted datasets are compared
 * with the labelled spans, strictly (same name, or exactly the labelled span) and leniently (overlapping the span).
 * Spans labelled 'Geen Dataset' (not a dataset) only count against predictions.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { canonicalKey } from '../../../graph-schema/keys.ts';
import { textOnlyRecord } from '../../../ingest/sources/text-record.ts';
import type { DatasetMention, PaperExtraction, PaperRecord } from '../../../ingest/types.ts';
import { emptyCounts, type Counts } from './scoring.ts';

export interface LabelledSpan {
  start: number;
  end: number;
  text: string;
}

export interface ExternalSentence {
  id: string;
  text: string;
  datasets: LabelledSpan[];
}

const LABEL = /\[\s*(\d+)\s*,\s*(\d+)\s*,\s*'([^']+)'\s*\]/g;

export function readExternalSentences(path: string): ExternalSentence[] {
  const rows = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  return rows.map((row, index) => {
    if (typeof row.text !== 'string' || typeof row.labels !== 'string') throw new Error(`${path}: row ${index + 2} lacks text or labels`);
    const datasets: LabelledSpan[] = [];
    for (const m of row.labels.matchAll(LABEL)) {
      if (m[3] !== 'Dataset') continue;
      const start = Number(m[1]);
      const end = Number(m[2]);
      datasets.push({ start, end, text: row.text.slice(start, end) });
    }
    return { id: row.id ?? String(index), text: row.text, datasets };
  });
}

export function sentenceRecord(sentence: ExternalSentence): PaperRecord {
  return textOnlyRecord(`ext-${sentence.id}`, '', sentence.text);
}

/** The names to withhold from the lexicons: every labelled dataset surface. */
export function externalNames(sentences: readonly ExternalSentence[]): string[] {
  return [...new Set(sentences.flatMap((s) => s.datasets.map((d) => d.text.trim())))];
}

function strictMatch(entity: DatasetMention, gold: LabelledSpan): boolean {
  const key = canonicalKey(gold.text);
  return (
    [entity.name, ...entity.aliases].some((a) => canonicalKey(a) === key) ||
    entity.evidence.some((e) => e.field === 'abstract' && e.start === gold.start && e.end === gold.end)
  );
}

function lenientMatch(entity: DatasetMention, gold: LabelledSpan): boolean {
  return strictMatch(entity, gold) || entity.evidence.some((e) => e.field === 'abstract' && e.start < gold.end && gold.start < e.end);
}

export interface ExternalScores {
  sentences: number;
  strict: Counts;
  lenient: Counts;
}

export function scoreExternal(sentences: readonly ExternalSentence[], extractions: readonly PaperExtraction[]): ExternalScores {
  const strict = emptyCounts();
  const lenient = emptyCounts();
  sentences.forEach((sentence, i) => {
    const predicted = extractions[i].datasets;
    for (const [counts, match] of [
      [strict, strictMatch],
      [lenient, lenientMatch],
    ] as const) {
      counts.predicted += predicted.length;
      counts.correctPredicted += predicted.filter((p) => sentence.datasets.some((g) => match(p, g))).length;
      counts.gold += sentence.datasets.length;
      counts.found += sentence.datasets.filter((g) => predicted.some((p) => match(p, g))).length;
    }
  });
  return { sentences: sentences.length, strict, lenient };
}
