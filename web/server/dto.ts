/** Conversion of Neo4j nodes and relationships into the API's graph shapes (web/shared/api.ts). */
import type { Node } from 'neo4j-driver';
import { DISPLAY_PROPERTY, NODE_LABELS, isEntityLabel, type NodeLabel } from '../../graph-schema/model.ts';
import { nodeId } from '../../graph-schema/keys.ts';
import type { GraphEdgeDTO, GraphNodeDTO } from '../shared/api.ts';

type PropValue = string | number | boolean | null | string[] | number[];

/** Long or internal properties that never travel in graph payloads. */
const HIDDEN_IN_GRAPH = new Set([
  'abstract',
  'searchText',
  'contentHash',
  'extractorVersion',
  'ingestedAt',
  // A paper's stored extraction JSON (the corpus pass's evidence) and its hash: large, and for the loader only.
  'extraction',
  'writtenHash',
  'key',
  'coPartners',
  'coPartnerWeights',
]);

/** The model label of a node: `Entity` is only a secondary label. Unknown graphs fall back to the first label. */
export function primaryLabel(labels: readonly string[]): NodeLabel {
  for (const label of NODE_LABELS) if (labels.includes(label)) return label;
  return (labels.find((label) => label !== 'Entity') ?? labels[0] ?? 'Node') as NodeLabel;
}

export function graphNodeId(label: NodeLabel, key: unknown, elementId: string): string {
  return typeof key === 'string' && key !== '' ? nodeId(label, key) : elementId;
}

export function toPropValue(value: unknown): PropValue | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'string')) return value as string[];
    if (value.every((item) => typeof item === 'number')) return value as number[];
    return value.map(String);
  }
  if (value !== undefined && typeof (value as { toString?: unknown }).toString === 'function') return String(value);
  return undefined;
}

export function nodeToDTO(node: Node): GraphNodeDTO {
  const label = primaryLabel(node.labels);
  const properties = node.properties as Record<string, unknown>;
  const displayProperty = DISPLAY_PROPERTY[label] ?? 'name';
  const key = typeof properties.key === 'string' ? properties.key : node.elementId;
  const props: Record<string, PropValue> = {};
  for (const [name, value] of Object.entries(properties)) {
    if (HIDDEN_IN_GRAPH.has(name) || name === displayProperty) continue;
    const converted = toPropValue(value);
    if (converted !== undefined) props[name] = converted;
  }
  const name = properties[displayProperty] ?? properties.name ?? properties.title ?? key;
  return {
    id: graphNodeId(label, properties.key, node.elementId),
    label,
    key,
    name: String(name),
    paperCount: isEntityLabel(label) && typeof properties.paperCount === 'number' ? properties.paperCount : null,
    props,
  };
}

/** Stable edge id: the same link has the same id in every response, so the client can merge graphs. */
export function edgeId(type: string, source: string, target: string): string {
  return `${source}-${type}-${target}`;
}

/** A relationship as queries return it: endpoints by element id, resolved against the nodes of the same answer. */
export interface RawEdge {
  type: string;
  start: string;
  end: string;
  weight: number | null;
  count?: number | null;
}

/** An edge between two nodes given by API id. */
export function linkDTO(type: string, source: string, target: string, weight: number | null, count?: number | null): GraphEdgeDTO {
  // CO_OCCURS is symmetric: order its ends so both directions give one id.
  if (type === 'CO_OCCURS' && source > target) [source, target] = [target, source];
  const dto: GraphEdgeDTO = { id: edgeId(type, source, target), source, target, type, weight: weight ?? 1 };
  if (count !== undefined && count !== null) dto.props = { count };
  return dto;
}

export function rawEdgeToDTO(edge: RawEdge, idByElementId: ReadonlyMap<string, string>): GraphEdgeDTO | null {
  const source = idByElementId.get(edge.start);
  const target = idByElementId.get(edge.end);
  if (!source || !target) return null;
  return linkDTO(edge.type, source, target, edge.weight, edge.count);
}

/** Collects nodes once each, remembering element id -> API id for edge resolution. */
export class GraphCollector {
  readonly nodes = new Map<string, GraphNodeDTO>();
  readonly edges = new Map<string, GraphEdgeDTO>();
  readonly idByElementId = new Map<string, string>();

  addNode(node: Node): string {
    const known = this.idByElementId.get(node.elementId);
    if (known) return known;
    const dto = nodeToDTO(node);
    this.idByElementId.set(node.elementId, dto.id);
    if (!this.nodes.has(dto.id)) this.nodes.set(dto.id, dto);
    return dto.id;
  }

  /** For queries that project nodes themselves instead of returning whole nodes. */
  addEntry(elementId: string, dto: GraphNodeDTO): void {
    this.idByElementId.set(elementId, dto.id);
    if (!this.nodes.has(dto.id)) this.nodes.set(dto.id, dto);
  }

  addEdge(edge: RawEdge): GraphEdgeDTO | null {
    const dto = rawEdgeToDTO(edge, this.idByElementId);
    if (dto && !this.edges.has(dto.id)) this.edges.set(dto.id, dto);
    return dto;
  }

  /** An edge between collected nodes given by API id; null when either end is not collected. */
  addLink(type: string, source: string, target: string, weight: number | null, count?: number | null): GraphEdgeDTO | null {
    if (source === target || !this.nodes.has(source) || !this.nodes.has(target)) return null;
    const dto = linkDTO(type, source, target, weight, count);
    if (!this.edges.has(dto.id)) this.edges.set(dto.id, dto);
    return dto;
  }

  toGraph(): { nodes: GraphNodeDTO[]; edges: GraphEdgeDTO[] } {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }
}
