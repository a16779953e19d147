/** Small API-shaped graphs for the client unit tests. */
import type { GraphDTO, GraphNodeDTO } from '../../../web/shared/api.ts';
import type { NodeLabel } from '../../../graph-schema/model.ts';

export function node(label: NodeLabel, key: string, paperCount: number | null = 1, props: GraphNodeDTO['props'] = {}): GraphNodeDTO {
  return { id: `${label}:${key}`, label, key, name: key.toUpperCase(), paperCount, props };
}

export function edge(source: string, target: string, weight = 1, type = 'CO_OCCURS') {
  return { id: `${source}-${type}-${target}`, source, target, type, weight };
}

/** imagenet - resnet - gpu chain, plus bert off to the side and a paper. */
export function sampleGraph(): GraphDTO {
  return {
    nodes: [
      node('Dataset', 'imagenet', 27, { firstDate: '2019-04-01', lastDate: '2024-03-17' }),
      node('Method', 'resnet', 12, { firstDate: '2018-01-01', lastDate: '2020-12-31' }),
      node('Hardware', 'gpu', 63, { firstDate: '2019-03-02', lastDate: '2024-10-25' }),
      node('Method', 'bert', 3, { firstDate: '2021-05-01', lastDate: '2022-02-01' }),
      node('Paper', 'p1', null, { date: '2023-06-01' }),
    ],
    edges: [
      edge('Dataset:imagenet', 'Method:resnet', 9),
      edge('Method:resnet', 'Hardware:gpu', 4),
      edge('Paper:p1', 'Dataset:imagenet', 1, 'EVALUATES_ON'),
      edge('Method:bert', 'Hardware:gpu', 2),
    ],
  };
}
