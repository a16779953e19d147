import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../web/client/src/graph/build.ts';
import { FADED_NODE_COLOUR, PATH_COLOUR, communityColour } from '../../../web/client/src/graph/colours.ts';
import { NO_HIGHLIGHT, computeHighlight, reduceEdge, reduceNode } from '../../../web/client/src/graph/reducers.ts';
import { sampleGraph } from './fixtures.ts';

const graph = buildGraph(sampleGraph());
const attributes = (id: string) => graph.getNodeAttributes(id);
const edgeBetween = (a: string, b: string) => graph.edge(a, b)!;

describe('highlight reducers', () => {
  it('leave everything as is without hover, selection or path', () => {
    const state = computeHighlight(graph, { hovered: null, selected: null });
    for (const id of graph.nodes()) expect(reduceNode(state, id, attributes(id)).color).toBe(attributes(id).color);
    for (const id of graph.edges()) expect(reduceEdge(state, graph, id, graph.getEdgeAttributes(id)).hidden).toBeUndefined();
    expect(reduceNode(NO_HIGHLIGHT, 'Method:bert', attributes('Method:bert')).color).toBe(attributes('Method:bert').color);
  });

  it('hover fades all but the node and its neighbours, and hides unrelated edges', () => {
    const state = computeHighlight(graph, { hovered: 'Method:resnet', selected: null });
    const hovered = reduceNode(state, 'Method:resnet', attributes('Method:resnet'));
    expect(hovered.highlighted).toBe(true);
    expect(hovered.forceLabel).toBe(true);
    expect(reduceNode(state, 'Dataset:imagenet', attributes('Dataset:imagenet')).color).toBe(attributes('Dataset:imagenet').color);
    expect(reduceNode(state, 'Hardware:gpu', attributes('Hardware:gpu')).color).toBe(attributes('Hardware:gpu').color);
    const faded = reduceNode(state, 'Method:bert', attributes('Method:bert'));
    expect(faded.color).toBe(FADED_NODE_COLOUR);
    expect(faded.label).toBe('');
    const unrelated = edgeBetween('Method:bert', 'Hardware:gpu');
    expect(reduceEdge(state, graph, unrelated, graph.getEdgeAttributes(unrelated)).hidden).toBe(true);
    const incident = edgeBetween('Dataset:imagenet', 'Method:resnet');
    expect(reduceEdge(state, graph, incident, graph.getEdgeAttributes(incident)).hidden).toBeUndefined();
  });

  it('selection keeps its neighbourhood lit until something else is hovered', () => {
    const selected = computeHighlight(graph, { hovered: null, selected: 'Method:bert' });
    expect(reduceNode(selected, 'Dataset:imagenet', attributes('Dataset:imagenet')).color).toBe(FADED_NODE_COLOUR);
    expect(reduceNode(selected, 'Hardware:gpu', attributes('Hardware:gpu')).color).toBe(attributes('Hardware:gpu').color);
    const hoverWins = computeHighlight(graph, { hovered: 'Dataset:imagenet', selected: 'Method:bert' });
    expect(reduceNode(hoverWins, 'Paper:p1', attributes('Paper:p1')).color).toBe(attributes('Paper:p1').color);
    expect(reduceNode(hoverWins, 'Method:bert', attributes('Method:bert')).color).toBe(FADED_NODE_COLOUR);
    const hoverNeighbour = computeHighlight(graph, { hovered: 'Hardware:gpu', selected: 'Method:bert' });
    expect(reduceNode(hoverNeighbour, 'Method:bert', attributes('Method:bert')).highlighted).toBe(true);
  });

  it('ignores a hovered or selected id that is not in the graph', () => {
    const state = computeHighlight(graph, { hovered: 'Method:gone', selected: 'Task:gone' });
    expect(state.focus).toBeNull();
    expect(reduceNode(state, 'Method:bert', attributes('Method:bert')).color).toBe(attributes('Method:bert').color);
  });

  it('draws a path: its edges in the path colour, nodes off it faded', () => {
    const state = computeHighlight(graph, {
      hovered: null,
      selected: null,
      paths: [['Dataset:imagenet', 'Method:resnet', 'Hardware:gpu']],
    });
    const onPath = edgeBetween('Method:resnet', 'Hardware:gpu');
    expect(reduceEdge(state, graph, onPath, graph.getEdgeAttributes(onPath)).color).toBe(PATH_COLOUR);
    const offPath = edgeBetween('Method:bert', 'Hardware:gpu');
    expect(reduceEdge(state, graph, offPath, graph.getEdgeAttributes(offPath)).color).not.toBe(PATH_COLOUR);
    expect(reduceNode(state, 'Method:bert', attributes('Method:bert')).color).toBe(FADED_NODE_COLOUR);
    expect(reduceNode(state, 'Method:resnet', attributes('Method:resnet')).forceLabel).toBe(true);
  });

  it('colours by community when asked', () => {
    graph.setNodeAttribute('Method:bert', 'community', 3);
    const state = computeHighlight(graph, { hovered: null, selected: null, colourByCommunity: true });
    expect(reduceNode(state, 'Method:bert', attributes('Method:bert')).color).toBe(communityColour(3));
  });
});
