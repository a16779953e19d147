/**
 * A small cache for answers that depend only on the whole graph (the overview): kept until the graph's node or
 * relationship count changes (read from Neo4j's count store, a millisecond) or for at most `ttlMs`. Concurrent
 * requests for the same missing answer share one computation.
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
    const signature = await this.signature();
    const entry = this.entries.get(key);
    if (entry && entry.signature === signature && Date.now() - entry.storedAt < this.ttlMs) return entry.value;
    const value = compute();
    this.entries.set(key, { signature, storedAt: Date.now(), value });
    // A failed computation is not remembered.
    value.catch(() => this.entries.delete(key));
    this.evict();
    return value;
  }
}
