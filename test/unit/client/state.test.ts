import { describe, expect, it } from 'vitest';
import { addToHistory, clearHistory, parseParams, readHistory } from '../../../web/client/src/state/cypher-history.ts';
import {
  graphSignature,
  restorePositions,
  savePositions,
  settleTimeMs,
  type KeyValueStore,
} from '../../../web/client/src/graph/layout-cache.ts';
import { buildGraph } from '../../../web/client/src/graph/build.ts';
import { sampleGraph } from './fixtures.ts';

class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

const entry = (query: string, outcome: 'ok' | 'error' = 'ok') => ({ query, params: '', at: '2024-01-01T00:00:00Z', outcome });

describe('Cypher history', () => {
  it('keeps the newest first, folds repeats and survives a reload', () => {
    const store = new MemoryStore();
    addToHistory(store, entry('MATCH (n) RETURN n'));
    addToHistory(store, entry('MATCH (d:Dataset) RETURN d'));
    addToHistory(store, entry('MATCH (n) RETURN n  '));
    expect(readHistory(store).map((e) => e.query)).toEqual(['MATCH (n) RETURN n  ', 'MATCH (d:Dataset) RETURN d']);
    clearHistory(store);
    expect(readHistory(store)).toEqual([]);
  });

  it('is bounded and tolerates garbage in storage', () => {
    const store = new MemoryStore();
    for (let i = 0; i < 80; i++) addToHistory(store, entry(`RETURN ${i}`));
    expect(readHistory(store)).toHaveLength(50);
    store.setItem('papergraph:cypher-history', '{not json');
    expect(readHistory(store)).toEqual([]);
    expect(readHistory(null)).toEqual([]);
  });

  it('parses parameters as a JSON object and explains anything else', () => {
    expect(parseParams('')).toEqual({ ok: true, params: {} });
    expect(parseParams('{"dataset": "imagenet", "n": 5}')).toEqual({ ok: true, params: { dataset: 'imagenet', n: 5 } });
    expect(parseParams('[1]')).toMatchObject({ ok: false });
    expect(parseParams('{dataset: 1}')).toMatchObject({ ok: false });
  });
});

describe('layout cache', () => {
  it('restores saved positions for the same graph only', () => {
    const store = new MemoryStore();
    const graph = buildGraph(sampleGraph());
    graph.setNodeAttribute('Method:bert', 'x', 123.45);
    const signature = graphSignature(graph);
    savePositions(store, signature, graph);
    const again = buildGraph(sampleGraph());
    expect(graphSignature(again)).toBe(signature);
    expect(restorePositions(store, signature, again)).toBe(true);
    expect(again.getNodeAttribute('Method:bert', 'x')).toBe(123.45);
    const other = buildGraph({ ...sampleGraph(), nodes: sampleGraph().nodes.slice(1), edges: [] });
    expect(graphSignature(other)).not.toBe(signature);
    expect(restorePositions(store, graphSignature(other), other)).toBe(false);
  });

  it('keeps only the latest few layouts', () => {
    const store = new MemoryStore();
    const graph = buildGraph(sampleGraph());
    for (let i = 0; i < 10; i++) savePositions(store, `sig${i}`, graph);
    expect([...store.data.keys()].filter((k) => k.startsWith('papergraph:layout:sig'))).toHaveLength(4);
  });

  it('gives bigger graphs more layout time, within bounds', () => {
    expect(settleTimeMs(10)).toBeLessThan(settleTimeMs(2000));
    expect(settleTimeMs(1_000_000)).toBeLessThanOrEqual(2200);
  });
});
