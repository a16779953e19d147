import { describe, expect, it } from 'vitest';
import { GraphCollector } from '../../../web/server/dto.ts';
import { addLinksAmongShown } from '../../../web/server/queries/links-among-shown.ts';
import type { GraphNodeDTO } from '../../../web/shared/api.ts';

function collectorWith(...ids: string[]): GraphCollector {
  const graph = new GraphCollector();
  ids.forEach((id, i) => {
    const [label, key] = id.split(':');
    graph.addEntry(`e${i}`, { id, label: label as GraphNodeDTO['label'], key, name: key, paperCount: null, props: {} });
  });
  return graph;
}

describe('addLinksAmongShown', () => {
  it('resolves mention sources by position and keeps their counts', () => {
    const graph = collectorWith('Paper:p1', 'Method:transformer', 'Paper:p2');
    addLinksAmongShown(graph, ['Paper:p1', 'Method:transformer', 'Paper:p2'], {
      mentions: [
        [
          'Method:transformer',
          'USES',
          [
            [0, 3],
            [2, null],
          ],
        ],
      ],
      coOccurrences: [],
    });
    expect(graph.toGraph().edges).toEqual([
      {
        id: 'Paper:p1-USES-Method:transformer',
        source: 'Paper:p1',
        target: 'Method:transformer',
        type: 'USES',
        weight: 1,
        props: { count: 3 },
      },
      { id: 'Paper:p2-USES-Method:transformer', source: 'Paper:p2', target: 'Method:transformer', type: 'USES', weight: 1 },
    ]);
  });

  it('orders co-occurrence ends so both directions give one edge', () => {
    const graph = collectorWith('Method:transformer', 'Dataset:imagenet');
    addLinksAmongShown(graph, [], {
      mentions: [],
      coOccurrences: [
        ['Method:transformer', ['Dataset:imagenet'], [7]],
        ['Dataset:imagenet', ['Method:transformer'], [7]],
      ],
    });
    expect(graph.toGraph().edges).toEqual([
      {
        id: 'Dataset:imagenet-CO_OCCURS-Method:transformer',
        source: 'Dataset:imagenet',
        target: 'Method:transformer',
        type: 'CO_OCCURS',
        weight: 7,
      },
    ]);
  });

  it('drops links to nodes that are not shown, unknown positions and self-links', () => {
    const graph = collectorWith('Paper:p1', 'Method:transformer');
    addLinksAmongShown(graph, ['Paper:p1'], {
      mentions: [
        ['Metric:accuracy', 'MEASURES', [[0, 1]]],
        ['Method:transformer', 'USES', [[5, 1]]],
      ],
      coOccurrences: [['Method:transformer', ['Metric:accuracy', 'Method:transformer'], [9, 3]]],
    });
    expect(graph.toGraph().edges).toEqual([]);
  });
});
