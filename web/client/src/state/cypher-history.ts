/** Cypher console history kept in localStorage across reloads: newest first, duplicates folded, bounded. */
import type { KeyValueStore } from '../graph/layout-cache.ts';

export interface HistoryEntry {
  query: string;
  params: string;
  at: string;
  outcome: 'ok' | 'error';
}

const KEY = 'papergraph:cypher-history';
const LIMIT = 50;

export function readHistory(store: KeyValueStore | null): HistoryEntry[] {
  if (!store) return [];
  try {
    const parsed: unknown = JSON.parse(store.getItem(KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (e): e is HistoryEntry => typeof e === 'object' && e !== null && typeof e.query === 'string' && typeof e.params === 'string',
    );
  } catch {
    return [];
  }
}

export function addToHistory(store: KeyValueStore | null, entry: HistoryEntry): HistoryEntry[] {
  const next = [entry, ...readHistory(store).filter((e) => e.query.trim() !== entry.query.trim() || e.params !== entry.params)].slice(
    0,
    LIMIT,
  );
  try {
    store?.setItem(KEY, JSON.stringify(next));
  } catch {
    // History is a convenience; a full storage must not break running queries.
  }
  return next;
}

export function clearHistory(store: KeyValueStore | null): void {
  store?.removeItem(KEY);
}

/** Parameters as typed in the console: empty means none; anything but a JSON object is an error to show. */
export function parseParams(text: string): { ok: true; params: Record<string, unknown> } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, params: {} };
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return { ok: false, message: 'Parameters must be a JSON object, like {"name": "ImageNet"}.' };
    return { ok: true, params: value as Record<string, unknown> };
  } catch (error) {
    return { ok: false, message: `Parameters are not valid JSON: ${(error as Error).message}` };
  }
}
