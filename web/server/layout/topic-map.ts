/**
 * The overview as a map of topics: which entities it shows, which community (topic) each belongs to, and which links
 * carry the picture. Pure and deterministic; the layout worker runs it before ForceAtlas2 (overview-layout.ts).
 *
 * - Generic hubs (the `generic` flag, or more papers than the hub share of hubs.ts) say little about a topic: they
 *   take no part in finding communities and never name one; each is drawn beside the community it is most
 *   associated with, by a few links, so it cannot pull the whole picture to itself.
 * - Links are weighed by association (NPMI, graph-schema/informativeness.ts), not by raw co-occurrence, so a heavy
 *   link to a hub counts for little; links no stronger than chance (NPMI ≤ 0) are not informative and are dropped.
 * - Communities are found (Louvain, seeded) among the core: non-generic entities named by two papers or more,
 *   whose links say something beyond one paper. Small communities are merged into the one they are most linked to,
 *   down to at most MAX_COMMUNITIES.
 * - Every other entity (named by one paper, or a hub) joins the community it is most associated with and is drawn
 *   by its few strongest links to it; an entity with no informative link to any community is left out, not flung
 *   to a ring around the picture.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { npmi } from '../../../graph-schema/informativeness.ts';
import { seededRandom } from '../../shared/seeded-random.ts';
import { nameCommunities } from './community-names.ts';

export interface TopicMapNode {
  id: string;
  name: string;
  paperCount: number;
  generic: boolean;
}

/** A graph to map, compactly: edges as [source index, target index, co-occurrence weight]. */
export interface TopicMapInput {
  nodes: TopicMapNode[];
  edges: Array<[number, number, number]>;
  totalPapers: number;
  /** Paper count above which an entity is a generic hub (hubs.ts). */
  hubPapers: number;
}

export interface Topic {
  /** 0 is the largest community. */
  id: number;
  /** Its most specific, most associated terms, best first (never a generic hub). */
  terms: string[];
  size: number;
}

export interface TopicMap {
  /** Community per input node; -1 for a node left out (no informative link). */
  community: number[];
  /** Indexes of the input edges the picture keeps: links within the core, and each other node's strongest links. */
  keptEdges: number[];
  topics: Topic[];
}

export const MAX_COMMUNITIES = 30;
/** A community smaller than this share of the core (and never fewer than 3 entities) is merged into a neighbour. */
const MIN_COMMUNITY_SHARE = 0.01;
const MIN_COMMUNITY_SIZE = 3;
/** Links that place a non-core entity by its community: enough to sit among it, too few to pull it together. */
const ATTACHMENTS = 2;
const HUB_ATTACHMENTS = 3;
/** Core links drawn per entity (the strongest); the others still shape the communities. */
const CORE_LINKS_PER_NODE = 6;
const LOUVAIN_SEED = 42;
/** Above 1, Louvain prefers more, tighter communities: topics rather than whole fields. */
const LOUVAIN_RESOLUTION = 1.5;

export interface ScoredEdge {
  index: number;
  a: number;
  b: number;
  /** Association strength: NPMI times a slowly growing function of the number of papers behind the link. */
  score: number;
}

export function isHub(node: TopicMapNode, hubPapers: number): boolean {
  return node.generic || node.paperCount > hubPapers;
}

export function scoreEdges(input: TopicMapInput): ScoredEdge[] {
  const scored: ScoredEdge[] = [];
  input.edges.forEach(([a, b, weight], index) => {
    const na = input.nodes[a];
    const nb = input.nodes[b];
    if (!na || !nb || a === b) return;
    const association = npmi(weight, na.paperCount, nb.paperCount, input.totalPapers);
    if (association > 0) scored.push({ index, a, b, score: association * Math.log2(1 + weight) });
  });
  return scored;
}

function coreCommunities(core: boolean[], edges: ScoredEdge[]): Map<number, number> {
  const graph = new Graph({ type: 'undirected' });
  core.forEach((isCore, i) => isCore && graph.addNode(String(i)));
  for (const edge of edges) {
    if (!core[edge.a] || !core[edge.b] || graph.hasEdge(String(edge.a), String(edge.b))) continue;
    graph.addEdge(String(edge.a), String(edge.b), { weight: edge.score });
  }
  const found =
    graph.size > 0 ? louvain(graph, { getEdgeWeight: 'weight', resolution: LOUVAIN_RESOLUTION, rng: seededRandom(LOUVAIN_SEED) }) : {};
  const community = new Map<number, number>();
  for (const [node, id] of Object.entries(found)) if (graph.degree(node) > 0) community.set(Number(node), id);
  return community;
}

