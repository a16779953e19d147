/**
 * Client-side filters, the same as the API's (types, date range, minimum paper count), so every graph
 * view obeys them even when the data came from somewhere that ignores them (Cypher results, expansions).
 */
import type { GraphDTO, GraphFilters, GraphNodeDTO } from '../../../shared/api.ts';
import { dateBounds, overlapsDateRange } from '../../../shared/date-range.ts';

export function hasActiveFilters(filters: GraphFilters): boolean {
  return Boolean((filters.types && filters.types.length > 0) || filters.from || filters.to || (filters.minPapers ?? 0) > 0);
}

function stringProp(node: GraphNodeDTO, name: string): string | null {
  const value = node.props?.[name];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** The API's date rule (web/shared/date-range.ts): papers by their date, entities by their first and last. */
function passesDateRange(node: GraphNodeDTO, from: string | undefined, to: string | undefined): boolean {
  const first = stringProp(node, 'firstDate') ?? stringProp(node, 'date');
  const last = stringProp(node, 'lastDate') ?? stringProp(node, 'date');
  return overlapsDateRange(first, last, dateBounds(from, to));
}

export function nodePassesFilters(node: GraphNodeDTO, filters: GraphFilters): boolean {
  if (filters.types && filters.types.length > 0 && !filters.types.includes(node.label)) return false;
  if ((filters.minPapers ?? 0) > 0 && node.paperCount !== null && node.label !== 'Paper' && node.paperCount < (filters.minPapers ?? 0))
    return false;
  return passesDateRange(node, filters.from, filters.to);
}

export interface FilteredGraph<T extends GraphDTO = GraphDTO> {
  graph: T;
  hiddenNodes: number;
}

/**
 * Nodes in `pinned` (a neighbourhood centre, path ends) always stay: hiding them would hide the question. What else
 * the answer carries (the overview's topics) is kept.
 */
export function filterGraph<T extends GraphDTO>(dto: T, filters: GraphFilters, pinned: ReadonlySet<string> = new Set()): FilteredGraph<T> {
  if (!hasActiveFilters(filters)) return { graph: dto, hiddenNodes: 0 };
  const nodes = dto.nodes.filter((node) => pinned.has(node.id) || nodePassesFilters(node, filters));
  const kept = new Set(nodes.map((node) => node.id));
  const edges = dto.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target));
  return { graph: { ...dto, nodes, edges }, hiddenNodes: dto.nodes.length - nodes.length };
}
