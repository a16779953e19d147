import { describe, expect, it } from 'vitest';
import { buildGraph, graphNodeRows, mergeGraph, nodeSize } from '../../../web/client/src/graph/build.ts';
import { LABEL_COLOURS } from '../../../web/client/src/graph/colours.ts';
import { edge, node, sampleGraph } from './fixtures.ts';

describe('graph building from API DTOs', () => {
  it('makes one node per id with label, colour and a size growing with paper count', () => {
    const graph = buildGraph(sampleGraph());
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(4);
    const imagenet = graph.getNodeAttributes('Dataset:imagenet');
    expect(imagenet).toMatchObject({
      label: 'IMAGENET',
      nodeLabel: 'Dataset',
      key: 'imagenet',
      paperCount: 27,
      color: LABEL_COLOURS.Dataset,
    });
    expect(graph.getNodeAttribute('Hardware:gpu', 'size')).toBeGreaterThan(imagenet.size);
    expect(graph.getNodeAttribute('Paper:p1', 'size')).toBe(nodeSize(null, 63));
    expect(Number.isFinite(imagenet.x) && Number.isFinite(imagenet.y)).toBe(true);
  });

  it('draws parallel relationships once, skips self-loops and dangling edges', () => {
    const dto = sampleGraph();
    dto.edges.push(edge('Method:resnet', 'Dataset:imagenet', 1, 'USES'));
    dto.edges.push(edge('Method:resnet', 'Method:resnet', 1));
    dto.edges.push(edge('Method:resnet', 'Task:missing', 1));
    const graph = buildGraph(dto);
    expect(graph.size).toBe(4);
    const drawn = graph.edge('Dataset:imagenet', 'Method:resnet');
    expect(drawn).toBeDefined();
    expect(graph.getEdgeAttribute(drawn!, 'ids')).toHaveLength(2);
    expect(graph.getEdgeAttribute(drawn!, 'weight')).toBe(9);
  });

  it('places the same graph the same way every time', () => {
    const a = buildGraph(sampleGraph());
    const b = buildGraph(sampleGraph());
    a.forEachNode((id, attributes) => expect(b.getNodeAttribute(id, 'x')).toBe(attributes.x));
  });

  it('merges an expansion: only new nodes and edges, placed around the expanded node', () => {
    const graph = buildGraph(sampleGraph());
    const before = graph.getNodeAttributes('Method:resnet');
    const result = mergeGraph(
      graph,
      {
        nodes: [node('Method', 'resnet', 12), node('Task', 'classification', 40), node('Metric', 'top1', 5)],
        edges: [
          edge('Method:resnet', 'Task:classification', 6),
          edge('Method:resnet', 'Metric:top1', 2),
          edge('Dataset:imagenet', 'Method:resnet', 9),
        ],
      },
      'Method:resnet',
    );
    expect(result.addedNodes.sort()).toEqual(['Metric:top1', 'Task:classification']);
    expect(result.addedEdges).toBe(2);
    expect(graph.order).toBe(7);
    expect(graph.getNodeAttributes('Method:resnet').x).toBe(before.x);
    const added = graph.getNodeAttributes('Task:classification');
    expect(Math.hypot(added.x - before.x, added.y - before.y)).toBeLessThanOrEqual(30);
  });

  it('lists nodes as rows for export', () => {
    const { columns, rows } = graphNodeRows(buildGraph(sampleGraph()));
    expect(columns).toEqual(['id', 'label', 'key', 'name', 'paperCount', 'degree']);
    expect(rows).toContainEqual(['Hardware:gpu', 'Hardware', 'gpu', 'GPU', 63, 2]);
  });
});
