/** A paper's text with its extractions highlighted; every piece is a React text node, never HTML. */
import { useState } from 'react';
import type { HighlightMark } from '../details/highlight-spans.ts';
import { buildSegments, describeMark } from '../details/highlight-spans.ts';
import { LABEL_COLOURS } from '../graph/colours.ts';

interface Props {
  text: string;
  marks: HighlightMark[];
  onOpen(id: string): void;
}

interface Tip {
  text: string;
  left: number;
  top: number;
  above: boolean;
}

const TIP_WIDTH = 300;

/** A fixed-position tooltip kept inside the window, so marks near the panel's edge stay readable. */
function tipFor(element: HTMLElement, text: string): Tip {
  const rect = element.getBoundingClientRect();
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - TIP_WIDTH - 8));
  const above = rect.top > 70;
  return { text, left, top: above ? rect.top - 8 : rect.bottom + 8, above };
}

export function HighlightedText({ text, marks, onOpen }: Props) {
  const [tip, setTip] = useState<Tip | null>(null);
  const segments = buildSegments(text, marks);
  return (
    <>
      {segments.map((segment) => {
        if (segment.marks.length === 0) return <span key={segment.start}>{segment.text}</span>;
        const primary = segment.marks[0];
        const description = segment.marks.map(describeMark).join('\n');
        const show = (event: React.SyntheticEvent<HTMLElement>) => setTip(tipFor(event.currentTarget, description));
        return (
          <mark
            key={segment.start}
            className={`extraction${segment.marks.length > 1 ? ' nested' : ''}`}
            style={{ '--mark-colour': LABEL_COLOURS[primary.label] } as React.CSSProperties}
            data-label={primary.label}
            tabIndex={0}
            role="button"
            aria-label={`${segment.text}: ${description}`}
            onMouseEnter={show}
            onFocus={show}
            onMouseLeave={() => setTip(null)}
            onBlur={() => setTip(null)}
            onClick={() => onOpen(primary.id)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onOpen(primary.id);
              }
            }}
          >
            {segment.text}
          </mark>
        );
      })}
      {tip && (
        <span
          className="mark-tooltip"
          role="tooltip"
          style={{ left: tip.left, top: tip.top, transform: tip.above ? 'translateY(-100%)' : undefined }}
        >
          {tip.text}
        </span>
      )}
    </>
  );
}
