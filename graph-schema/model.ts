/**
 * The papergraph graph model: the single source of truth for labels, relationship types and
 * their properties. Ingest writes these shapes, the web server reads them, the client draws them.
 */

import { byEntityLabel, ENTITY_LABELS, MENTION_TYPES, type EntityLabel } from './entity-kinds.ts';

export { ENTITY_LABELS, MENTION_RELATIONSHIPS, MENTION_TYPES, type EntityLabel, type MentionRelationshipType } from './entity-kinds.ts';

export const NODE_LABELS = ['Paper', ...ENTITY_LABELS, 'Claim', 'Listing', 'Result'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Secondary label carried by every entity node, so "any entity" is one index lookup. */
export const ENTITY_SUPER_LABEL = 'Entity';

/** A claim's structured results and what each is on, of, by and against (issue 14). */
export const RESULT_RELATIONSHIPS = {
  REPORTS: { from: 'Claim', to: 'Result' },
  ON: { from: 'Result', to: 'Dataset' },
  OF: { from: 'Result', to: 'Metric' },
  BY: { from: 'Result', to: 'Method' },
  AGAINST: { from: 'Result', to: 'Method' },
} as const;
export const RESULT_RELATIONSHIP_TYPES = ['REPORTS', 'ON', 'OF', 'BY', 'AGAINST'] as const;
export type ResultRelationshipType = (typeof RESULT_RELATIONSHIP_TYPES)[number];

/** The mention relationships (Paper -> entity, from the entity-kind registry), then the structural ones. */
export const RELATIONSHIP_TYPES = [
  ...MENTION_TYPES,
  'CLAIMS', // Paper -> Claim
  'ABOUT', // Claim -> entity named in the claim sentence
  'LISTED_IN', // Paper -> Listing
  'CO_OCCURS', // entity -- entity, derived: weight = papers mentioning both
  ...RESULT_RELATIONSHIP_TYPES,
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

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
  /**
   * The paper's own extraction as JSON (before the corpus pass, without its listings): the stored evidence the corpus
   * pass is recomputed from after every ingest (ingest/load/corpus-pass.ts).
   */
  extraction: string;
  /** sha256 of the extraction its relationships were written from (the corpus-resolved one once the pass ran). */
  writtenHash: string;
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

/** What a result measures (GUIDE "Results"): a score, or a gain of some kind. Extraction, the writer and the API use this one. */
export type ResultKind = 'score' | 'improvement' | 'reduction' | 'speedup' | 'other';

/**
 * One measured result of a claim, key `<claim key>#<index>`. The slot names are kept as the extractor gave them
 * (`metricName`, …) whether or not they link to an entity of the paper (ON/OF/BY/AGAINST).
 */
export interface ResultProps extends NodeBase {
  claimKey: string;
  paperKey: string;
  raw: string;
  value: number | null;
  unit: string;
  kind: ResultKind;
  /** Direction of the metric: true when higher is better, null when unknown. */
  higherIsBetter: boolean | null;
  /** Offsets of raw in the claim sentence. */
  start: number;
  end: number;
  metricName: string | null;
  datasetName: string | null;
  subjectName: string | null;
  baselineName: string | null;
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

/** Which property a node shows as its name. */
export const DISPLAY_PROPERTY: Record<NodeLabel, string> = {
  Paper: 'title',
  ...byEntityLabel(() => 'name'),
  Claim: 'text',
  Listing: 'name',
  Result: 'raw',
};

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

export function isEntityLabel(value: string): value is EntityLabel {
  return (ENTITY_LABELS as readonly string[]).includes(value);
}
