/**
 * What the corpus pass remembers between batches and between ingests: every entity already decided, with its
 * type, name, aliases and how many papers voted for it. A later batch (a new day of papers into an existing graph)
 * starts from this memory, so a name keeps the type and the name the corpus already gave it unless the new papers
 * outvote it, and an acronym defined in an earlier paper resolves in a later one. Used by `extract` and the evaluation
 * across their batches; ingest needs none, as it resolves every stored paper together (ingest/load/corpus-pass.ts).
 */
import type { EntityKind } from '../entities/lexicon/index.ts';
import { surfaceKey } from './fold.ts';

export interface KnownEntity {
  kind: EntityKind;
  name: string;
  aliases: string[];
  /** Papers that mention it: its weight in the type vote and in acronym definitions. */
  papers: number;
}

/** Aliases kept per remembered entity: enough for every acronym and spelling, bounded for hubs. */
const MAX_REMEMBERED_ALIASES = 24;

export class CorpusMemory {
  private readonly entities = new Map<string, KnownEntity>();
  /** Corpus key of every remembered surface -> the entities that carry it. */
  private readonly bySurface = new Map<string, Set<string>>();

  constructor(known: Iterable<KnownEntity> = []) {
    for (const entity of known) this.remember(entity);
  }

  /** Adds (or, for the same type and name, accumulates) an entity. */
  remember(entity: KnownEntity): void {
    const id = `${entity.kind}:${entity.name}`;
    const previous = this.entities.get(id);
    if (!previous) {
      const aliases = [...new Set([entity.name, ...entity.aliases])].slice(0, MAX_REMEMBERED_ALIASES);
      this.entities.set(id, { ...entity, aliases });
      for (const alias of aliases) this.index(alias, id);
      return;
    }
    previous.papers += entity.papers;
    for (const alias of entity.aliases) {
      if (previous.aliases.length >= MAX_REMEMBERED_ALIASES) break;
      if (previous.aliases.includes(alias)) continue;
      previous.aliases.push(alias);
      this.index(alias, id);
    }
  }

  private index(surface: string, id: string): void {
    const key = surfaceKey(surface);
    const ids = this.bySurface.get(key);
    if (ids) ids.add(id);
    else this.bySurface.set(key, new Set([id]));
  }

  /** The remembered entities that share a corpus key with `keys`: all a batch needs to see of a large graph. */
  relevantTo(keys: Iterable<string>): KnownEntity[] {
    const ids = new Set<string>();
    for (const key of keys) for (const id of this.bySurface.get(key) ?? []) ids.add(id);
    return [...ids].map((id) => this.entities.get(id)!);
  }

  known(): KnownEntity[] {
    return [...this.entities.values()];
  }

  get size(): number {
    return this.entities.size;
  }
}
