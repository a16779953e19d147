/**
 * Turns console results into JSON: nodes, relationships and paths anywhere in a value (inside lists and maps
 * too) become plain objects, and are gathered into a drawable graph, up to a node cap.
 */
import { isNode, isPath, isRelationship, type Node, type Relationship } from 'neo4j-driver';
import type { GraphDTO, GraphEdgeDTO } from '../../shared/api.ts';
import { GraphCollector, edgeId, nodeToDTO, toPropValue } from '../dto.ts';

export interface SerializedNode {
  id: string;
  label: string;
  labels: string[];
  key: string;
  name: string;
  properties: Record<string, unknown>;
}

export interface SerializedRelationship {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

/** Walks a result value and reports every node and relationship in it. */
export function visitGraphValues(value: unknown, onNode: (node: Node) => void, onRelationship: (rel: Relationship) => void): void {
  if (isNode(value)) onNode(value as Node);
  else if (isRelationship(value)) onRelationship(value as Relationship);
  else if (isPath(value)) {
    onNode(value.start as Node);
    for (const segment of value.segments) {
      onRelationship(segment.relationship as Relationship);
      onNode(segment.end as Node);
    }
  } else if (Array.isArray(value)) for (const item of value) visitGraphValues(item, onNode, onRelationship);
  else if (isPlainObject(value)) for (const item of Object.values(value)) visitGraphValues(item, onNode, onRelationship);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([name, value]) => [name, toJson(value, new Map())]));
}

/** Element id -> API id, known for every node gathered (and for endpoints fetched afterwards). */
export type NodeIds = ReadonlyMap<string, string>;

/** The explorer's edge id when both ends are known model nodes, so console and explorer graphs merge. */
export function relationshipId(rel: Relationship, ids: NodeIds): string {
  let source = ids.get(rel.startNodeElementId);
  let target = ids.get(rel.endNodeElementId);
  if (!source || !target) return rel.elementId;
  if (rel.type === 'CO_OCCURS' && source > target) [source, target] = [target, source];
  return edgeId(rel.type, source, target);
}

export function toJson(value: unknown, ids: NodeIds): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number(value);
  if (isNode(value)) {
    const dto = nodeToDTO(value as Node);
    return {
      id: dto.id,
      label: dto.label,
      labels: (value as Node).labels,
      key: dto.key,
      name: dto.name,
      properties: plainProperties((value as Node).properties),
    } satisfies SerializedNode;
  }
  if (isRelationship(value)) {
    const rel = value as Relationship;
    return {
      id: relationshipId(rel, ids),
      type: rel.type,
      source: ids.get(rel.startNodeElementId) ?? rel.startNodeElementId,
      target: ids.get(rel.endNodeElementId) ?? rel.endNodeElementId,
      properties: plainProperties(rel.properties),
    } satisfies SerializedRelationship;
  }
  if (isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((segment) => segment.end)].map((node) => toJson(node, ids)),
      relationships: value.segments.map((segment) => toJson(segment.relationship, ids)),
      length: value.length,
    };
  }
  if (Array.isArray(value)) return value.map((item) => toJson(item, ids));
  if (value instanceof Int8Array || value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, toJson(item, ids)]));
  // Temporal and spatial values print in Cypher's own notation.
  return String(value);
}

/** Gathers nodes (up to `nodeCap`) and the relationships between gathered nodes. */
export class ConsoleGraph {
  readonly collector = new GraphCollector();
  private readonly relationships = new Map<string, Relationship>();
  capped = false;

  constructor(private readonly nodeCap: number) {}

  addNode(node: Node): void {
    if (this.collector.idByElementId.has(node.elementId)) return;
    if (this.collector.nodes.size >= this.nodeCap) {
      this.capped = true;
      return;
    }
    this.collector.addNode(node);
  }

  addRelationship(relationship: Relationship): void {
    this.relationships.set(relationship.elementId, relationship);
  }

  /** Endpoints of gathered relationships that the results did not hold themselves. */
  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const rel of this.relationships.values()) {
      for (const end of [rel.startNodeElementId, rel.endNodeElementId]) {
        if (!this.collector.idByElementId.has(end)) missing.add(end);
      }
    }
    return [...missing];
  }

  toGraph(): GraphDTO {
    const edges: GraphEdgeDTO[] = [];
    for (const rel of this.relationships.values()) {
      const source = this.collector.idByElementId.get(rel.startNodeElementId);
      const target = this.collector.idByElementId.get(rel.endNodeElementId);
      if (!source || !target) continue;
      const props: GraphEdgeDTO['props'] = {};
      for (const [name, value] of Object.entries(rel.properties)) {
        const converted = toPropValue(value);
        if (converted !== undefined) props[name] = converted;
      }
      const weight = typeof rel.properties.weight === 'number' ? rel.properties.weight : 1;
      edges.push({ id: relationshipId(rel, this.collector.idByElementId), source, target, type: rel.type, weight, props });
    }
    return { nodes: [...this.collector.nodes.values()], edges };
  }
}
