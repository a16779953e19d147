import { describe, expect, it } from 'vitest';
import { coOccurrenceEdges } from '../../../web/server/queries/co-occurrence-links.ts';

const elementIdOf = new Map([
  ['Method:transformer', 'e1'],
  ['Dataset:imagenet', 'e2'],
]);

describe('coOccurrenceEdges', () => {
  it('maps node ids to the shown element ids', () => {
    expect(coOccurrenceEdges([['Dataset:imagenet', 'Method:transformer', 7]], elementIdOf)).toEqual([
      { type: 'CO_OCCURS', start: 'e2', end: 'e1', weight: 7 },
    ]);
  });

  it('drops links to nodes that are not shown, and self-links', () => {
    const rows: Array<[string, string, number]> = [
      ['Method:transformer', 'Metric:accuracy', 9],
      ['Dataset:imagenet', 'Dataset:imagenet', 3],
    ];
    expect(coOccurrenceEdges(rows, elementIdOf)).toEqual([]);
  });
});
