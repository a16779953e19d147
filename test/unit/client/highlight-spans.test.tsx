import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildSegments, describeMark, marksFromExtractions, type HighlightMark } from '../../../web/client/src/details/highlight-spans.ts';
import { HighlightedText } from '../../../web/client/src/components/HighlightedText.tsx';
import type { PaperExtractionDTO } from '../../../web/shared/api.ts';

function mark(id: string, start: number, end: number, label: HighlightMark['label'] = 'Method'): HighlightMark {
  return { id, label, name: id, relationship: 'USES', start, end };
}

const TEXT = 'We train ResNet-50 on ImageNet with 8 GPUs.';

describe('highlight segments', () => {
  it('cut the text at every span boundary and keep it whole', () => {
    const segments = buildSegments(TEXT, [mark('Method:resnet50', 9, 18), mark('Dataset:imagenet', 22, 30, 'Dataset')]);
    expect(segments.map((s) => s.text)).toEqual(['We train ', 'ResNet-50', ' on ', 'ImageNet', ' with 8 GPUs.']);
    expect(segments[1].marks.map((m) => m.id)).toEqual(['Method:resnet50']);
    expect(segments[2].marks).toEqual([]);
  });

  it('split overlapping and nested spans, narrowest mark first', () => {
    const outer = mark('Method:resnet50', 9, 18);
    const inner = mark('Method:resnet', 9, 15);
    const overlapping = mark('Concept:x', 16, 22, 'Concept');
    const segments = buildSegments(TEXT, [outer, inner, overlapping]);
    expect(segments.map((s) => [s.text, s.marks.map((m) => m.id)])).toEqual([
      ['We train ', []],
      ['ResNet', ['Method:resnet', 'Method:resnet50']],
      ['-', ['Method:resnet50']],
      ['50', ['Concept:x', 'Method:resnet50']],
      [' on ', ['Concept:x']],
      ['ImageNet with 8 GPUs.', []],
    ]);
  });

  it('ignore spans that are empty, reversed or outside the text', () => {
    const segments = buildSegments('short', [mark('a', 3, 3), mark('b', 4, 2), mark('c', -1, 2), mark('d', 2, 99)]);
    expect(segments).toEqual([{ text: 'short', start: 0, end: 5, marks: [] }]);
  });

  it('always rebuild the original text, whatever the spans', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(fc.tuple(fc.integer({ min: -5, max: 70 }), fc.integer({ min: -5, max: 70 })), { maxLength: 8 }),
        (text, spans) => {
          const segments = buildSegments(
            text,
            spans.map(([s, e], i) => mark(`m${i}`, s, e)),
          );
          expect(segments.map((s) => s.text).join('')).toBe(text);
          for (const segment of segments)
            for (const m of segment.marks) expect(m.start <= segment.start && m.end >= segment.end).toBe(true);
        },
      ),
    );
  });

  it('take the marks of one field from the extractions', () => {
    const extractions: PaperExtractionDTO[] = [
      {
        label: 'Dataset',
        key: 'imagenet',
        name: 'ImageNet',
        relationship: 'EVALUATES_ON',
        evidence: [
          { field: 'abstract', start: 22, end: 30 },
          { field: 'title', start: 0, end: 8 },
        ],
      },
    ];
    expect(marksFromExtractions(extractions, 'abstract')).toEqual([
      { id: 'Dataset:imagenet', label: 'Dataset', name: 'ImageNet', relationship: 'EVALUATES_ON', start: 22, end: 30 },
    ]);
    expect(describeMark(marksFromExtractions(extractions, 'title')[0])).toBe('Dataset · ImageNet (evaluated on dataset)');
  });
});

describe('highlighted text rendering', () => {
  it('renders markup in the data as text, highlighted or not', () => {
    const text = 'A <script>alert("x")</script> model and <img src=x onerror=alert(1)> tricks.';
    const start = text.indexOf('<img');
    const html = renderToStaticMarkup(
      <HighlightedText text={text} marks={[mark('Method:img', start, start + 33)]} onOpen={() => undefined} />,
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('<mark');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
