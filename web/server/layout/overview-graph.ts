/**
 * The overview graph in the layout worker's terms and back: nodes by index and edges as index pairs going in
 * (layoutInput, moved here from routes/overview.ts), the entities and links the picture keeps coming out.
 */
import type { OverviewResponse } from '../../shared/api.ts';
import type { OverviewPicture } from './overview-picture.ts';
import type { TopicMapInput } from './topic-map.ts';

export function layoutInput(graph: OverviewResponse, corpus: { totalPapers: number; hubPapers: number }): TopicMapInput {
  const index = new Map(graph.nodes.map((node, i) => [node.id, i]));
  const edges: TopicMapInput['edges'] = [];
  for (const edge of graph.edges) {
    const source = index.get(edge.source);
    const target = index.get(edge.target);
    if (source !== undefined && target !== undefined) edges.push([source, target, edge.weight]);
  }
  const nodes = graph.nodes.map((node) => ({
    id: node.id,
    name: node.name,
    paperCount: node.paperCount ?? 0,
    generic: node.generic === true,
  }));
  return { nodes, edges, ...corpus };
}

/** The overview as its picture shows it: the entities and links kept, each entity with its position and topic. */
export function applyPicture(graph: OverviewResponse, picture: OverviewPicture): OverviewResponse {
  const nodes = graph.nodes.flatMap((node, i) =>
    picture.community[i] < 0
      ? []
      : [{ ...node, x: picture.positions[2 * i], y: picture.positions[2 * i + 1], community: picture.community[i] }],
  );
  const known = new Set(graph.nodes.map((node) => node.id));
  const kept = new Set(picture.keptEdges);
  // Edge indexes count only the edges layoutInput passed on: those with both ends in the graph.
  const edges = graph.edges.filter((edge) => known.has(edge.source) && known.has(edge.target)).filter((_, index) => kept.has(index));
  const topics = picture.topics.map(({ id, terms, size, x, y }) => ({ id, terms, size, x, y }));
  return { ...graph, nodes, edges, topics, leftOut: graph.nodes.length - nodes.length };
}