function listFor<T>(map: Map<number, T[]>, key: number): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** Merges the smallest community into the one it is most linked to, until none is small and there are few enough. */
function mergeSmallCommunities(community: Map<number, number>, edges: ScoredEdge[]): void {
  for (;;) {
    const sizes = new Map<number, number>();
    for (const id of community.values()) sizes.set(id, (sizes.get(id) ?? 0) + 1);
    const minimum = Math.max(MIN_COMMUNITY_SIZE, Math.ceil(community.size * MIN_COMMUNITY_SHARE));
    const smallest = [...sizes.entries()].sort((p, q) => p[1] - q[1] || p[0] - q[0])[0];
    if (!smallest || (smallest[1] >= minimum && sizes.size <= MAX_COMMUNITIES)) return;
    const links = new Map<number, number>();
    for (const edge of edges) {
      const ca = community.get(edge.a);
      const cb = community.get(edge.b);
      if (ca === undefined || cb === undefined || ca === cb) continue;
      if (ca === smallest[0]) links.set(cb, (links.get(cb) ?? 0) + edge.score);
      if (cb === smallest[0]) links.set(ca, (links.get(ca) ?? 0) + edge.score);
    }
    const target = [...links.entries()].sort((p, q) => q[1] - p[1] || p[0] - q[0])[0]?.[0];
    for (const [node, id] of community) {
      if (id !== smallest[0]) continue;
      // A small group linked to no other community has nothing to say about the map: it is left out.
      if (target === undefined) community.delete(node);
      else community.set(node, target);
    }
  }
}

/** Each non-core node joins the community its informative links to the core point to most; its best links draw it. */
function attach(input: TopicMapInput, core: boolean[], community: Map<number, number>, edges: ScoredEdge[]): number[] {
  const byNode = new Map<number, ScoredEdge[]>();
  for (const edge of edges) {
    if (core[edge.a] === core[edge.b]) continue;
    const outer = core[edge.a] ? edge.b : edge.a;
    const inner = core[edge.a] ? edge.a : edge.b;
    if (!community.has(inner)) continue;
    listFor(byNode, outer).push(edge);
  }
  const kept: number[] = [];
  for (const [node, links] of byNode) {
    const strength = new Map<number, number>();
    for (const edge of links) {
      const id = community.get(core[edge.a] ? edge.a : edge.b)!;
      strength.set(id, (strength.get(id) ?? 0) + edge.score);
    }
    const best = [...strength.entries()].sort((p, q) => q[1] - p[1] || p[0] - q[0])[0][0];
    community.set(node, best);
    const limit = isHub(input.nodes[node], input.hubPapers) ? HUB_ATTACHMENTS : ATTACHMENTS;
    links
      .filter((edge) => community.get(core[edge.a] ? edge.a : edge.b) === best)
      .sort((p, q) => q.score - p.score || p.index - q.index)
      .slice(0, limit)
      .forEach((edge) => kept.push(edge.index));
  }
  return kept;
}

/** The strongest few core links of every core node: what the picture draws of the core. */
function strongestCoreLinks(core: boolean[], community: Map<number, number>, edges: ScoredEdge[]): number[] {
  const perNode = new Map<number, ScoredEdge[]>();
  for (const edge of edges) {
    if (!core[edge.a] || !core[edge.b] || !community.has(edge.a) || !community.has(edge.b)) continue;
    for (const end of [edge.a, edge.b]) listFor(perNode, end).push(edge);
  }
  const kept = new Set<number>();
  for (const links of perNode.values()) {
    links
      .sort((p, q) => q.score - p.score || p.index - q.index)
      .slice(0, CORE_LINKS_PER_NODE)
      .forEach((edge) => kept.add(edge.index));
  }
  return [...kept];
}

/** Communities renumbered by size, largest first (0), so the largest get the palette's distinct colours. */
function rankBySize(community: Map<number, number>): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const id of community.values()) sizes.set(id, (sizes.get(id) ?? 0) + 1);
  const order = [...sizes.entries()].sort((p, q) => q[1] - p[1] || p[0] - q[0]);
  return new Map(order.map(([id], rank) => [id, rank]));
}

export function computeTopicMap(input: TopicMapInput): TopicMap {
  const edges = scoreEdges(input);
  let core = input.nodes.map((node) => !isHub(node, input.hubPapers) && node.paperCount >= 2);
  // An overview of hubs only (a small limit on a small corpus) has nothing else to map: its hubs are its core.
  if (core.filter(Boolean).length < MIN_COMMUNITY_SIZE) core = input.nodes.map((node) => node.paperCount >= 2);
  const community = coreCommunities(core, edges);
  mergeSmallCommunities(community, edges);
  const coreLinks = strongestCoreLinks(core, community, edges);
  const attachments = attach(input, core, community, edges);
  const rank = rankBySize(community);
  const assigned = input.nodes.map((_, i) => (community.has(i) ? rank.get(community.get(i)!)! : -1));
  const topics = nameCommunities(input, assigned, core, edges);
  return { community: assigned, keptEdges: [...coreLinks, ...attachments].sort((p, q) => p - q), topics };
}
