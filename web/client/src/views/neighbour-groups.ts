/**
 * The neighbour list of a neighbourhood: by type, then by how each neighbour links to the centre ("introduced by",
 * "evaluated on", "runs on ×N"), with each type's shown and total counts for "N more datasets". Pure: no React.
 */
import type { NeighbourhoodResponse } from '../../../shared/api.ts';
import { NODE_LABELS, type NodeLabel } from '../../../../graph-schema/model.ts';
import type { ExplorerGraph } from '../graph/build.ts';
import { linkPhrase } from '../graph/link-kinds.ts';

export interface NeighbourItem {
  id: string;
  name: string;
  paperCount: number | null;
  /** Co-occurrence weight with the centre, when they co-occur. */
  weight: number | null;
  /** GPU (or other) count on a RUNS_ON link with the centre. */
  count: number | null;
  /** Kinds of link to the centre, in the centre's words; empty when reached further out. */
  kinds: string[];
}

export interface KindGroup {
  kind: string;
  items: NeighbourItem[];
}

export interface TypeGroup {
  label: NodeLabel;
  shown: number;
  /** Neighbours of this type in the graph (depth 1), null when the server did not say. */
  total: number | null;
  kinds: KindGroup[];
}

export const FURTHER_OUT = 'further out';
const PLURALS: Partial<Record<NodeLabel, string>> = { Hardware: 'hardware', Paper: 'papers', Claim: 'claims', Listing: 'listings' };

/** "datasets", "hardware": the word for several of a type, lower case. */
export function pluralType(label: NodeLabel): string {
  return PLURALS[label] ?? `${label.toLowerCase()}s`;
}

function centreLinks(dto: NeighbourhoodResponse): Map<string, { kinds: string[]; weight: number | null; count: number | null }> {
  const byNeighbour = new Map<string, { kinds: string[]; weight: number | null; count: number | null }>();
  for (const edge of dto.edges) {
    const centreIsSource = edge.source === dto.centre;
    if (!centreIsSource && edge.target !== dto.centre) continue;
    const other = centreIsSource ? edge.target : edge.source;
    const entry = byNeighbour.get(other) ?? { kinds: [], weight: null, count: null };
    const count = typeof edge.props?.count === 'number' ? edge.props.count : null;
    const phrase = linkPhrase(edge.type, centreIsSource);
    if (!entry.kinds.includes(phrase)) entry.kinds.push(phrase);
    if (edge.type === 'CO_OCCURS') entry.weight = Math.max(entry.weight ?? 0, edge.weight);
    if (count !== null) entry.count = Math.max(entry.count ?? 0, count);
    byNeighbour.set(other, entry);
  }
  return byNeighbour;
}

const byStrength = (a: NeighbourItem, b: NeighbourItem) =>
  (b.count ?? 0) - (a.count ?? 0) ||
  (b.weight ?? 0) - (a.weight ?? 0) ||
  (b.paperCount ?? 0) - (a.paperCount ?? 0) ||
  a.name.localeCompare(b.name);

/** A neighbour linked in several ways is listed under its most specific kind (the first typed one). */
export function primaryKind(kinds: readonly string[]): string {
  return kinds.find((phrase) => phrase !== 'appears with') ?? kinds[0] ?? FURTHER_OUT;
}

export function groupNeighbours(dto: NeighbourhoodResponse, graph: ExplorerGraph): TypeGroup[] {
  const links = centreLinks(dto);
  const byLabel = new Map<NodeLabel, NeighbourItem[]>();
  graph.forEachNode((id, a) => {
    if (id === dto.centre) return;
    const link = links.get(id);
    const item: NeighbourItem = {
      id,
      name: a.label,
      paperCount: a.paperCount,
      weight: link?.weight ?? null,
      count: link?.count ?? null,
      kinds: link?.kinds ?? [],
    };
    byLabel.set(a.nodeLabel, [...(byLabel.get(a.nodeLabel) ?? []), item]);
  });
  const labels = NODE_LABELS.filter((label) => byLabel.has(label) || (dto.typeTotals?.[label] ?? 0) > 0);
  return labels.map((label) => {
    const items = byLabel.get(label) ?? [];
    const kinds = new Map<string, NeighbourItem[]>();
    for (const item of items) {
      const kind = primaryKind(item.kinds);
      kinds.set(kind, [...(kinds.get(kind) ?? []), item]);
    }
    const ordered = [...kinds.entries()]
      .map(([kind, members]) => ({ kind, items: members.sort(byStrength) }))
      .sort((a, b) => Number(a.kind === FURTHER_OUT) - Number(b.kind === FURTHER_OUT) || b.items.length - a.items.length);
    return { label, shown: items.length, total: dto.typeTotals?.[label] ?? null, kinds: ordered };
  });
}
