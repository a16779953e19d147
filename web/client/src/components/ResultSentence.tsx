/** A result's sentence with its value and named slots highlighted; text nodes only, never HTML. */
import type { HighlightSpan } from '../../../shared/results-api.ts';

const ROLE_TITLES: Record<HighlightSpan['role'], string> = {
  value: 'value',
  subject: 'subject (by)',
  baseline: 'baseline (against)',
  metric: 'metric',
  dataset: 'dataset',
};

export function ResultSentence({ sentence, spans }: { sentence: string; spans: readonly HighlightSpan[] }) {
  const pieces: React.ReactNode[] = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at || span.end > sentence.length) continue;
    if (span.start > at) pieces.push(<span key={`t${at}`}>{sentence.slice(at, span.start)}</span>);
    pieces.push(
      <mark key={`m${span.start}`} className={`result-mark result-${span.role}`} title={ROLE_TITLES[span.role]} data-role={span.role}>
        {sentence.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  }
  if (at < sentence.length) pieces.push(<span key={`t${at}`}>{sentence.slice(at)}</span>);
  return <span className="result-sentence">{pieces}</span>;
}
