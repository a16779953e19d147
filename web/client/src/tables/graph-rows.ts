/**
 * The rows of a graph view's tables, read from the graphology graph the canvas draws (so the view's filters and
 * expansions apply): one row per drawn node, one per relationship behind the drawn edges. Pure: no React.
 */
import type { NodeLabel } from '../../../../graph-schema/model.ts';
import type { EdgeLink } from '../graph/attributes.ts';
import type { ExplorerGraph } from '../graph/build.ts';
import { LINK_KINDS, linkKind, linkPhrase } from '../graph/link-kinds.ts';
import { FURTHER_OUT, primaryKind } from '../views/neighbour-groups.ts';

export interface NodeRow {
  id: string;
  name: string;
  type: NodeLabel;
  papers: number | null;
  /** Links drawn to it in this graph. */
  degree: number;
  community: number | null;
  specificity: number | null;
  /** Neighbourhoods: how it links to the centre, in the centre's words ("evaluated on", "run on it"). */
  linksToCentre: string[];
  /**
   * Neighbourhoods: how the drawn papers linked to the centre link to it, e.g. a dataset "introduces" ×1 and
   * "evaluated on" ×3 among a method's papers; the most specific kind first.
   */
  throughPapers: Array<{ kind: string; papers: number }>;
  /** The kind it is grouped under: its most specific link to the centre, else through papers, else "further out". */
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

const TYPED_KINDS = Object.keys(LINK_KINDS).filter((type) => type !== 'CO_OCCURS');
const THROUGH_PAPERS = 'through papers: ';

/** Per node: how many drawn papers next to the centre link to it, by relationship type (the paper's own links). */
function linksThroughPapers(graph: ExplorerGraph, centre: string): Map<string, Map<string, number>> {
  const byNode = new Map<string, Map<string, number>>();
  for (const paper of graph.neighbors(centre)) {
    if (graph.getNodeAttribute(paper, 'nodeLabel') !== 'Paper') continue;
    graph.forEachEdge(paper, (edge) => {
      for (const link of edgeLinks(graph, edge)) {
        if (link.source !== paper || link.target === centre || !TYPED_KINDS.includes(link.type)) continue;
        const counts = byNode.get(link.target) ?? new Map<string, number>();
        counts.set(link.type, (counts.get(link.type) ?? 0) + 1);
        byNode.set(link.target, counts);
      }
    });
  }
  return byNode;
}

function throughPapersOf(counts: Map<string, number> | undefined): NodeRow['throughPapers'] {
  if (!counts) return [];
  return TYPED_KINDS.filter((type) => counts.has(type)).map((type) => ({ kind: linkKind(type).forward, papers: counts.get(type) ?? 0 }));
}

/** A direct typed link says most; then what the centre's papers do with it; then co-occurrence; then "further out". */
function groupKind(linksToCentre: string[], throughPapers: NodeRow['throughPapers']): string {
  const direct = primaryKind(linksToCentre);
  if (direct !== linkKind('CO_OCCURS').forward && direct !== FURTHER_OUT) return direct;
  return throughPapers.length > 0 ? `${THROUGH_PAPERS}${throughPapers[0].kind}` : direct;
}

/** Every drawn node; with a centre (a neighbourhood), every node but the centre, with its link to it. */
export function nodeRows(graph: ExplorerGraph, centre: string | null = null): NodeRow[] {
  const centred = centre !== null && graph.hasNode(centre);
  const links = centred ? centreLinks(graph, centre) : new Map<string, CentreLink>();
  const through = centred ? linksThroughPapers(graph, centre) : new Map<string, Map<string, number>>();
  const rows: NodeRow[] = [];
  graph.forEachNode((id, a) => {
    if (id === centre) return;
    const link = links.get(id);
    const linksToCentre = link?.kinds ?? [];
    const throughPapers = throughPapersOf(through.get(id));
    rows.push({
      id,
      name: a.label,
      type: a.nodeLabel,
      papers: a.paperCount,
      degree: graph.degree(id),
      community: a.community ?? null,
      specificity: a.specificity ?? null,
      linksToCentre,
      throughPapers,
      kind: groupKind(linksToCentre, throughPapers),
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
