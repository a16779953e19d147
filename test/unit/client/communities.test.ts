import { describe, expect, it } from 'vitest';
import type { GraphDTO } from '../../../web/shared/api.ts';
import { buildGraph } from '../../../web/client/src/graph/build.ts';
import { assignCommunities, communityLegend } from '../../../web/client/src/graph/communities.ts';
import { COMMUNITY_PALETTE_SIZE, LABEL_COLOURS, communityColour } from '../../../web/client/src/graph/colours.ts';
import { edge, node } from './fixtures.ts';

/** Cliques of the given sizes, chained by one weak link each: Louvain finds exactly these. */
function cliques(sizes: number[]): GraphDTO {
  const dto: GraphDTO = { nodes: [], edges: [] };
  sizes.forEach((size, c) => {
    for (let i = 0; i < size; i++) dto.nodes.push(node('Concept', `c${c}n${i}`, 1 + i));
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) dto.edges.push(edge(`Concept:c${c}n${i}`, `Concept:c${c}n${j}`, 5));
    if (c > 0) dto.edges.push(edge(`Concept:c${c - 1}n0`, `Concept:c${c}n0`, 1));
  });
  return dto;
}

describe('communities', () => {
  it('numbers Louvain communities by size, largest first, the same on every run', () => {
    const graph = buildGraph(cliques([3, 6, 4]));
    expect(assignCommunities(graph)).toBe(3);
    const communityOf = (key: string) => graph.getNodeAttribute(`Concept:${key}`, 'community');
    expect(communityOf('c1n0')).toBe(0);
    expect(communityOf('c2n3')).toBe(1);
    expect(communityOf('c0n2')).toBe(2);
    const again = buildGraph(cliques([3, 6, 4]));
    assignCommunities(again);
    expect(again.mapNodes((_, a) => a.community)).toEqual(graph.mapNodes((_, a) => a.community));
    expect(assignCommunities(buildGraph({ nodes: [], edges: [] }))).toBe(0);
  });

  it('lists the largest communities for the legend, named after their best-known member, with their colours', () => {
    const graph = buildGraph(cliques([3, 6, 4, 2]));
    assignCommunities(graph);
    const legend = communityLegend(graph, 3);
    expect(legend.entries).toEqual([
      { community: 0, colour: communityColour(0), size: 6, representative: 'C1N5' },
      { community: 1, colour: communityColour(1), size: 4, representative: 'C2N3' },
      { community: 2, colour: communityColour(2), size: 3, representative: 'C0N2' },
    ]);
    expect(legend).toMatchObject({ others: 1, total: 4, coloursRepeat: false });
    expect(communityLegend(buildGraph(cliques([2]))).total).toBe(0);
  });

  it('says when there are more communities than colours', () => {
    const graph = buildGraph(cliques(Array.from({ length: COMMUNITY_PALETTE_SIZE + 1 }, () => 3)));
    assignCommunities(graph);
    expect(communityLegend(graph)).toMatchObject({
      total: COMMUNITY_PALETTE_SIZE + 1,
      coloursRepeat: true,
      others: COMMUNITY_PALETTE_SIZE + 1 - 8,
    });
  });

  it('colours communities with a palette of distinct colours that are none of the type colours', () => {
    const palette = Array.from({ length: COMMUNITY_PALETTE_SIZE }, (_, i) => communityColour(i));
    expect(new Set(palette).size).toBe(COMMUNITY_PALETTE_SIZE);
    for (const colour of Object.values(LABEL_COLOURS)) expect(palette).not.toContain(colour);
    expect(communityColour(COMMUNITY_PALETTE_SIZE)).toBe(communityColour(0));
    expect(communityColour(-1)).toBe(communityColour(COMMUNITY_PALETTE_SIZE - 1));
  });
});
