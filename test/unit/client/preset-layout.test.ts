/** Positions that come with the data (the server's overview layout): used as given, or not at all. */
import { describe, expect, it } from 'vitest';
import { buildGraph, hasPresetLayout, mergeGraph } from '../../../web/client/src/graph/build.ts';
import { filterGraph } from '../../../web/client/src/graph/filters.ts';
import { forceAtlas2Settings } from '../../../web/shared/layout-settings.ts';
import type { GraphDTO } from '../../../web/shared/api.ts';
import { edge, node, sampleGraph } from './fixtures.ts';

function positioned(): GraphDTO {
  const dto = sampleGraph();
  dto.nodes = dto.nodes.map((n, i) => ({ ...n, x: i * 10.5, y: -i * 3.25 }));
  return dto;
}

describe('preset layout', () => {
  it('draws every node where the data puts it when all nodes have a position', () => {
    const dto = positioned();
    const graph = buildGraph(dto);
    expect(hasPresetLayout(graph)).toBe(true);
    for (const n of dto.nodes) expect(graph.getNodeAttributes(n.id)).toMatchObject({ x: n.x, y: n.y });
  });

  it('ignores positions unless every node has a finite one, and seeds the layout instead', () => {
    const partial = positioned();
    delete partial.nodes[2].x;
    const broken = positioned();
    broken.nodes[1].y = Number.NaN;
    for (const dto of [partial, broken, sampleGraph()]) {
      const graph = buildGraph(dto);
      expect(hasPresetLayout(graph)).toBe(false);
      expect(graph.getNodeAttribute('Dataset:imagenet', 'x')).toBe(buildGraph(sampleGraph()).getNodeAttribute('Dataset:imagenet', 'x'));
    }
    expect(hasPresetLayout(buildGraph({ nodes: [], edges: [] }))).toBe(false);
  });

  it('keeps the given positions through client-side filters', () => {
    const { graph: filtered } = filterGraph(positioned(), { types: ['Method', 'Hardware'] });
    const graph = buildGraph(filtered);
    expect(graph.order).toBe(3);
    expect(hasPresetLayout(graph)).toBe(true);
    expect(graph.getNodeAttributes('Method:bert')).toMatchObject({ x: 31.5, y: -9.75 });
  });

  it('hands the layout to the client once an expansion adds nodes without positions', () => {
    const graph = buildGraph(positioned());
    mergeGraph(graph, { nodes: [node('Dataset', 'imagenet', 27)], edges: [] }, 'Dataset:imagenet');
    expect(hasPresetLayout(graph)).toBe(true);
    const result = mergeGraph(
      graph,
      { nodes: [node('Task', 'segmentation', 4)], edges: [edge('Task:segmentation', 'Method:resnet', 2)] },
      'Method:resnet',
    );
    expect(result.addedNodes).toEqual(['Task:segmentation']);
    expect(hasPresetLayout(graph)).toBe(false);
    // The newcomer starts next to the node it was expanded from, not at the origin of the server's picture.
    const anchor = graph.getNodeAttributes('Method:resnet');
    const added = graph.getNodeAttributes('Task:segmentation');
    expect(Math.hypot(added.x - anchor.x, added.y - anchor.y)).toBeLessThanOrEqual(30);
  });
});

describe('ForceAtlas2 settings shared by server and client', () => {
  it('uses Barnes-Hut and a firmer gravity on big graphs only', () => {
    expect(forceAtlas2Settings(1500)).toMatchObject({ barnesHutOptimize: true, gravity: 0.5, edgeWeightInfluence: 0.4 });
    const small = forceAtlas2Settings(60);
    expect(small.barnesHutOptimize).toBe(false);
    expect(small.gravity).toBeLessThan(0.5);
    expect(forceAtlas2Settings(5000).slowDown).toBeGreaterThan(small.slowDown ?? 0);
  });
});
