/**
 * Graphology graphs from API graph DTOs: one drawn node per id, one drawn edge per node pair,
 * sizes from paper counts, colours from labels. Pure: no sigma, no DOM.
 */
import Graph from 'graphology';
import type { GraphDTO, GraphEdgeDTO, GraphNodeDTO, OverviewTopicDTO } from '../../../shared/api.ts';
import type { EdgeLink, ExplorerEdgeAttributes, ExplorerNodeAttributes } from './attributes.ts';
import { LABEL_COLOURS } from './colours.ts';
import { linkColour } from './link-kinds.ts';

export type ExplorerGraph = Graph<ExplorerNodeAttributes, ExplorerEdgeAttributes>;

export function createExplorerGraph(): ExplorerGraph {
  return new Graph<ExplorerNodeAttributes, ExplorerEdgeAttributes>({ type: 'undirected', multi: false, allowSelfLoops: false });
}

const MIN_SIZE = 3;
const MAX_SIZE = 16;

/** Square-root scale so a hub with 400 papers does not dwarf everything else. */
export function nodeSize(paperCount: number | null, maxPaperCount: number): number {
  if (paperCount === null || paperCount <= 0 || maxPaperCount <= 0) return MIN_SIZE;
  return MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(Math.min(paperCount, maxPaperCount) / maxPaperCount);
}

export function edgeSize(weight: number, maxWeight: number): number {
  if (maxWeight <= 1) return 0.8;
  return 0.5 + 2.5 * Math.sqrt(Math.max(0, weight - 1) / (maxWeight - 1));
}

/** FNV-1a: stable pseudo-random seed positions, so one graph always starts its layout the same way. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function seedPosition(id: string, centre = { x: 0, y: 0 }, radius = 100): { x: number; y: number } {
  const h = hash(id);
  const angle = ((h & 0xffff) / 0xffff) * Math.PI * 2;
  const distance = radius * Math.sqrt(((h >>> 16) & 0xffff) / 0xffff);
  return { x: centre.x + Math.cos(angle) * distance, y: centre.y + Math.sin(angle) * distance };
}

function nodeAttributes(node: GraphNodeDTO, maxPaperCount: number, position: { x: number; y: number }): ExplorerNodeAttributes {
  return {
    ...position,
    size: nodeSize(node.paperCount, maxPaperCount),
    color: LABEL_COLOURS[node.label] ?? '#94a3b8',
    label: node.name || node.key,
    nodeLabel: node.label,
    key: node.key,
    paperCount: node.paperCount,
    ...(node.specificity !== undefined ? { specificity: node.specificity } : {}),
    props: node.props ?? {},
    ...(node.community === undefined ? {} : { community: node.community }),
  };
}

function maxOf(values: number[]): number {
  let max = 0;
  for (const value of values) if (value > max) max = value;
  return max;
}

function edgeLink(edge: GraphEdgeDTO): EdgeLink {
  const count = edge.props?.count;
  const { id, type, source, target, weight } = edge;
  return { id, type, source, target, weight, count: typeof count === 'number' ? count : null };
}

function addEdge(graph: ExplorerGraph, edge: GraphEdgeDTO, maxWeight: number): boolean {
  if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) return false;
  const existing = graph.edge(edge.source, edge.target);
  if (existing !== undefined) {
    const attributes = graph.getEdgeAttributes(existing);
    if (!attributes.ids.includes(edge.id)) {
      attributes.ids.push(edge.id);
      attributes.links?.push(edgeLink(edge));
    }
    if (edge.weight > attributes.weight)
      graph.mergeEdgeAttributes(existing, { weight: edge.weight, size: edgeSize(edge.weight, maxWeight) });
    return false;
  }
  graph.addEdgeWithKey(edge.id, edge.source, edge.target, {
    size: edgeSize(edge.weight, maxWeight),
    // Typed links wear their kind's colour (legend: link-kinds.ts); co-occurrences stay quiet.
    color: linkColour(edge.type),
    relType: edge.type,
    weight: edge.weight,
    ids: [edge.id],
    links: [edgeLink(edge)],
  });
  return true;
}

const PRESET_LAYOUT = 'presetLayout';
const TOPICS = 'topics';

/** The server's named communities (the overview's topic map), when the graph came with them. */
export function graphTopics(graph: ExplorerGraph): OverviewTopicDTO[] | null {
  const topics: unknown = graph.getAttribute(TOPICS);
  return Array.isArray(topics) ? (topics as OverviewTopicDTO[]) : null;
}

