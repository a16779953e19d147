/**
 * Response shapes of the results endpoints (issue 14): leaderboards and side-by-side comparisons.
 * Node ids are `Label:key` (graph-schema nodeId).
 */
import type { EntityLabel, ResultProps } from '../../graph-schema/model.ts';
import type { GraphNodeDTO } from './api.ts';

export type HighlightRole = 'value' | 'subject' | 'baseline' | 'metric' | 'dataset';

/** A span of a result's sentence to highlight, offsets in the sentence, end exclusive. */
export interface HighlightSpan {
  start: number;
  end: number;
  role: HighlightRole;
}

/** A slot's name, and the entity it links to when it names one of the paper's entities. */
export interface ResultSlotDTO {
  name: string;
  id: string | null;
}

/** A result as the tables show it: the Result node's own values (its `key` is `<claim key>#<index>`), slots resolved. */
export interface ResultRowDTO extends Pick<ResultProps, 'key' | 'raw' | 'value' | 'unit' | 'kind' | 'higherIsBetter'> {
  subject: ResultSlotDTO | null;
  baseline: ResultSlotDTO | null;
  metric: ResultSlotDTO | null;
  dataset: ResultSlotDTO | null;
  paper: { key: string; title: string; date: string | null };
  sentence: string;
  spans: HighlightSpan[];
}

/** GET /api/leaderboard?dataset=Dataset:KEY&metric=Metric:KEY */
export interface LeaderboardResponse {
  dataset: GraphNodeDTO;
  metric: GraphNodeDTO;
  /** The metric's direction (the extractor's lexicon), null when unknown (then higher is taken as better). */
  higherIsBetter: boolean | null;
  /** Scores first, best first by the metric's direction; then gains (improvement, reduction, speedup, other), largest first. */
  rows: ResultRowDTO[];
  total: number;
}

export interface CompareEntityDTO {
  id: string;
  label: EntityLabel;
  key: string;
  name: string;
  /** Papers naming it together with a (or b): the co-occurrence weight. */
  weightA: number | null;
  weightB: number | null;
}

export interface CompareFacetDTO {
  label: EntityLabel;
  shared: CompareEntityDTO[];
  onlyA: CompareEntityDTO[];
  onlyB: CompareEntityDTO[];
}

/** GET /api/compare?a=LABEL:KEY&b=LABEL:KEY */
export interface CompareResponse {
  a: GraphNodeDTO;
  b: GraphNodeDTO;
  /** Datasets, metrics, tasks, hardware (and methods) each names most often, split into shared and distinct. */
  facets: CompareFacetDTO[];
  /**
   * Results of a and of b on the pairs both have results on: for methods (dataset, metric), for datasets
   * (method, metric), for metrics (method, dataset). Each row says whose it is.
   */
  results: Array<ResultRowDTO & { side: 'a' | 'b'; pair: string }>;
  /** Papers naming both, newest first, and how many there are. */
  papers: Array<{ key: string; title: string; date: string | null }>;
  paperTotal: number;
}

/** GET /api/result-pairs?of=LABEL:KEY — the (dataset, metric) pairs a dataset, metric or method has results on. */
export interface ResultPairsResponse {
  of: GraphNodeDTO;
  pairs: Array<{ dataset: { id: string; name: string }; metric: { id: string; name: string }; results: number }>;
}
