/**
 * Pure translation of one PaperExtraction into the rows the writer sends to Neo4j. No I/O here, so the
 * whole mapping (keys, alias folding, evidence arrays, claim links) is unit-testable without a database.
 */
import { createHash } from 'node:crypto';
import { canonicalKey } from '../../graph-schema/keys.ts';
import type { EntityLabel, MentionRelationshipType, PaperProps } from '../../graph-schema/model.ts';
import type {
  ClaimExtraction,
  EntityMention,
  EvidenceSpan,
  MentionType,
  PaperExtraction,
  PaperMetadata,
  SourceFormat,
} from '../types.ts';

/** Readers may add these (JSONL/CSV inputs carry them); the extract contract does not require them. */
export type LoadablePaper = PaperExtraction & { url?: string | null; categories?: string[]; metadata?: PaperMetadata };

/** A paper's properties as written; `ingestedAt` is set by the writer's transaction. */
export type PaperRow = Omit<PaperProps, 'ingestedAt'>;

export interface EntityRow {
  label: EntityLabel;
  key: string;
  name: string;
  /** Sorted, without duplicates, always including the name. */
  aliases: string[];
}

export interface MentionRow {
  paperKey: string;
  entityKey: string;
  evidenceFields: Array<'title' | 'abstract'>;
  evidenceStarts: number[];
  evidenceEnds: number[];
  surfaces: string[];
  /** RUNS_ON only: units of hardware stated. */
  count: number | null;
}

export type MentionRowsByType = Record<MentionRelationshipType, MentionRow[]>;

export interface ClaimRow {
  key: string;
  paperKey: string;
  text: string;
  start: number;
  end: number;
  numberRaws: string[];
  numberValues: number[];
  numberUnits: string[];
}

export interface AboutRow {
  claimKey: string;
  label: EntityLabel;
  entityKey: string;
}

export interface ListingRow {
  key: string;
  name: string;
  path: string;
  format: SourceFormat;
  date: string | null;
}

export interface ListedInRow {
  paperKey: string;
  listingKey: string;
  line: number;
}

export interface PaperGraphRows {
  paper: PaperRow;
  entities: EntityRow[];
  mentions: MentionRowsByType;
  claims: ClaimRow[];
  abouts: AboutRow[];
  listings: ListingRow[];
  listedIn: ListedInRow[];
}

export const MENTION_TYPES: readonly MentionRelationshipType[] = [
  'PROPOSES',
  'USES',
  'INTRODUCES',
  'EVALUATES_ON',
  'DISCUSSES',
  'ADDRESSES',
  'MEASURES',
  'RUNS_ON',
];

const LABEL_OF_MENTION_TYPE: Record<MentionType, EntityLabel> = {
  method: 'Method',
  concept: 'Concept',
  dataset: 'Dataset',
  task: 'Task',
  metric: 'Metric',
  hardware: 'Hardware',
};

/** sha256 of title and abstract: a changed text means a re-extraction. */
export function paperContentHash(title: string, abstract: string): string {
  return createHash('sha256').update(title).update('\n').update(abstract).digest('hex');
}

export function emptyMentionRows(): MentionRowsByType {
  return {
    PROPOSES: [],
    USES: [],
    INTRODUCES: [],
    EVALUATES_ON: [],
    DISCUSSES: [],
    ADDRESSES: [],
    MEASURES: [],
    RUNS_ON: [],
  };
}

/** The display name kept when several spellings share a key: the smallest in code-point order, so the
 * choice does not depend on the order papers arrive in (resumed and uninterrupted runs agree). */
export function preferredName(a: string, b: string): string {
  return b < a ? b : a;
}

export function sortedAliases(values: Iterable<string>): string[] {
  const set = new Set<string>();
  for (const value of values) {
    const trimmed = value.trim();
    if (trimmed) set.add(trimmed);
  }
  return [...set].sort();
}