/** True when every position came with the data (the server's overview layout): no layout needs to run. */
export function hasPresetLayout(graph: ExplorerGraph): boolean {
  return graph.getAttribute(PRESET_LAYOUT) === true;
}

function givenPosition(node: GraphNodeDTO): { x: number; y: number } | null {
  return typeof node.x === 'number' && typeof node.y === 'number' && Number.isFinite(node.x) && Number.isFinite(node.y)
    ? { x: node.x, y: node.y }
    : null;
}

/**
 * Positions from the data when every node has one (a partial layout would be a lie); seeded otherwise. Topics (the
 * overview's named communities) are kept with the graph, as are the communities the server gave its nodes.
 */
export function buildGraph(dto: GraphDTO & { topics?: OverviewTopicDTO[] }): ExplorerGraph {
  const graph = createExplorerGraph();
  const maxPaperCount = maxOf(dto.nodes.map((n) => n.paperCount ?? 0));
  const maxWeight = maxOf(dto.edges.map((e) => e.weight));
  const radius = 20 * Math.sqrt(Math.max(dto.nodes.length, 1));
  const preset = dto.nodes.length > 0 && dto.nodes.every((node) => givenPosition(node) !== null);
  for (const node of dto.nodes) {
    if (graph.hasNode(node.id)) continue;
    const position = (preset && givenPosition(node)) || seedPosition(node.id, undefined, radius);
    graph.addNode(node.id, nodeAttributes(node, maxPaperCount, position));
  }
  for (const edge of dto.edges) addEdge(graph, edge, maxWeight);
  graph.setAttribute(PRESET_LAYOUT, preset);
  if (dto.topics && dto.topics.length > 0 && preset) graph.setAttribute(TOPICS, dto.topics);
  return graph;
}

export interface MergeResult {
  addedNodes: string[];
  addedEdges: number;
}

/**
 * Adds what `dto` has that `graph` lacks (double-click expansion). New nodes start around `anchor`
 * so the layout unfolds them from the node that was expanded; existing nodes keep their place.
 */
export function mergeGraph(graph: ExplorerGraph, dto: GraphDTO, anchor?: string): MergeResult {
  const maxPaperCount = Math.max(maxOf(dto.nodes.map((n) => n.paperCount ?? 0)), maxOf(graph.mapNodes((_, a) => a.paperCount ?? 0)));
  const maxWeight = Math.max(maxOf(dto.edges.map((e) => e.weight)), maxOf(graph.mapEdges((_, a) => a.weight)));
  const centre = anchor && graph.hasNode(anchor) ? graph.getNodeAttributes(anchor) : { x: 0, y: 0 };
  const addedNodes: string[] = [];
  for (const node of dto.nodes) {
    if (graph.hasNode(node.id)) continue;
    graph.addNode(node.id, nodeAttributes(node, maxPaperCount, seedPosition(node.id, centre, 30)));
    addedNodes.push(node.id);
  }
  // The newcomers have no given position: from now on the layout is the client's.
  if (addedNodes.length > 0) graph.setAttribute(PRESET_LAYOUT, false);
  let addedEdges = 0;
  for (const edge of dto.edges) if (addEdge(graph, edge, maxWeight)) addedEdges++;
  return { addedNodes, addedEdges };
}

/** The graph back as DTO-shaped rows, for export tables. */
export function graphNodeRows(graph: ExplorerGraph): { columns: string[]; rows: unknown[][] } {
  const columns = ['id', 'label', 'key', 'name', 'paperCount', 'degree'];
  const rows = graph.mapNodes((id, a) => [id, a.nodeLabel, a.key, a.label, a.paperCount, graph.degree(id)]);
  return { columns, rows };
}
