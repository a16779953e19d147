/**
 * Response shapes of the time and hardware endpoints (issue 14 points 3-5): trends, rising/new entities,
 * what's new (and its JSON Feed), and "what runs on what". Node ids are `Label:key`.
 */
import type { EntityLabel } from '../../graph-schema/model.ts';

export type TrendBucket = 'month' | 'year';

/** An entity as these answers name it. */
export interface EntityRefDTO {
  id: string;
  label: EntityLabel;
  key: string;
  name: string;
  paperCount: number;
}

/** One entity's papers per bucket. `counts[i]` belongs to `TrendsResponse.buckets[i]`. */
export interface TrendSeries {
  entity: EntityRefDTO;
  counts: number[];
  /** Dated papers inside [from, to]. */
  dated: number;
  /** Papers with no usable date (none, or a listing day without a year): counted apart, never in a bucket. */
  undated: number;
}

/** GET /api/trends?ids=LABEL:KEY,…&from=&to=&bucket=month|year */
export interface TrendsResponse {
  bucket: TrendBucket;
  /** The range actually shown (ISO days), defaulting to the entities' first and last dated papers. */
  from: string | null;
  to: string | null;
  /** `YYYY-MM` or `YYYY`, oldest first, every bucket of the range (empty ones too). */
  buckets: string[];
  series: TrendSeries[];
  /** Ids that name no entity. */
  missing: string[];
  /** A sentence on undated papers, e.g. "12 of 40 papers have no dated first version or listing and are not in any bucket." */
  undatedNote: string | null;
}

/** An entity's growth in a window against its own past, by the one score of web/server/trends/rising-score.ts. */
export interface RisingEntityDTO {
  entity: EntityRefDTO;
  /** Papers dated inside the window. */
  recent: number;
  /** Papers dated in the baseline period just before the window. */
  past: number;
  /** past scaled to the window's length: what the window would hold at the entity's past pace. */
  expected: number;
  score: number;
  /** True when the entity has no dated paper before the window. */
  isNew: boolean;
}

export interface TrendWindowDTO {
  from: string;
  to: string;
  /** Baseline: the `baselineFactor` window lengths just before the window. */
  baselineFrom: string;
  baselineTo: string;
  days: number;
  baselineDays: number;
}

/** GET /api/rising?from=&to=&types=&minCount=&limit= */
export interface RisingResponse {
  window: TrendWindowDTO;
  minCount: number;
  minScore: number;
  smoothing: number;
  /** Not new, recent >= minCount and score >= minScore, highest score first. */
  rising: RisingEntityDTO[];
  /** First dated paper inside the window, most papers first. */
  new: RisingEntityDTO[];
  /** Papers dated inside the window. */
  windowPapers: number;
}

export interface WhatsNewPaperDTO {
  key: string;
  title: string;
  date: string | null;
  url: string | null;
  /** Methods it proposes and datasets it introduces. */
  introduces: EntityRefDTO[];
  /** Followed entities it mentions. */
  follows: EntityRefDTO[];
}

/** An entity introduced in the scope (proposed method, introduced dataset), with the papers introducing it there. */
export interface IntroducedEntityDTO {
  entity: EntityRefDTO;
  papers: number;
}

/** GET /api/whats-new?listing=KEY | from=&to= [&follow=ID,…] */
export interface WhatsNewResponse {
  scope: { kind: 'listing'; listing: string; name: string; date: string | null } | { kind: 'window' };
  window: TrendWindowDTO | null;
  papers: number;
  methods: IntroducedEntityDTO[];
  datasets: IntroducedEntityDTO[];
  rising: RisingEntityDTO[];
  /** Papers of the scope proposing a method or introducing a dataset, newest first. */
  introducing: WhatsNewPaperDTO[];
  /** Papers of the scope touching a followed entity, newest first. */
  followed: WhatsNewPaperDTO[];
  /** Why rising is empty when it cannot be computed (a listing without a dated day). */
  note: string | null;
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1), the subset this server writes. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  items: JsonFeedItem[];
}

export interface JsonFeedItem {
  id: string;
  url?: string;
  title: string;
  content_text: string;
  date_published?: string;
  tags?: string[];
}

/** One hardware's use across an entity's papers: "A100: 12 papers, up to 2048 units". */
export interface HardwareUsageDTO {
  hardware: EntityRefDTO;
  papers: number;
  /** Largest stated unit count, null when no paper states one. */
  maxUnits: number | null;
  /** Papers that state a unit count. */
  papersWithUnits: number;
}

/** What is trained or evaluated on a piece of hardware, with paper counts. */
export interface RunsOnHardwareDTO {
  entity: EntityRefDTO;
  papers: number;
}

/** GET /api/hardware?of=LABEL:KEY */
export interface HardwareResponse {
  of: EntityRefDTO;
  /** The hardware of the entity's papers, most papers first (for a Hardware node: itself). */
  hardware: HardwareUsageDTO[];
  /** For a Hardware node: what runs on it; null otherwise. */
  runs: { methods: RunsOnHardwareDTO[]; datasets: RunsOnHardwareDTO[]; tasks: RunsOnHardwareDTO[] } | null;
  /**
   * How `runs` was counted: over the hardware's papers, or (hardware with more than HUB_PAPERS papers) from the
   * stored co-occurrence links, whose weights are the same paper counts but which keep only each end's top partners.
   */
  runsCountedFrom: 'papers' | 'co-occurrence' | null;
}

/** GET /api/listings: every listing, newest day first, for picking what's new in one. */
export interface ListingsResponse {
  listings: Array<{ key: string; name: string; date: string | null; papers: number }>;
}
