/**
 * The graph filters (types, date range, minimum paper count) as one Cypher predicate, shared by overview,
 * neighbourhood and paths. Papers filter on their date; entities on firstDate/lastDate (a range that overlaps).
 */
import { ENTITY_LABELS, type NodeLabel } from '../../../graph-schema/model.ts';
import type { GraphFilters } from '../../shared/api.ts';
import { dateBounds } from '../../shared/date-range.ts';

/** Node types shown when the client names none: papers and entities, not claims or listings. */
export const DEFAULT_GRAPH_TYPES: readonly NodeLabel[] = ['Paper', ...ENTITY_LABELS];

export interface FilterParams {
  types: string[];
  from: string | null;
  to: string | null;
  minPapers: number;
  includeUndated: boolean;
  [key: string]: unknown;
}

/** The date bounds come from the shared rule (web/shared/date-range.ts), which the predicates below apply. */
export function filterParams(filters: GraphFilters, defaultTypes: readonly NodeLabel[] = DEFAULT_GRAPH_TYPES): FilterParams {
  return {
    types: [...(filters.types ?? defaultTypes)],
    ...dateBounds(filters.from, filters.to),
    minPapers: filters.minPapers ?? 0,
    includeUndated: filters.includeUndated ?? false,
  };
}

/** `variable` is always a literal chosen in this code base, never user input. */
export function nodeFilter(variable: string): string {
  const n = variable;
  return `(
    (${n}:Paper AND 'Paper' IN $types
      AND ((${n}.date IS NULL AND $includeUndated) OR (($from IS NULL OR ${n}.date >= $from) AND ($to IS NULL OR ${n}.date <= $to))))
    OR (${n}:Entity AND any(l IN labels(${n}) WHERE l IN $types)
      AND coalesce(${n}.paperCount, 0) >= $minPapers
      AND ((${n}.lastDate IS NULL AND $includeUndated) OR (($from IS NULL OR ${n}.lastDate >= $from) AND ($to IS NULL OR ${n}.firstDate <= $to))))
    OR ((${n}:Claim OR ${n}:Listing) AND any(l IN labels(${n}) WHERE l IN $types))
  )`;
}

/** Entity-only form for queries that start from the `Entity` label. */
export function entityFilter(variable: string): string {
  const n = variable;
  return `(any(l IN labels(${n}) WHERE l IN $types)
    AND coalesce(${n}.paperCount, 0) >= $minPapers
    AND ((${n}.lastDate IS NULL AND $includeUndated) OR (($from IS NULL OR ${n}.lastDate >= $from) AND ($to IS NULL OR ${n}.firstDate <= $to))))`;
}
