/** A paper's text with its extractions highlighted; every piece is a React text node, never HTML. */
import type { HighlightMark } from '../details/highlight-spans.ts';
import { buildSegments, describeMark } from '../details/highlight-spans.ts';
import { LABEL_COLOURS } from '../graph/colours.ts';

interface Props {
  text: string;
  marks: HighlightMark[];
  onOpen(id: string): void;
}

export function HighlightedText({ text, marks, onOpen }: Props) {
  const segments = buildSegments(text, marks);
  return (
    <>
      {segments.map((segment) => {
        if (segment.marks.length === 0) return <span key={segment.start}>{segment.text}</span>;
        const primary = segment.marks[0];
        const description = segment.marks.map(describeMark).join('\n');
        return (
          <mark
            key={segment.start}
            className={`extraction${segment.marks.length > 1 ? ' nested' : ''}`}
            style={{ '--mark-colour': LABEL_COLOURS[primary.label] } as React.CSSProperties}
            data-tip={description}
            data-label={primary.label}
            title={description}
            tabIndex={0}
            role="button"
            aria-label={`${segment.text}: ${description}`}
            onClick={() => onOpen(primary.id)}
            onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), onOpen(primary.id))}
          >
            {segment.text}
          </mark>
        );
      })}
    </>
  );
}
