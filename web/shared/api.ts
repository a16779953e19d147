/**
 * The HTTP API's response shapes: the contract between web/server and web/client.
 * Node ids are `Label:key` (graph-schema nodeId).
 */
import type { NodeLabel, PaperProps } from '../../graph-schema/model.ts';

export interface GraphNodeDTO {
  /** `Label:key` */
  id: string;
  label: NodeLabel;
  key: string;
  /** Display name (title for papers). */
  name: string;
  paperCount: number | null;
  /** Other scalar properties worth showing (never the abstract in graph payloads). */
  props?: Record<string, string | number | boolean | null | string[] | number[]>;
  /**
   * Entities: how much the name says, 0 (generic, or in every paper) to 1 (in one paper), from paperCount and the
   * stored `generic` flag at read time (graph-schema/informativeness.ts); `generic` is that flag.
   */
  specificity?: number;
  generic?: boolean;
  /** Neighbourhood nodes reached by a co-occurrence link: its NPMI (-1..1), which discounts hubs unlike `weight`. */
  npmi?: number;
  /**
   * Layout position computed by the server (the overview: ForceAtlas2, seeded, the same for the same graph).
   * Absent when the server has none; the client then lays the graph out itself.
   */
  x?: number;
  y?: number;
  /** The overview: the topic (community) the server placed this entity in, an index into `topics`. */
  community?: number;
}

export interface GraphEdgeDTO {
  id: string;
  source: string;
  target: string;
  type: string;
  /** CO_OCCURS weight, or 1 for paper-entity links. */
  weight: number;
  props?: Record<string, string | number | boolean | null | string[] | number[]>;
}

export interface GraphDTO {
  nodes: GraphNodeDTO[];
  edges: GraphEdgeDTO[];
}

export interface HealthResponse {
  status: 'ok' | 'degraded';
  neo4j: { reachable: boolean; uri: string; error?: string };
  counts: Partial<Record<NodeLabel, number>>;
  relationships: number | null;
  /** Papers without a date, which a date range leaves out unless asked to include them. */
  undatedPapers?: number;
  cypherConsole: { enabled: boolean; reason?: string };
}

export interface SearchHit {
  id: string;
  label: NodeLabel;
  key: string;
  name: string;
  paperCount: number | null;
  score: number;
  /** The alias or text that matched, when it is not the name. */
  matched?: string;
}

export interface SearchResponse {
  query: string;
  hits: SearchHit[];
}

/** Filters shared by overview, neighbourhood and paths: `types=Method,Dataset&from=2023-01-01&to=2024-12-31&minPapers=2`. */
export interface GraphFilters {
  types?: NodeLabel[];
  from?: string;
  to?: string;
  minPapers?: number;
  /** With a date range: keep papers without a date (and entities only undated papers mention). */
  includeUndated?: boolean;
}

/** A community of the overview, named by its most specific terms, and where its name goes. */
export interface OverviewTopicDTO {
  id: number;
  /** Best first; never a generic hub. */
  terms: string[];
  size: number;
  x: number;
  y: number;
}

export interface OverviewResponse extends GraphDTO {
  truncated: boolean;
  /** Entities matching the filters in the whole graph. */
  total: number;
  /** The topic map (absent when the server could not compute it): its communities, largest first. */
  topics?: OverviewTopicDTO[];
  /** Entities read but not shown: no informative link to any topic. */
  leftOut?: number;
}

export interface EvidenceSpanDTO {
  field: 'title' | 'abstract';
  start: number;
  end: number;
}

export interface PaperExtractionDTO {
  label: NodeLabel;
  key: string;
  name: string;
  /** Relationship type: PROPOSES, USES, INTRODUCES, EVALUATES_ON, DISCUSSES, ADDRESSES, MEASURES, RUNS_ON. */
  relationship: string;
  count?: number | null;
  evidence: EvidenceSpanDTO[];
}

export interface ClaimNumberDTO {
  raw: string;
  value: number;
  unit: string;
}

export interface ClaimDTO {
  key: string;
  paperKey: string;
  paperTitle: string;
  text: string;
  start: number;
  end: number;
  numbers: ClaimNumberDTO[];
  mentions: Array<{ id: string; label: NodeLabel; key: string; name: string }>;
}

export interface ListingDTO {
  key: string;
  name: string;
  date: string | null;
}