interface EntityAccumulator {
  label: EntityLabel;
  key: string;
  name: string;
  aliases: Set<string>;
  type: MentionRelationshipType;
  spans: Map<string, EvidenceSpan>;
  count: number | null;
}

/** Collects one paper's mentions per (label, key): repeated or differently spelled mentions become one. */
class MentionCollector {
  private readonly byKey = new Map<string, EntityAccumulator>();

  constructor(private readonly paper: PaperExtraction) {}

  add(label: EntityLabel, type: MentionRelationshipType, name: string, aliases: string[], evidence: EvidenceSpan[], count: number | null = null): void {
    const key = canonicalKey(name);
    if (!key) return;
    const id = `${label}:${key}`;
    let entry = this.byKey.get(id);
    if (!entry) {
      entry = { label, key, name: name.trim(), aliases: new Set(), type, spans: new Map(), count: null };
      this.byKey.set(id, entry);
    } else {
      entry.name = preferredName(entry.name, name.trim());
      entry.type = strongerRole(entry.type, type);
    }
    for (const alias of [name, ...aliases]) if (alias.trim()) entry.aliases.add(alias.trim());
    for (const span of evidence) entry.spans.set(`${span.field}:${span.start}:${span.end}`, span);
    if (count !== null) entry.count = Math.max(entry.count ?? 0, count);
  }

  has(label: EntityLabel, key: string): boolean {
    return this.byKey.has(`${label}:${key}`);
  }

  labelsOfKey(key: string): EntityLabel[] {
    return [...this.byKey.values()].filter((entry) => entry.key === key).map((entry) => entry.label);
  }

  entities(): EntityRow[] {
    return [...this.byKey.values()].map((entry) => ({
      label: entry.label,
      key: entry.key,
      name: entry.name,
      aliases: sortedAliases(entry.aliases),
    }));
  }

  mentions(paperKey: string): MentionRowsByType {
    const rows = emptyMentionRows();
    for (const entry of this.byKey.values()) {
      const spans = [...entry.spans.values()].sort(compareSpans);
      rows[entry.type].push({
        paperKey,
        entityKey: entry.key,
        evidenceFields: spans.map((span) => span.field),
        evidenceStarts: spans.map((span) => span.start),
        evidenceEnds: spans.map((span) => span.end),
        surfaces: spans.map((span) => this.slice(span)),
        count: entry.type === 'RUNS_ON' ? entry.count : null,
      });
    }
    return rows;
  }

  private slice(span: EvidenceSpan): string {
    const text = span.field === 'title' ? this.paper.title : this.paper.abstract;
    return text.slice(span.start, span.end);
  }
}

/** A paper that proposes (introduces) something and also uses it has one relationship: the stronger role. */
function strongerRole(a: MentionRelationshipType, b: MentionRelationshipType): MentionRelationshipType {
  if (a === 'PROPOSES' || b === 'PROPOSES') return 'PROPOSES';
  if (a === 'INTRODUCES' || b === 'INTRODUCES') return 'INTRODUCES';
  return a;
}

function compareSpans(a: EvidenceSpan, b: EvidenceSpan): number {
  if (a.field !== b.field) return a.field === 'title' ? -1 : 1;
  return a.start - b.start || a.end - b.end;
}

function collectMentions(paper: PaperExtraction): MentionCollector {
  const collector = new MentionCollector(paper);
  const addAll = <M extends EntityMention>(label: EntityLabel, mentions: M[], typeOf: (mention: M) => MentionRelationshipType) => {
    for (const mention of mentions) collector.add(label, typeOf(mention), mention.name, mention.aliases ?? [], mention.evidence ?? []);
  };
  addAll('Method', paper.methods, (m) => (m.role === 'proposed' ? 'PROPOSES' : 'USES'));
  addAll('Dataset', paper.datasets, (m) => (m.role === 'introduced' ? 'INTRODUCES' : 'EVALUATES_ON'));
  addAll('Concept', paper.concepts, () => 'DISCUSSES');
  addAll('Task', paper.tasks, () => 'ADDRESSES');
  addAll('Metric', paper.metrics, () => 'MEASURES');
  for (const hardware of paper.hardware) {
    collector.add('Hardware', 'RUNS_ON', hardware.name, [], hardware.evidence ?? [], hardware.count ?? null);
  }
  return collector;
}

