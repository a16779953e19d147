/**
 * Settled layouts remembered per graph, so reopening the same overview draws at once without re-running
 * ForceAtlas2. Keyed by a signature of the node and edge sets; only the few latest graphs are kept.
 */
import type { ExplorerGraph } from './build.ts';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'papergraph:layout:';
const INDEX_KEY = `${PREFIX}index`;
const KEEP = 4;

export function graphSignature(graph: ExplorerGraph): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x12345678;
  const ids = graph.nodes().sort();
  for (const id of ids) {
    for (let i = 0; i < id.length; i++) {
      h1 = Math.imul(h1 ^ id.charCodeAt(i), 0x01000193);
      h2 = Math.imul(h2 ^ id.charCodeAt(i), 0x5bd1e995);
    }
    h1 = Math.imul(h1 ^ 0x2c, 0x01000193);
  }
  return `${ids.length}-${graph.size}-${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}`;
}

type Positions = Record<string, [number, number]>;

export function savePositions(store: KeyValueStore, signature: string, graph: ExplorerGraph): void {
  const positions: Positions = {};
  graph.forEachNode((id, a) => {
    positions[id] = [Math.round(a.x * 100) / 100, Math.round(a.y * 100) / 100];
  });
  try {
    const index = (JSON.parse(store.getItem(INDEX_KEY) ?? '[]') as string[]).filter((s) => s !== signature);
    index.unshift(signature);
    for (const stale of index.splice(KEEP)) store.removeItem(PREFIX + stale);
    store.setItem(PREFIX + signature, JSON.stringify(positions));
    store.setItem(INDEX_KEY, JSON.stringify(index));
  } catch {
    // A full or disabled storage only costs the cache.
  }
}

/** True when every node got a cached position. */
export function restorePositions(store: KeyValueStore, signature: string, graph: ExplorerGraph): boolean {
  let positions: Positions;
  try {
    positions = JSON.parse(store.getItem(PREFIX + signature) ?? 'null') as Positions;
  } catch {
    return false;
  }
  if (!positions || typeof positions !== 'object') return false;
  const complete = graph.everyNode((id) => Array.isArray(positions[id]));
  if (!complete) return false;
  graph.updateEachNodeAttributes((id, a) => ({ ...a, x: positions[id][0], y: positions[id][1] }));
  return true;
}

/** How long ForceAtlas2 runs before it stops by itself: longer for bigger graphs, bounded for first paint. */
export function settleTimeMs(order: number): number {
  return Math.round(Math.min(2000, Math.max(600, 400 + order * 0.4)));
}