export interface PaperSummaryDTO {
  key: string;
  title: string;
  date: string | null;
  /** How the paper relates to the entity (relationship type), when listed under an entity. */
  relationship?: string;
}

/** A paper's stored properties; the bibliographic ones (arXiv metadata) are absent when the source has none. */
export interface PaperDetail
  extends
    Pick<PaperProps, 'key' | 'title' | 'abstract' | 'date' | 'authorsCount' | 'upvotes' | 'url' | 'codeUrls'>,
    Partial<Pick<PaperProps, 'authors' | 'arxivId' | 'doi' | 'journalRef' | 'updated'>> {
  kind: 'paper';
  id: string;
  listings: ListingDTO[];
  extractions: PaperExtractionDTO[];
  claims: ClaimDTO[];
}

export interface EntityDetail {
  kind: 'entity';
  id: string;
  label: NodeLabel;
  key: string;
  name: string;
  aliases: string[];
  paperCount: number;
  papers: { items: PaperSummaryDTO[]; total: number; offset: number; limit: number };
  claims: ClaimDTO[];
}

export type NodeDetail = PaperDetail | EntityDetail;

export interface NeighbourhoodResponse extends GraphDTO {
  centre: string;
  depth: number;
  truncated: boolean;
  /** Neighbours matching the filters before capping; total - shown = "N more not shown". */
  total: number;
  /** The centre's neighbours per type within the filters (depth 1), for "N more datasets"; absent from older servers. */
  typeTotals?: Partial<Record<NodeLabel, number>>;
}

/** A mention of one end of a link inside a sentence: offsets within the sentence's text. */
export interface SentenceMarkDTO {
  start: number;
  end: number;
  side: 'a' | 'b';
}

export interface EvidenceSentenceDTO {
  text: string;
  start: number;
  end: number;
  field?: 'title' | 'abstract';
  /** The ends' mentions in this sentence (absent from older servers). */
  marks?: SentenceMarkDTO[];
  /** True when the sentence names both ends (or one end is the paper itself). */
  namesBoth?: boolean;
}

/** GET /api/edge-papers?a=ID&b=ID — "why are these connected?" */
export interface EdgePapersResponse {
  a: GraphNodeDTO;
  b: GraphNodeDTO;
  /** Papers with a sentence naming both ends first; in each, the sentences naming both ends first. */
  papers: Array<PaperSummaryDTO & { sentences: EvidenceSentenceDTO[] }>;
  total: number;
}

export interface PathsResponse extends GraphDTO {
  from: string;
  to: string;
  /** Shortest paths, in order, as node ids and edge ids. */
  paths: Array<{ nodes: string[]; edges: string[]; length: number }>;
}

export interface CypherRequest {
  query: string;
  params?: Record<string, unknown>;
}

export interface CypherResponse {
  columns: string[];
  /** Values converted to JSON: nodes as {id,label,key,name,properties}, relationships as {id,type,source,target,properties}. */
  rows: unknown[][];
  graph: GraphDTO;
  truncated: boolean;
  /** Why the answer is incomplete or values were shortened (row, node or byte cap, long values), when truncated. */
  truncatedReasons?: string[];
  summary: {
    queryType: string;
    rowCount: number;
    elapsedMs: number;
    notifications: string[];
  };
}

export interface ApiErrorBody {
  error: string;
  message: string;
  /** Cypher syntax errors: where Neo4j found them. */
  position?: { line: number; column: number; offset: number };
  /** Console errors whose message is Neo4j's own: its status code, e.g. Neo.ClientError.Statement.ArgumentError. */
  neo4jCode?: string;
}

/** GET /api/node/Claim/:key (additive): one claim in full. */
export interface ClaimDetail {
  kind: 'claim';
  id: string;
  key: string;
  claim: ClaimDTO;
}

/** GET /api/node/Listing/:key (additive): one listing file and the papers it lists (paged). */
export interface ListingDetail {
  kind: 'listing';
  id: string;
  key: string;
  name: string;
  date: string | null;
  path: string | null;
  format: string | null;
  papers: { items: PaperSummaryDTO[]; total: number; offset: number; limit: number };
}

/** Everything GET /api/node/:label/:key can answer: NodeDetail for papers and entities, plus claims and listings. */
export type AnyNodeDetail = NodeDetail | ClaimDetail | ListingDetail;
