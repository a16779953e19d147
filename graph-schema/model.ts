/**
 * The papergraph graph model: the single source of truth for labels, relationship types and
 * their properties. Ingest writes these shapes, the web server reads them, the client draws them.
 */

export const ENTITY_LABELS = ['Method', 'Concept', 'Dataset', 'Task', 'Metric', 'Hardware'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const NODE_LABELS = ['Paper', ...ENTITY_LABELS, 'Claim', 'Listing'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Secondary label carried by every entity node, so "any entity" is one index lookup. */
export const ENTITY_SUPER_LABEL = 'Entity';

export const RELATIONSHIP_TYPES = [
  'PROPOSES', // Paper -> Method (role proposed)
  'USES', // Paper -> Method (role used)
  'INTRODUCES', // Paper -> Dataset (role introduced)
  'EVALUATES_ON', // Paper -> Dataset (role used)
  'DISCUSSES', // Paper -> Concept
  'ADDRESSES', // Paper -> Task
  'MEASURES', // Paper -> Metric
  'RUNS_ON', // Paper -> Hardware (with count)
  'CLAIMS', // Paper -> Claim
  'ABOUT', // Claim -> entity named in the claim sentence
  'LISTED_IN', // Paper -> Listing
  'CO_OCCURS', // entity -- entity, derived: weight = papers mentioning both
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Relationships from a paper to an entity, each carrying evidence spans. */
export const MENTION_RELATIONSHIPS = {
  PROPOSES: { from: 'Paper', to: 'Method' },
  USES: { from: 'Paper', to: 'Method' },
  INTRODUCES: { from: 'Paper', to: 'Dataset' },
  EVALUATES_ON: { from: 'Paper', to: 'Dataset' },
  DISCUSSES: { from: 'Paper', to: 'Concept' },
  ADDRESSES: { from: 'Paper', to: 'Task' },
  MEASURES: { from: 'Paper', to: 'Metric' },
  RUNS_ON: { from: 'Paper', to: 'Hardware' },
} as const satisfies Record<string, { from: NodeLabel; to: EntityLabel }>;
export type MentionRelationshipType = keyof typeof MENTION_RELATIONSHIPS;

/** Every node has a stable `key`: the paper id, the canonical entity key, `<paperKey>#<start>` for claims. */
export interface NodeBase {
  key: string;
}

export interface PaperProps extends NodeBase {
  title: string;
  abstract: string;
  /** ISO date `YYYY-MM-DD`, or `MM-DD` when the listing gave no year; null when unknown. */
  date: string | null;
  authorsCount: number | null;
  upvotes: number | null;
  url: string | null;
  categories: string[];
  /** Author names in order; empty when the listing gives none (daily dumps give only a count). */
  authors: string[];
  /** arXiv identifier without version (abs and PDF links follow from it: graph-schema/arxiv-links.ts). */
  arxivId: string | null;
  /** Last update as the input gives it (the snapshot's `update_date`), ISO. */
  updated: string | null;
  doi: string | null;
  journalRef: string | null;
  codeUrls: string[];
  /** sha256 of title + abstract: a changed text is re-extracted. */
  contentHash: string;
  /** Version of the extractor that produced this paper's relationships. */
  extractorVersion: string;
  ingestedAt: string;
}

export interface EntityProps extends NodeBase {
  /** Display name. */
  name: string;
  /** Every surface form seen across the corpus. */
  aliases: string[];
  /** name + aliases joined by " | ": what the full-text index reads. */
  searchText: string;
  /** Derived after each ingest: number of papers with a relationship to this entity. */
  paperCount: number;
  /** Derived: earliest and latest known paper date mentioning it (ISO), for date filters. */
  firstDate: string | null;
  lastDate: string | null;
  /**
   * Derived: the entity's strongest co-occurrence partners (`Label:key`, at most 50, strongest first) and their
   * weights. A CO_OCCURS pair is stored exactly when it is in either end's list, so the links among any set of
   * entities can be read from their lists instead of from their (possibly tens of thousands of) relationships.
   */
  coPartners: string[];
  coPartnerWeights: number[];
}

export type MethodProps = EntityProps;
export type ConceptProps = EntityProps;
export type DatasetProps = EntityProps;
export type TaskProps = EntityProps;
export type MetricProps = EntityProps;
export type HardwareProps = EntityProps;

export interface ClaimProps extends NodeBase {
  text: string;
  paperKey: string;
  field: 'abstract';
  start: number;
  end: number;
  /** Parsed numbers as parallel arrays (Neo4j properties cannot hold maps). */
  numberRaws: string[];
  numberValues: number[];
  numberUnits: string[];
}

export interface ListingProps extends NodeBase {
  name: string;
  path: string;
  format: 'daily' | 'jsonl' | 'csv';
  /** The day the listing shows, when known. */
  date: string | null;
  /** sha256 of the file's bytes at the last complete ingest: an unchanged corpus is not re-read. */
  contentHash: string | null;
  /** Extractor version of that ingest: a new extractor re-reads the file. */
  extractorVersion: string | null;
}

/** Evidence spans as parallel arrays on a relationship (Neo4j properties cannot hold maps). */
export interface EvidenceProps {
  evidenceFields: Array<'title' | 'abstract'>;
  evidenceStarts: number[];
  evidenceEnds: number[];
  /** The surface text of each span. */
  surfaces: string[];
}

export type MentionRelProps = EvidenceProps;

export interface RunsOnProps extends EvidenceProps {
  /** Units of hardware stated ("256 GPUs"), null when not stated. */
  count: number | null;
}

export interface ListedInProps {
  /** 1-based line of the record in the listing file. */
  line: number;
}

export interface CoOccursProps {
  /** Number of papers that mention both entities. */
  weight: number;
}

export interface NodePropsByLabel {
  Paper: PaperProps;
  Method: MethodProps;
  Concept: ConceptProps;
  Dataset: DatasetProps;
  Task: TaskProps;
  Metric: MetricProps;
  Hardware: HardwareProps;
  Claim: ClaimProps;
  Listing: ListingProps;
}

export interface RelPropsByType {
  PROPOSES: MentionRelProps;
  USES: MentionRelProps;
  INTRODUCES: MentionRelProps;
  EVALUATES_ON: MentionRelProps;
  DISCUSSES: MentionRelProps;
  ADDRESSES: MentionRelProps;
  MEASURES: MentionRelProps;
  RUNS_ON: RunsOnProps;
  CLAIMS: Record<string, never>;
  ABOUT: Record<string, never>;
  LISTED_IN: ListedInProps;
  CO_OCCURS: CoOccursProps;
}

/** Which property a node shows as its name. */
export const DISPLAY_PROPERTY: Record<NodeLabel, string> = {
  Paper: 'title',
  Method: 'name',
  Concept: 'name',
  Dataset: 'name',
  Task: 'name',
  Metric: 'name',
  Hardware: 'name',
  Claim: 'text',
  Listing: 'name',
};

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

export function isEntityLabel(value: string): value is EntityLabel {
  return (ENTITY_LABELS as readonly string[]).includes(value);
}
