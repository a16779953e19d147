/**
 * The entity-type registry: one entry per kind of entity papergraph extracts. Everything else about a kind is
 * derived from its entry: its node label, its mention relationships and their roles, its field in the extraction
 * record (and that field's place in the JSON line), the writer's rows and re-extraction deletes, the API's type
 * lists, and the client's legend, filters, counts and colours. Maps keyed by kind or label are exhaustive
 * (`Record<EntityKind, …>`), so adding an entry makes the compiler name every place that must handle it.
 *
 * Pure data: the browser imports it too.
 */

export interface MentionRelationshipSpec {
  /** Relationship type from Paper to the entity. */
  type: string;
  /** The role it stands for in the extraction record (`method.role`), or null for kinds without roles. */
  role: string | null;
  /** How the explorer words it next to a highlighted mention ("evaluated on dataset"). */
  phrase: string;
}

export interface EntityKindSpec {
  /** Node label (every entity node also carries `Entity`). */
  label: string;
  /** Field of the extraction record (`PaperExtraction`) holding this kind's mentions. */
  field: string;
  /** Mention relationships, strongest role first: a paper with both roles keeps the first. */
  mentions: readonly MentionRelationshipSpec[];
  /** Mentions state a count ("256 GPUs"), stored on the relationship as `count`. */
  counted: boolean;
  /** Display names, for legends, filters and counts. */
  singular: string;
  plural: string;
  /** Offered as a type filter in graph views, and as a search type. */
  filterable: boolean;
  searchable: boolean;
  /** Colour of its nodes, readable on white. */
  colour: string;
}

/** Registry order is display order: legends, filters, counts and the extraction record's fields follow it. */
export const ENTITY_KINDS = {
  method: {
    label: 'Method',
    field: 'methods',
    mentions: [
      { type: 'PROPOSES', role: 'proposed', phrase: 'proposed method' },
      { type: 'USES', role: 'used', phrase: 'method used' },
    ],
    counted: false,
    singular: 'Method',
    plural: 'Methods',
    filterable: true,
    searchable: true,
    colour: '#2563eb',
  },
  concept: {
    label: 'Concept',
    field: 'concepts',
    mentions: [{ type: 'DISCUSSES', role: null, phrase: 'concept discussed' }],
    counted: false,
    singular: 'Concept',
    plural: 'Concepts',
    filterable: true,
    searchable: true,
    colour: '#7c3aed',
  },
  dataset: {
    label: 'Dataset',
    field: 'datasets',
    mentions: [
      { type: 'INTRODUCES', role: 'introduced', phrase: 'dataset introduced' },
      { type: 'EVALUATES_ON', role: 'used', phrase: 'evaluated on dataset' },
    ],
    counted: false,
    singular: 'Dataset',
    plural: 'Datasets',
    filterable: true,
    searchable: true,
    colour: '#059669',
  },
  task: {
    label: 'Task',
    field: 'tasks',
    mentions: [{ type: 'ADDRESSES', role: null, phrase: 'task addressed' }],
    counted: false,
    singular: 'Task',
    plural: 'Tasks',
    filterable: true,
    searchable: true,
    colour: '#d97706',
  },
  metric: {
    label: 'Metric',
    field: 'metrics',
    mentions: [{ type: 'MEASURES', role: null, phrase: 'metric measured' }],
    counted: false,
    singular: 'Metric',
    plural: 'Metrics',
    filterable: true,
    searchable: true,
    colour: '#db2777',
  },
  hardware: {
    label: 'Hardware',
    field: 'hardware',
    mentions: [{ type: 'RUNS_ON', role: null, phrase: 'hardware used' }],
    counted: true,
    singular: 'Hardware',
    plural: 'Hardware',
    filterable: true,
    searchable: true,
    colour: '#0891b2',
  },
} as const satisfies Record<string, EntityKindSpec>;

type Registry = typeof ENTITY_KINDS;
export type EntityKind = keyof Registry;
export type EntityLabel = Registry[EntityKind]['label'];
/** The extraction record's field of a kind (`methods`, …, `hardware`). */
export type EntityField = Registry[EntityKind]['field'];
export type FieldOfKind<K extends EntityKind> = Registry[K]['field'];
export type MentionRelationshipType = Registry[EntityKind]['mentions'][number]['type'];
/** The roles of a kind's mentions (`'proposed' | 'used'`), `null` for kinds without roles. */
export type RoleOf<K extends EntityKind> = Registry[K]['mentions'][number]['role'];

export const ENTITY_KIND_NAMES = Object.keys(ENTITY_KINDS) as EntityKind[];

export const ENTITY_LABELS: readonly EntityLabel[] = ENTITY_KIND_NAMES.map((kind) => ENTITY_KINDS[kind].label);

/** Extraction record fields of the entity kinds, in registry order. */
export const ENTITY_FIELDS: readonly EntityField[] = ENTITY_KIND_NAMES.map((kind) => ENTITY_KINDS[kind].field);

export interface MentionRelationship {
  from: 'Paper';
  to: EntityLabel;
  kind: EntityKind;
  role: string | null;
  phrase: string;
  /** It carries the stated count (`count`). */
  counted: boolean;
}

/** Every mention relationship (Paper -> entity, with evidence spans), in registry order, strongest role first. */
export const MENTION_RELATIONSHIPS = Object.fromEntries(
  ENTITY_KIND_NAMES.flatMap((kind) =>
    ENTITY_KINDS[kind].mentions.map((mention) => [
      mention.type,
      {
        from: 'Paper',
        to: ENTITY_KINDS[kind].label,
        kind,
        role: mention.role,
        phrase: mention.phrase,
        counted: ENTITY_KINDS[kind].counted,
      },
    ]),
  ),
) as Record<MentionRelationshipType, MentionRelationship>;

export const MENTION_TYPES = Object.keys(MENTION_RELATIONSHIPS) as MentionRelationshipType[];

/** Entity labels the full-text entity index covers (graph-schema/statements.ts). */
export const SEARCHABLE_ENTITY_LABELS: readonly EntityLabel[] = ENTITY_KIND_NAMES.filter((kind) => ENTITY_KINDS[kind].searchable).map(
  (kind) => ENTITY_KINDS[kind].label,
);

/** The relationship that stands for a mention of `kind` in `role` (the first one when the kind has no roles). */
export function mentionRelationship(kind: EntityKind, role: string | null = null): MentionRelationshipType {
  const mentions: readonly MentionRelationshipSpec[] = ENTITY_KINDS[kind].mentions;
  return (mentions.find((mention) => mention.role === role) ?? mentions[mentions.length - 1]).type as MentionRelationshipType;
}

/** Of two relationships to one entity, the stronger role: the one listed first in its kind's entry. */
export function strongerMention(a: MentionRelationshipType, b: MentionRelationshipType): MentionRelationshipType {
  return MENTION_TYPES.indexOf(b) < MENTION_TYPES.indexOf(a) ? b : a;
}

/** A value per entity label, computed once from the registry; the result is exhaustive by construction. */
export function byEntityLabel<T>(value: (kind: EntityKind) => T): Record<EntityLabel, T> {
  return Object.fromEntries(ENTITY_KIND_NAMES.map((kind) => [ENTITY_KINDS[kind].label, value(kind)])) as Record<EntityLabel, T>;
}
