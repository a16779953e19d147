/** Evidence spans are stored as parallel arrays on mention relationships (graph-schema EvidenceProps). */
import type { EvidenceSpanDTO } from '../../shared/api.ts';

export interface EvidenceArrays {
  evidenceFields: string[] | null;
  evidenceStarts: number[] | null;
  evidenceEnds: number[] | null;
}

/** Zips the arrays back into spans; a span with a missing or malformed part is dropped rather than guessed. */
export function decodeEvidence(arrays: EvidenceArrays): EvidenceSpanDTO[] {
  const fields = arrays.evidenceFields ?? [];
  const starts = arrays.evidenceStarts ?? [];
  const ends = arrays.evidenceEnds ?? [];
  const spans: EvidenceSpanDTO[] = [];
  for (let index = 0; index < Math.min(fields.length, starts.length, ends.length); index++) {
    const field = fields[index];
    if ((field === 'title' || field === 'abstract') && starts[index] <= ends[index]) {
      spans.push({ field, start: starts[index], end: ends[index] });
    }
  }
  return spans.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1));
}
