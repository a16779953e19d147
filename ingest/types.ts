/**
 * The records that flow through ingest: listing -> PaperRecord -> PaperExtraction.
 * The JSON shape of PaperExtraction is the contract of `npm run -s extract` (issue 3); its entity fields come from
 * the entity-kind registry (graph-schema/entity-kinds.ts).
 */
import type { EntityKind, FieldOfKind, RoleOf } from '../graph-schema/entity-kinds.ts';
import type { ResultKind } from '../graph-schema/model.ts';

/** Where an extracted fact was found: JavaScript string offsets, end exclusive. */
export interface EvidenceSpan {
  field: 'title' | 'abstract';
  start: number;
  end: number;
}

/** One place a paper was listed: a file of the corpus (and, for text dumps, the day it lists). */
export interface ListingRef {
  /** Stable key of the listing: the source file's base name without extension. */
  key: string;
  /** Path of the file as given to the reader. */
  path: string;
  format: SourceFormat;
  /** Listing date as ISO `YYYY-MM-DD` or `MM-DD` (when the dump gives no year), or null. */
  date: string | null;
  /** 1-based line of the record in that file. */
  line: number;
}

export type SourceFormat = 'daily' | 'jsonl' | 'csv';

/** A paper as read from a listing, before extraction. */
export interface PaperRecord {
  /** The input's id when it has one, otherwise derived from the normalised title (see paperIdFromTitle). */
  id: string;
  title: string;
  abstract: string;
  /** Author count, or the authors string's count when a list is given; null when unknown. */
  authors: number | null;
  /** Publication date, ISO `YYYY-MM-DD` when the year is known, `MM-DD` otherwise; null when unknown. */
  date: string | null;
  upvotes: number | null;
  url: string | null;
  categories: string[];
  sources: ListingRef[];
  /** Bibliographic fields of inputs that carry them (the arXiv snapshot, JSONL/CSV with those columns). */
  metadata?: PaperMetadata;
}

/** What the arXiv metadata snapshot says about a paper beyond its text. */
export interface PaperMetadata {
  /** Author names in order ("First Last"), empty when the input gives none. */
  authorNames: string[];
  /** The arXiv identifier without version, when the id is one. */
  arxivId: string | null;
  /** Last update (`update_date`), ISO `YYYY-MM-DD`. */
  updated: string | null;
  doi: string | null;
  journalRef: string | null;
}

export type MethodRole = NonNullable<RoleOf<'method'>>;
export type DatasetRole = NonNullable<RoleOf<'dataset'>>;

/** How a name was recognised, strongest evidence first (see ingest/extract/entities/recognition.ts). */
export type RecognisedBy = 'lexicon' | 'definition' | 'context' | 'pattern' | 'corpus';

export interface EntityMention {
  /** Display name (the long form when the text gives one). */
  name: string;
  /** Every surface form seen for this entity in the paper, including name. */
  aliases: string[];
  evidence: EvidenceSpan[];
  /** How the name and its type were recognised; absent in extractions made before extractor 1.3. */
  recognisedBy?: RecognisedBy;
  /** 0..1: how sure the extractor is that this is an entity of this type. */
  confidence?: number;
  /** Set by the corpus pass when the name was seen under more than one type: "dataset:3.4", "method:0.7", winner first. */
  typeVotes?: string[];
}

export interface MethodMention extends EntityMention {
  role: MethodRole;
}

export interface DatasetMention extends EntityMention {
  role: DatasetRole;
}

export interface HardwareMention {
  /** Canonical name: GPU, CPU, TPU, NVIDIA A100, TPU v3, edge devices, ... */
  name: string;
  count: number | null;
  /** Exact text: "256 GPUs", "eight individual GPU nodes". */
  surface: string;
  evidence: EvidenceSpan[];
}

export interface ClaimNumber {
  raw: string;
  value: number;
  /** "x", "%", "times", "ms", ... or "" for a bare number. */
  unit: string;
}

/** The kind of entity a claim names: a registry kind. */
export type MentionType = EntityKind;

/**
 * The mention shape of each kind, from its registry entry: counted kinds (hardware) carry a count and surface,
 * kinds with roles carry their role, the others are plain mentions.
 */
export type MentionOf<K extends EntityKind> = K extends 'hardware'
  ? HardwareMention
  : RoleOf<K> extends null
    ? EntityMention
    : EntityMention & { role: NonNullable<RoleOf<K>> };

/** One array of mentions per registry kind, under the kind's field (`methods`, …, `hardware`). */
export type EntityMentions = { [K in EntityKind as FieldOfKind<K>]: Array<MentionOf<K>> };

export interface ClaimMention {
  type: MentionType;
  name: string;
}

export interface ClaimExtraction {
  text: string;
  /** Offsets of the sentence in the abstract. */
  start: number;
  end: number;
  numbers: ClaimNumber[];
  mentions: ClaimMention[];
}

/** Defined with the graph model, which stores it on Result nodes. */
export type { ResultKind };

/** One measured outcome in a claim sentence (GUIDE "Results (structured claims)"). */
export interface ResultExtraction {
  /** The claim sentence. */
  text: string;
  /** The value as written: "59.4%", "2.45x", "12.4% to 17.5%". */
  raw: string;
  /** The (first) number of raw, or null when it has none that parses. */
  value: number | null;
  unit: string;
  kind: ResultKind;
  /** Canonical names of the paper's extracted entities where they match one, else the words as written. */
  metric: string | null;
  dataset: string | null;
  subject: string | null;
  baseline: string | null;
  /** The metric's direction (true: higher is better), null when unknown. */
  higherIsBetter: boolean | null;
  /** Offsets of raw in the abstract, end exclusive: inside the claim that reports it. */
  start: number;
  end: number;
}

/** The record fields an extraction carries before its entity fields, in the JSON line's order. */
export const EXTRACTION_RECORD_FIELDS = ['id', 'title', 'abstract', 'sources', 'authors', 'date', 'upvotes', 'url', 'categories'] as const;
/** The fields after the entity fields. */
export const EXTRACTION_TRAILING_FIELDS = ['claims', 'codeUrls', 'results'] as const;

/**
 * What `npm run -s extract` prints, one per line: the record's own fields (travelling with it through extraction,
 * so the loader needs nothing else), the entity fields in registry order, then claims and code links.
 */
export type PaperExtraction = Pick<
  PaperRecord,
  'id' | 'title' | 'abstract' | 'sources' | 'authors' | 'date' | 'upvotes' | 'url' | 'categories'
> &
  EntityMentions & {
    claims: ClaimExtraction[];
    codeUrls: string[];
    /** Absent in extractions made before extractor 1.3.0 (and in hand-built ones): read as none. */
    results?: ResultExtraction[];
    /** Bibliographic fields the record carried (the arXiv snapshot), travelling on to the writer. */
    metadata?: PaperMetadata;
  };

/** A reader's complaint about one record; the record is skipped, the rest is read. */
export interface ReaderWarning {
  file: string;
  line: number | null;
  message: string;
}