function claimRows(paper: PaperExtraction, collector: MentionCollector): { claims: ClaimRow[]; abouts: AboutRow[] } {
  const claims: ClaimRow[] = [];
  const abouts: AboutRow[] = [];
  const seen = new Set<string>();
  for (const claim of paper.claims) {
    const key = `${paper.id}#${claim.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    claims.push(claimRow(paper.id, key, claim));
    const linked = new Set<string>();
    for (const mention of claim.mentions ?? []) {
      const target = claimTarget(mention.type, mention.name, collector);
      if (!target || linked.has(`${target.label}:${target.key}`)) continue;
      linked.add(`${target.label}:${target.key}`);
      abouts.push({ claimKey: key, label: target.label, entityKey: target.key });
    }
  }
  return { claims, abouts };
}

function claimRow(paperKey: string, key: string, claim: ClaimExtraction): ClaimRow {
  const numbers = (claim.numbers ?? []).filter((n) => Number.isFinite(n.value));
  return {
    key,
    paperKey,
    text: claim.text,
    start: claim.start,
    end: claim.end,
    numberRaws: numbers.map((n) => n.raw),
    numberValues: numbers.map((n) => n.value),
    numberUnits: numbers.map((n) => n.unit ?? ''),
  };
}

/** A claim names an entity of this paper: same canonical key and type, else the same key under another type. */
function claimTarget(type: MentionType, name: string, collector: MentionCollector): { label: EntityLabel; key: string } | null {
  const key = canonicalKey(name);
  if (!key) return null;
  const label = LABEL_OF_MENTION_TYPE[type];
  if (label && collector.has(label, key)) return { label, key };
  const [other] = collector.labelsOfKey(key);
  return other ? { label: other, key } : null;
}

export function listingRows(paper: Pick<PaperExtraction, 'id' | 'sources'>): { listings: ListingRow[]; listedIn: ListedInRow[] } {
  const listings = new Map<string, ListingRow>();
  const lines = new Map<string, number>();
  for (const source of paper.sources ?? []) {
    if (!source.key) continue;
    listings.set(source.key, { key: source.key, name: source.key, path: source.path, format: source.format, date: source.date ?? null });
    // A paper listed twice in one file links once, at its first line.
    const previous = lines.get(source.key);
    lines.set(source.key, previous === undefined ? source.line : Math.min(previous, source.line));
  }
  const listedIn = [...lines].map(([listingKey, line]) => ({ paperKey: paper.id, listingKey, line }));
  return { listings: [...listings.values()], listedIn };
}

export function buildPaperRows(paper: LoadablePaper, extractorVersion: string): PaperGraphRows {
  const collector = collectMentions(paper);
  const { claims, abouts } = claimRows(paper, collector);
  const { listings, listedIn } = listingRows(paper);
  return {
    paper: {
      key: paper.id,
      title: paper.title,
      abstract: paper.abstract,
      date: paper.date ?? null,
      authorsCount: paper.authors ?? null,
      upvotes: paper.upvotes ?? null,
      url: paper.url ?? null,
      categories: paper.categories ?? [],
      authors: paper.metadata?.authorNames ?? [],
      arxivId: paper.metadata?.arxivId ?? null,
      updated: paper.metadata?.updated ?? null,
      doi: paper.metadata?.doi ?? null,
      journalRef: paper.metadata?.journalRef ?? null,
      codeUrls: paper.codeUrls ?? [],
      contentHash: paperContentHash(paper.title, paper.abstract),
      extractorVersion,
    },
    entities: collector.entities(),
    mentions: collector.mentions(paper.id),
    claims,
    abouts,
    listings,
    listedIn,
  };
}
