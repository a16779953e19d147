/**
 * "Why?" sentences that say it: each sentence holding an end's evidence, with both ends' mentions marked
 * (offsets within the sentence) and the sentences naming both ends first.
 */
import type { EvidenceSpanDTO, EvidenceSentenceDTO, SentenceMarkDTO } from '../../shared/api.ts';
import { sentencesWithSpans, type Sentence } from './sentences.ts';

function marksIn(sentence: Sentence, spans: readonly EvidenceSpanDTO[], side: SentenceMarkDTO['side']): SentenceMarkDTO[] {
  const field = sentence.field ?? 'abstract';
  return spans
    .filter((span) => span.field === field && span.start < sentence.end && span.end > sentence.start)
    .map((span) => ({
      start: Math.max(span.start, sentence.start) - sentence.start,
      end: Math.min(span.end, sentence.end) - sentence.start,
      side,
    }));
}

/**
 * `aSpans`/`bSpans`: the evidence of each end in one paper. When one end is the paper itself (`paperEnd`), every
 * sentence naming the other end names both.
 */
export function sentencesNamingEnds(
  title: string,
  abstract: string,
  aSpans: readonly EvidenceSpanDTO[],
  bSpans: readonly EvidenceSpanDTO[],
  paperEnd: boolean,
): EvidenceSentenceDTO[] {
  const sentences = sentencesWithSpans(title, abstract, [...aSpans, ...bSpans]).map((sentence) => {
    const marks = [...marksIn(sentence, aSpans, 'a'), ...marksIn(sentence, bSpans, 'b')].sort((x, y) => x.start - y.start);
    const namesBoth = paperEnd || (marks.some((mark) => mark.side === 'a') && marks.some((mark) => mark.side === 'b'));
    return { ...sentence, marks, namesBoth };
  });
  // Stable: within each group the text order stays.
  return [...sentences.filter((sentence) => sentence.namesBoth), ...sentences.filter((sentence) => !sentence.namesBoth)];
}
