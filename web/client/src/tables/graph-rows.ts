/**
 * The rows of a graph view's tables, read from the graphology graph the canvas draws (so the view's filters and
 * expansions apply): one row per drawn node, one per relationship behind the drawn edges. Pure: no React.
 */
import type { NodeLabel } from '../../../../graph-schema/model.ts';
import type { EdgeLink } from '../graph/attributes.ts';
import type { ExplorerGraph } from '../graph/build.ts';
import { linkKind, linkPhrase } from '../graph/link-kinds.ts';
import { primaryKind } from '../views/neighbour-groups.ts';

export interface NodeRow {
  id: string;
  name: string;
  type: NodeLabel;
  papers: number | null;
  /** Links drawn to it in this graph. */
  degree: number;
  community: number | null;
  specificity: number | null;
  /** Neighbourhoods: how it links to the centre, in the centre's words ("evaluated on", "runs"). */
  linksToCentre: string[];
  /** The kind it is grouped under: the most specific link to the centre, or "further out". */
  kind: string;
  /** Co-occurrence weight with the centre (papers naming both). */
  weight: number | null;
  /** Count on its link with the centre (GPUs on RUNS_ON). */
  count: number | null;
}

export interface LinkRow {
  id: string;
  source: string;
  sourceName: string;
  sourceType: NodeLabel;
  target: string;
  targetName: string;
  targetType: NodeLabel;
  relType: string;
  /** Read from the source: "evaluated on", "runs on", "appears with". */
  kind: string;
  /** Co-occurrence weight (papers naming both); null for a paper's own links, whose weight says nothing. */
  weight: number | null;
  count: number | null;
}

/** The relationships behind a drawn edge; graphs built without them fall back to the edge itself. */
export function edgeLinks(graph: ExplorerGraph, edge: string): EdgeLink[] {
  const attributes = graph.getEdgeAttributes(edge);
  if (attributes.links && attributes.links.length > 0) return attributes.links;
  const [source, target] = graph.extremities(edge);
  return [{ id: edge, type: attributes.relType, source, target, weight: attributes.weight, count: null }];
}

interface CentreLink {
  kinds: string[];
  weight: number | null;
  count: number | null;
}

function centreLinks(graph: ExplorerGraph, centre: string): Map<string, CentreLink> {
  const byNeighbour = new Map<string, CentreLink>();
  graph.forEachEdge(centre, (edge) => {
    for (const link of edgeLinks(graph, edge)) {
      const centreIsSource = link.source === centre;
      const other = centreIsSource ? link.target : link.source;
      const entry = byNeighbour.get(other) ?? { kinds: [], weight: null, count: null };
      const phrase = linkPhrase(link.type, centreIsSource);
      if (!entry.kinds.includes(phrase)) entry.kinds.push(phrase);
      if (link.type === 'CO_OCCURS') entry.weight = Math.max(entry.weight ?? 0, link.weight);
      if (link.count !== null) entry.count = Math.max(entry.count ?? 0, link.count);
      byNeighbour.set(other, entry);
    }
  });
  return byNeighbour;
}

/** Every drawn node; with a centre (a neighbourhood), every node but the centre, with its link to it. */
export function nodeRows(graph: ExplorerGraph, centre: string | null = null): NodeRow[] {
  const links = centre && graph.hasNode(centre) ? centreLinks(graph, centre) : new Map<string, CentreLink>();
  const rows: NodeRow[] = [];
  graph.forEachNode((id, a) => {
    if (id === centre) return;
    const link = links.get(id);
    const linksToCentre = link?.kinds ?? [];
    rows.push({
      id,
      name: a.label,
      type: a.nodeLabel,
      papers: a.paperCount,
      degree: graph.degree(id),
      community: a.community ?? null,
      specificity: a.specificity ?? null,
      linksToCentre,
      kind: primaryKind(linksToCentre),
      weight: link?.weight ?? null,
      count: link?.count ?? null,
    });
  });
  return rows;
}

/** One row per relationship, source to target as stored (a paper "evaluated on" a dataset, "runs on" ×8 GPUs). */
export function linkRows(graph: ExplorerGraph): LinkRow[] {
  const rows: LinkRow[] = [];
  graph.forEachEdge((edge) => {
    for (const link of edgeLinks(graph, edge)) {
      if (!graph.hasNode(link.source) || !graph.hasNode(link.target)) continue;
      const source = graph.getNodeAttributes(link.source);
      const target = graph.getNodeAttributes(link.target);
      rows.push({
        id: link.id,
        source: link.source,
        sourceName: source.label,
        sourceType: source.nodeLabel,
        target: link.target,
        targetName: target.label,
        targetType: target.nodeLabel,
        relType: link.type,
        kind: linkKind(link.type).forward,
        weight: link.type === 'CO_OCCURS' ? link.weight : null,
        count: link.count,
      });
    }
  });
  return rows;
}
