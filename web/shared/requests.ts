/** TypeBox schemas for every input, and parsing of the few compound parameters (types lists, node refs). */
import { Type, type Static } from '@sinclair/typebox';
import { NODE_LABELS, type NodeLabel } from '../../graph-schema/model.ts';
import { parseNodeId } from '../../graph-schema/keys.ts';
import type { GraphFilters } from './api.ts';

const LABEL_ALTERNATION = NODE_LABELS.join('|');

export const NodeLabelSchema = Type.Union(NODE_LABELS.map((label) => Type.Literal(label)));

/** `types=Method,Dataset`: a comma-separated list of node labels. */
export const TypesSchema = Type.String({ pattern: `^(${LABEL_ALTERNATION})(,(${LABEL_ALTERNATION}))*$`, maxLength: 200 });

/** Full or partial ISO date: `2024`, `2024-05`, `2024-05-17` (also `05-17` for year-less listings). */
export const DateSchema = Type.String({ pattern: '^(\\d{4}(-\\d{2}(-\\d{2})?)?|\\d{2}-\\d{2})$' });

/** `Label:key`, the node id of graph-schema/keys.ts. */
export const NodeRefSchema = Type.String({ pattern: `^(${LABEL_ALTERNATION}):.+$`, maxLength: 600 });

export const KeySchema = Type.String({ minLength: 1, maxLength: 500 });

export const FilterQuerySchema = {
  types: Type.Optional(TypesSchema),
  from: Type.Optional(DateSchema),
  to: Type.Optional(DateSchema),
  minPapers: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
  /** `undated=true`: a date range keeps undated papers. */
  undated: Type.Optional(Type.Boolean()),
};

export const SearchQuery = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: 200 }),
    types: Type.Optional(TypesSchema),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type SearchQuery = Static<typeof SearchQuery>;

export const DEFAULT_OVERVIEW_LIMIT = 1_500;

export const OverviewQuery = Type.Object(
  { ...FilterQuerySchema, limit: Type.Integer({ minimum: 1, maximum: 5_000, default: DEFAULT_OVERVIEW_LIMIT }) },
  { additionalProperties: false },
);
export type OverviewQuery = Static<typeof OverviewQuery>;

export const NodeParams = Type.Object({ label: NodeLabelSchema, key: KeySchema });
export type NodeParams = Static<typeof NodeParams>;

export const NodeQuery = Type.Object(
  {
    offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
  },
  { additionalProperties: false },
);
export type NodeQuery = Static<typeof NodeQuery>;

export const NeighbourhoodQuery = Type.Object(
  {
    ...FilterQuerySchema,
    depth: Type.Integer({ minimum: 1, maximum: 3, default: 1 }),
    minWeight: Type.Integer({ minimum: 1, maximum: 1_000_000, default: 1 }),
    limit: Type.Integer({ minimum: 1, maximum: 2_000, default: 150 }),
    /** `more=Dataset,Method`: types the user asked to see more of ("N more datasets"). */
    more: Type.Optional(TypesSchema),
  },
  { additionalProperties: false },
);
export type NeighbourhoodQuery = Static<typeof NeighbourhoodQuery>;

export const EdgePapersQuery = Type.Object(
  {
    a: NodeRefSchema,
    b: NodeRefSchema,
    offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
export type EdgePapersQuery = Static<typeof EdgePapersQuery>;

export const PathsQuery = Type.Object(
  {
    types: FilterQuerySchema.types,
    minPapers: FilterQuerySchema.minPapers,
    undated: FilterQuerySchema.undated,
    // `from` and `to` name the path's ends here, so the date range is `fromDate`/`toDate`.
    fromDate: Type.Optional(DateSchema),
    toDate: Type.Optional(DateSchema),
    from: NodeRefSchema,
    to: NodeRefSchema,
    max: Type.Integer({ minimum: 1, maximum: 6, default: 4 }),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 10 }),
    /** How many distinct paths (at most `limit`), shortest first. */
    k: Type.Integer({ minimum: 1, maximum: 10, default: 5 }),
    /** Paths may not pass through generic hubs (queries/hubs.ts). */
    avoidHubs: Type.Boolean({ default: false }),
    via: Type.Union([Type.Literal('all'), Type.Literal('papers'), Type.Literal('cooccurrence')], { default: 'all' }),
  },
  { additionalProperties: false },
);
export type PathsQuery = Static<typeof PathsQuery>;

export const CypherBody = Type.Object(
  {
    query: Type.String({ minLength: 1, maxLength: 20_000 }),
    params: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { additionalProperties: false },
);
export type CypherBody = Static<typeof CypherBody>;

export function parseTypes(types: string | undefined): NodeLabel[] | undefined {
  if (!types) return undefined;
  return [...new Set(types.split(','))] as NodeLabel[];
}

export function parseNodeRef(ref: string): { label: NodeLabel; key: string } {
  const parsed = parseNodeId(ref);
  // The schema pattern already guarantees the shape; this keeps the type honest.
  if (!parsed) throw new Error(`not a node id: ${ref}`);
  return { label: parsed.label as NodeLabel, key: parsed.key };
}

export function filtersFrom(query: { types?: string; from?: string; to?: string; minPapers?: number; undated?: boolean }): GraphFilters {
  return { types: parseTypes(query.types), from: query.from, to: query.to, minPapers: query.minPapers, includeUndated: query.undated };
}
