/**
 * A small cache for answers that depend only on the whole graph (the overview): kept until the graph's node or
 * relationship count changes (read from Neo4j's count store, a millisecond) or for at most `ttlMs`. A missing
 * answer is computed once per key (single flight): requests for a key whose computation is under way wait for that
 * one answer, even when the graph changed meanwhile (an answer seconds old beats a pile of costly recomputations).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphDatabase } from './database.ts';

interface Entry<T> {
  signature: string;
  storedAt: number;
  value: Promise<T>;
}

const SIGNATURE = 'RETURN COUNT { () } AS nodes, COUNT { ()-->() } AS relationships';

/** The graph's signature read inside a transaction that is running anyway: one cheap statement. */
export async function graphSignature(tx: ManagedTransaction): Promise<string> {
  const record = (await tx.run(SIGNATURE)).records[0];
  return `${record.get('nodes')}/${record.get('relationships')}`;
}

export class GraphCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly inFlight = new Map<string, Promise<T>>();
  /** How many times `get` ran a computation: what single flight keeps at one per key and graph state. */
  computations = 0;

  constructor(
    private readonly db: GraphDatabase,
    private readonly ttlMs = 10 * 60_000,
    private readonly maxEntries = 64,
  ) {}

  async signature(): Promise<string> {
    return this.db.read(graphSignature);
  }

  /** The cached answer if still valid. Keys never stored cost nothing: the signature is read only for stored ones. */
  async lookup(key: string): Promise<Promise<T> | null> {
    const entry = this.entries.get(key);
    if (!entry || Date.now() - entry.storedAt >= this.ttlMs) return null;
    return entry.signature === (await this.signature()) ? entry.value : null;
  }

  put(key: string, signature: string, value: T): void {
    this.entries.set(key, { signature, storedAt: Date.now(), value: Promise.resolve(value) });
    this.evict();
  }

  private evict(): void {
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }

  async get(key: string, compute: () => Promise<T>): Promise<T> {
    const running = this.inFlight.get(key);
    if (running) return running;
    const signature = await this.signature();
    // Checked again: another request may have started the computation while the signature was read.
    const started = this.inFlight.get(key);
    if (started) return started;
    const entry = this.entries.get(key);
    if (entry && entry.signature === signature && Date.now() - entry.storedAt < this.ttlMs) return entry.value;
    this.computations += 1;
    const value = compute();
    this.inFlight.set(key, value);
    this.entries.set(key, { signature, storedAt: Date.now(), value });
    this.evict();
    const landed = () => this.inFlight.get(key) === value && this.inFlight.delete(key);
    // A failed computation is not remembered.
    value.then(landed, () => {
      landed();
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }
}

/**
 * For answers that walk a hub entity's results or papers on every asking (a comparison, a leaderboard): many keys,
 * each kept until the graph changes, for at most ten minutes.
 */
export function hubAnswerCache<T>(db: GraphDatabase): GraphCache<T> {
  return new GraphCache<T>(db, 10 * 60_000, 512);
}
