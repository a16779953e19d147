/**
 * The records that flow through ingest: listing -> PaperRecord -> PaperExtraction.
 * The JSON shape of PaperExtraction is the contract of `npm run -s extract` (issue 3).
 */

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

export type MethodRole = 'proposed' | 'used';
export type DatasetRole = 'introduced' | 'used';

export interface EntityMention {
  /** Display name (the long form when the text gives one). */
  name: string;
  /** Every surface form seen for this entity in the paper, including name. */
  aliases: string[];
  evidence: EvidenceSpan[];
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

export type MentionType = 'method' | 'concept' | 'dataset' | 'task' | 'metric' | 'hardware';

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

/** What `npm run -s extract` prints, one per line. */
export interface PaperExtraction {
  id: string;
  title: string;
  abstract: string;
  sources: ListingRef[];
  authors: number | null;
  date: string | null;
  upvotes: number | null;
  methods: MethodMention[];
  concepts: EntityMention[];
  datasets: DatasetMention[];
  tasks: EntityMention[];
  metrics: EntityMention[];
  hardware: HardwareMention[];
  claims: ClaimExtraction[];
  codeUrls: string[];
}

/** A reader's complaint about one record; the record is skipped, the rest is read. */
export interface ReaderWarning {
  file: string;
  line: number | null;
  message: string;
}
