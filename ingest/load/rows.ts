/**
 * Pure translation of one PaperExtraction into the rows the writer sends to Neo4j. No I/O here, so the
 * whole mapping (keys, alias folding, evidence arrays, claim links) is unit-testable without a database.
 */
import { createHash } from 'node:crypto';
import { isGenericEntityName } from '../extract/entities/lexicon/generic.ts';
import { canonicalKey } from '../../graph-schema/keys.ts';
import {
  ENTITY_KIND_NAMES,
  ENTITY_KINDS,
  MENTION_TYPES,
  mentionRelationship,
  strongerMention,
  type EntityKind,
  type EntityLabel,
  type MentionRelationshipType,
} from '../../graph-schema/entity-kinds.ts';
import type { ClaimProps, EntityProps, EvidenceProps, ListedInProps, ListingProps, PaperProps } from '../../graph-schema/model.ts';
import type { ClaimExtraction, EvidenceSpan, MentionOf, MentionType, PaperExtraction, RecognisedBy } from '../types.ts';
import { resultRows, type ResultRow } from './result-rows.ts';

export { MENTION_TYPES };

/** What the writer loads: an extraction, which carries its record's fields (url, categories) along. */
export type LoadablePaper = PaperExtraction;

/** A paper's properties as written; `ingestedAt` is set by the writer's transaction. */
export type PaperRow = Omit<PaperProps, 'ingestedAt'>;

/** An entity's own properties as written (`aliases` sorted, without duplicates, always including the name). */
export type EntityRow = Pick<EntityProps, 'key' | 'name' | 'aliases'> & {
  label: EntityLabel;
  /** A field or generic technique word (ingest/extract/entities/lexicon/generic.ts): specificity 0 at read time. */
  generic: boolean;
};

export type MentionRow = EvidenceProps & {
  paperKey: string;
  entityKey: string;
  /** Counted kinds (RUNS_ON) only: units stated; null elsewhere. */
  count: number | null;
  /** How the paper's mention was recognised (lexicon, definition, context, pattern, corpus) and how surely; null for hardware and older extractions. */
  recognisedBy: RecognisedBy | null;
  confidence: number | null;
};

export type MentionRowsByType = Record<MentionRelationshipType, MentionRow[]>;

/** A claim's properties as written (`field` is always the abstract and not stored per row). */
export type ClaimRow = Omit<ClaimProps, 'field'>;

export interface AboutRow {
  claimKey: string;
  label: EntityLabel;
  entityKey: string;
}

/** A listing's properties as written per paper (its hashes are recorded once the whole file is loaded). */
export type ListingRow = Pick<ListingProps, 'key' | 'name' | 'path' | 'format' | 'date'>;

export type ListedInRow = ListedInProps & { paperKey: string; listingKey: string };

export interface PaperGraphRows {
  paper: PaperRow;
  entities: EntityRow[];
  mentions: MentionRowsByType;
  claims: ClaimRow[];
  abouts: AboutRow[];
  listings: ListingRow[];
  listedIn: ListedInRow[];
  results: ResultRow[];
}

/** sha256 of title and abstract: a changed text means a re-extraction. */
export function paperContentHash(title: string, abstract: string): string {
  return createHash('sha256').update(title).update('\n').update(abstract).digest('hex');
}

export function emptyMentionRows(): MentionRowsByType {
  return Object.fromEntries(MENTION_TYPES.map((type) => [type, []])) as unknown as MentionRowsByType;
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
  counted: boolean;
  count: number | null;
  recognition: Recognition | null;
}

interface Recognition {
  recognisedBy: RecognisedBy;
  confidence: number;
}

/** Collects one paper's mentions per (label, key): repeated or differently spelled mentions become one. */
class MentionCollector {
  private readonly byKey = new Map<string, EntityAccumulator>();

  constructor(private readonly paper: PaperExtraction) {}

