/** A "why?" sentence with both ends' mentions highlighted (each end its own colour). */
import type { EvidenceSentenceDTO } from '../../../shared/api.ts';

export function MarkedSentence({ sentence }: { sentence: EvidenceSentenceDTO }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [index, mark] of (sentence.marks ?? []).entries()) {
    if (mark.start < at) continue; // overlapping mentions: the first one drawn wins
    if (mark.start > at) parts.push(sentence.text.slice(at, mark.start));
    parts.push(
      <mark key={index} className={`end-mark end-${mark.side}`} data-side={mark.side}>
        {sentence.text.slice(mark.start, mark.end)}
      </mark>,
    );
    at = mark.end;
  }
  parts.push(sentence.text.slice(at));
  return (
    <blockquote className={sentence.namesBoth ? 'names-both' : 'names-one'} data-names-both={sentence.namesBoth ? 'true' : 'false'}>
      {parts}
    </blockquote>
  );
}
