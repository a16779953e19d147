/**
 * Acronyms find what they stand for: "LLM" finds Large Language Model, "GNN" Graph Neural Network. The full-text
 * index cannot match initials, so the entities' multi-word names are read once into an index by initials, kept
 * until the graph changes (GraphCache: one count-store read per search).
 */
import type { NodeLabel } from '../../../graph-schema/model.ts';
import { canonicalKey } from '../../../graph-schema/keys.ts';
import type { GraphDatabase } from '../database.ts';
import { GraphCache } from '../graph-cache.ts';
import { primaryLabel } from '../dto.ts';

export interface AcronymEntry {
  label: NodeLabel;
  key: string;
  name: string;
  paperCount: number | null;
}

/** Small words an acronym may skip ("Reinforcement Learning from Human Feedback" is RLHF, "Mixture of Experts" MoE). */
const SKIPPABLE = new Set(['of', 'for', 'from', 'the', 'and', 'a', 'an', 'in', 'on', 'to', 'with', 'by']);

/** An acronym is a single term of 2–8 letters or digits. */
export function looksLikeAcronym(query: string): boolean {
  return /^[\p{L}\p{N}]{2,8}s?$/u.test(query.trim()) && !/^\d+$/.test(query.trim());
}

/** The initials a name can be abbreviated to, canonical (lower case, plural dropped): with and without small words. */
export function acronymsOf(name: string): string[] {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
  if (words.length < 2) return [];
  const all = words.map((word) => word[0]).join('');
  const content = words
    .filter((word) => !SKIPPABLE.has(word.toLowerCase()))
    .map((word) => word[0])
    .join('');
  return [...new Set([all, content].filter((initials) => initials.length >= 2).map((initials) => canonicalKey(initials)))];
}

const READ_NAMES = `
  MATCH (e:Entity) WHERE e.name CONTAINS ' ' OR e.name CONTAINS '-'
  RETURN labels(e) AS labels, e.key AS key, e.name AS name, e.paperCount AS paperCount`;

interface NameRow {
  labels: string[];
  key: string;
  name: string;
  paperCount: number | null;
}

export class AcronymIndex {
  private readonly cache: GraphCache<Map<string, AcronymEntry[]>>;

  constructor(private readonly db: GraphDatabase) {
    this.cache = new GraphCache(db, 60 * 60_000, 1);
  }

  /** Entities whose name abbreviates to `acronym` (canonical form compared), most papers first. */
  async lookup(acronym: string): Promise<AcronymEntry[]> {
    const index = await this.cache.get('acronyms', () => this.build());
    return index.get(canonicalKey(acronym)) ?? [];
  }

  private async build(): Promise<Map<string, AcronymEntry[]>> {
    const rows = await this.db.read(async (tx) => (await tx.run(READ_NAMES)).records.map((record) => record.toObject() as NameRow));
    const index = new Map<string, AcronymEntry[]>();
    for (const row of rows) {
      const entry: AcronymEntry = { label: primaryLabel(row.labels), key: row.key, name: row.name, paperCount: row.paperCount };
      for (const initials of acronymsOf(row.name)) index.set(initials, [...(index.get(initials) ?? []), entry]);
    }
    for (const entries of index.values()) entries.sort((a, b) => (b.paperCount ?? 0) - (a.paperCount ?? 0));
    return index;
  }
}