  /** `count` is undefined for kinds that are not counted, null when a counted mention states none. */
  add(
    label: EntityLabel,
    type: MentionRelationshipType,
    name: string,
    aliases: string[],
    evidence: EvidenceSpan[],
    count?: number | null,
    recognition: Recognition | null = null,
  ): void {
    const key = canonicalKey(name);
    if (!key) return;
    const id = `${label}:${key}`;
    let entry = this.byKey.get(id);
    if (!entry) {
      entry = {
        label,
        key,
        name: name.trim(),
        aliases: new Set(),
        type,
        spans: new Map(),
        counted: count !== undefined,
        count: null,
        recognition: null,
      };
      this.byKey.set(id, entry);
    } else {
      entry.name = preferredName(entry.name, name.trim());
      entry.type = strongerMention(entry.type, type);
    }
    for (const alias of [name, ...aliases]) if (alias.trim()) entry.aliases.add(alias.trim());
    for (const span of evidence) entry.spans.set(`${span.field}:${span.start}:${span.end}`, span);
    if (count != null) entry.count = Math.max(entry.count ?? 0, count);
    if (recognition && (!entry.recognition || recognition.confidence > entry.recognition.confidence)) entry.recognition = recognition;
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
      generic: isGenericEntityName(entry.name),
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
        count: entry.counted ? entry.count : null,
        recognisedBy: entry.recognition?.recognisedBy ?? null,
        confidence: entry.recognition?.confidence ?? null,
      });
    }
    return rows;
  }

  private slice(span: EvidenceSpan): string {
    const text = span.field === 'title' ? this.paper.title : this.paper.abstract;
    return text.slice(span.start, span.end);
  }
}

function compareSpans(a: EvidenceSpan, b: EvidenceSpan): number {
  if (a.field !== b.field) return a.field === 'title' ? -1 : 1;
  return a.start - b.start || a.end - b.end;
}

/** Adds one kind's mentions, each under the relationship of its role (registry order: the stronger role first). */
function addKind<K extends EntityKind>(collector: MentionCollector, kind: K, mentions: ReadonlyArray<MentionOf<K>>): void {
  const { label, counted } = ENTITY_KINDS[kind];
  for (const mention of mentions as ReadonlyArray<MentionFields>) {
    const type = mentionRelationship(kind, mention.role ?? null);
    const count = counted ? (mention.count ?? null) : undefined;
    const recognition =
      mention.recognisedBy && mention.confidence !== undefined
        ? { recognisedBy: mention.recognisedBy, confidence: mention.confidence }
        : null;
    collector.add(label, type, mention.name, mention.aliases ?? [], mention.evidence ?? [], count, recognition);
  }
}

/** Every field any kind's mention may have: the collector reads them by the kind's registry entry. */
type MentionFields = {
  name: string;
  evidence?: EvidenceSpan[];
  aliases?: string[];
  role?: string;
  count?: number | null;
  recognisedBy?: RecognisedBy;
  confidence?: number;
};

function collectMentions(paper: PaperExtraction): MentionCollector {
  const collector = new MentionCollector(paper);
  for (const kind of ENTITY_KIND_NAMES) addKind(collector, kind, paper[ENTITY_KINDS[kind].field]);
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
  const label = ENTITY_KINDS[type].label;
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

/** What a paper stores of its own extraction: all of it but its listings (which depend on where it was read). */
export function storedExtraction(paper: PaperExtraction): string {
  const { sources: _sources, ...own } = paper;
  return JSON.stringify(own);
}

/**
 * Identifies what a paper's own rows write (its relationships, claims and results; entity names and aliases are the
 * corpus pass's to set): the pass rewrites a paper only when its resolution would write something else.
 */
function writtenHash(rows: Pick<PaperGraphRows, 'mentions' | 'claims' | 'abouts' | 'results'>): string {
  // Sorted: two extractions that list the same mentions in another order write the same graph.
  const lines = [
    ...MENTION_TYPES.flatMap((type) => rows.mentions[type].map((row) => `${type} ${JSON.stringify(row)}`)),
    ...rows.claims.map((row) => `claim ${JSON.stringify(row)}`),
    ...rows.abouts.map((row) => `about ${JSON.stringify(row)}`),
    ...rows.results.map((row) => `result ${JSON.stringify(row)}`),
  ].sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/**
 * @param paper the extraction whose entities, claims and results are written (the corpus pass's resolution of `own`)
 * @param own the paper's own extraction, stored as the evidence the corpus pass is recomputed from
 */
export function buildPaperRows(paper: LoadablePaper, extractorVersion: string, own: PaperExtraction = paper): PaperGraphRows {
  const collector = collectMentions(paper);
  const { claims, abouts } = claimRows(paper, collector);
  const { listings, listedIn } = listingRows(paper);
  const mentions = collector.mentions(paper.id);
  const results = resultRows(paper, (label, key) => collector.has(label, key));
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
      extraction: storedExtraction(own),
      writtenHash: writtenHash({ mentions, claims, abouts, results }),
    },
    entities: collector.entities(),
    mentions,
    claims,
    abouts,
    listings,
    listedIn,
    results,
  };
}
