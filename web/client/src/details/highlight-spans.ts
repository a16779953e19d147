/**
 * A paper's text cut into segments, each knowing which extractions cover it. Overlapping and nested
 * spans are split at every boundary; the UI renders segments as React text, never as HTML.
 */
import type { PaperExtractionDTO } from '../../../shared/api.ts';
import { MENTION_RELATIONSHIPS, type NodeLabel } from '../../../../graph-schema/model.ts';

export interface HighlightMark {
  /** `Label:key` of the extracted entity. */
  id: string;
  label: NodeLabel;
  name: string;
  relationship: string;
  start: number;
  end: number;
}

export interface TextSegment {
  text: string;
  start: number;
  end: number;
  /** Covering marks, narrowest first (the narrowest gives the colour). */
  marks: HighlightMark[];
}

export function marksFromExtractions(extractions: PaperExtractionDTO[], field: 'title' | 'abstract'): HighlightMark[] {
  const marks: HighlightMark[] = [];
  for (const extraction of extractions) {
    for (const span of extraction.evidence) {
      if (span.field !== field) continue;
      marks.push({
        id: `${extraction.label}:${extraction.key}`,
        label: extraction.label,
        name: extraction.name,
        relationship: extraction.relationship,
        start: span.start,
        end: span.end,
      });
    }
  }
  return marks;
}

function sameMarks(a: HighlightMark[], b: HighlightMark[]): boolean {
  return a.length === b.length && a.every((mark, i) => mark === b[i]);
}

export function buildSegments(text: string, marks: HighlightMark[]): TextSegment[] {
  const valid = marks.filter(
    (m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= text.length && m.start < m.end,
  );
  const boundaries = new Set<number>([0, text.length]);
  for (const mark of valid) {
    boundaries.add(mark.start);
    boundaries.add(mark.end);
  }
  const points = [...boundaries].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const covering = valid
      .filter((m) => m.start <= start && m.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.id.localeCompare(b.id));
    const previous = segments[segments.length - 1];
    if (previous && sameMarks(previous.marks, covering)) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
    } else {
      segments.push({ text: text.slice(start, end), start, end, marks: covering });
    }
  }
  return segments;
}

/** From the entity-kind registry: each mention relationship's phrase. */
const RELATIONSHIP_WORDS: Record<string, string> = Object.fromEntries(
  Object.entries(MENTION_RELATIONSHIPS).map(([type, relationship]) => [type, relationship.phrase]),
);

/** The hover text of a highlight: "Dataset · ImageNet (evaluated on dataset)". */
export function describeMark(mark: HighlightMark): string {
  const role = RELATIONSHIP_WORDS[mark.relationship] ?? mark.relationship.toLowerCase().replace(/_/g, ' ');
  return `${mark.label} · ${mark.name} (${role})`;
}
