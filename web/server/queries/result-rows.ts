/** Decoding of the results queries' rows into ResultRowDTO, with the sentence's highlight spans. */
import { nodeId } from '../../../graph-schema/keys.ts';
import type { ResultProps } from '../../../graph-schema/model.ts';
import type { HighlightRole, HighlightSpan, ResultRowDTO, ResultSlotDTO } from '../../shared/results-api.ts';

/** A linked slot entity as the query returns it: [key, name, aliases]. */
type LinkedEntity = [string, string, string[] | null] | null;

/** One row of RESULT_ROW_FIELDS: the Result node's properties, its sentence, paper and linked slot entities. */
export interface StoredResultRow extends Omit<ResultProps, 'claimKey'> {
  sentence: string;
  paperTitle: string;
  paperDate: string | null;
  subject: LinkedEntity;
  baseline: LinkedEntity;
  metric: LinkedEntity;
  dataset: LinkedEntity;
}

/** One row of RESULT_ROW_LIST: the fields of StoredResultRow, in its order. */
export type StoredResultList = [
  key: string,
  raw: string,
  value: number | null,
  unit: string,
  kind: ResultProps['kind'],
  higherIsBetter: boolean | null,
  start: number,
  end: number,
  metricName: string | null,
  datasetName: string | null,
  subjectName: string | null,
  baselineName: string | null,
  sentence: string,
  paperKey: string,
  paperTitle: string,
  paperDate: string | null,
  subject: LinkedEntity,
  baseline: LinkedEntity,
  metric: LinkedEntity,
  dataset: LinkedEntity,
];

export function storedResultRow(list: StoredResultList): StoredResultRow {
  const [key, raw, value, unit, kind, higherIsBetter, start, end, metricName, datasetName, subjectName, baselineName, ...rest] = list;
  const [sentence, paperKey, paperTitle, paperDate, subject, baseline, metric, dataset] = rest;
  return {
    key,
    raw,
    value,
    unit,
    kind,
    higherIsBetter,
    start,
    end,
    metricName,
    datasetName,
    subjectName,
    baselineName,
    sentence,
    paperKey,
    paperTitle,
    paperDate,
    subject,
    baseline,
    metric,
    dataset,
  };
}

const SLOT_LABELS = { subject: 'Method', baseline: 'Method', metric: 'Metric', dataset: 'Dataset' } as const;
type SlotName = keyof typeof SLOT_LABELS;

export function toResultRow(row: StoredResultRow): ResultRowDTO {
  const slot = (name: SlotName, written: string | null): ResultSlotDTO | null => {
    const linked = row[name];
    if (linked) return { name: linked[1], id: nodeId(SLOT_LABELS[name], linked[0]) };
    return written === null ? null : { name: written, id: null };
  };
  return {
    key: row.key,
    raw: row.raw,
    value: row.value,
    unit: row.unit,
    kind: row.kind,
    higherIsBetter: row.higherIsBetter,
    subject: slot('subject', row.subjectName),
    baseline: slot('baseline', row.baselineName),
    metric: slot('metric', row.metricName),
    dataset: slot('dataset', row.datasetName),
    paper: { key: row.paperKey, title: row.paperTitle, date: row.paperDate },
    sentence: row.sentence,
    spans: highlightSpans(row),
  };
}

/** The value, then each slot's first mention in the sentence (by its written name or any alias), never overlapping. */
export function highlightSpans(row: StoredResultRow): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  if (row.end > row.start && row.end <= row.sentence.length) spans.push({ start: row.start, end: row.end, role: 'value' });
  const lower = row.sentence.toLowerCase();
  for (const role of ['subject', 'baseline', 'metric', 'dataset'] as const satisfies readonly HighlightRole[]) {
    const linked = row[role];
    const written = row[`${role}Name`];
    const names = [written, ...(linked ? [linked[1], ...(linked[2] ?? [])] : [])].filter((n): n is string => !!n && n.length > 1);
    const span = firstFreeMention(
      lower,
      [...new Set(names)].sort((x, y) => y.length - x.length),
      spans,
    );
    if (span) spans.push({ ...span, role });
  }
  return spans.sort((x, y) => x.start - y.start);
}

function firstFreeMention(
  lowerSentence: string,
  names: readonly string[],
  taken: readonly HighlightSpan[],
): { start: number; end: number } | null {
  for (const name of names) {
    const needle = name.toLowerCase();
    for (let at = lowerSentence.indexOf(needle); at >= 0; at = lowerSentence.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      const wordStart = at === 0 || !/[\p{L}\p{N}]/u.test(lowerSentence[at - 1]);
      const wordEnd = end === lowerSentence.length || !/[\p{L}\p{N}]/u.test(lowerSentence[end]);
      if (wordStart && wordEnd && !taken.some((t) => t.start < end && at < t.end)) return { start: at, end };
    }
  }
  return null;
}
