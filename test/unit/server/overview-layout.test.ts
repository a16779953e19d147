/** The server's overview layout without a server: deterministic, finite, linked nodes close, nothing flung far. */
import { describe, expect, it } from 'vitest';
import { computeLayout, layoutIterations, type LayoutInput } from '../../../web/server/layout/overview-layout.ts';

/** Two dense clusters joined by one link, a chain, and a few entities with no link at all. */
function clustered(): LayoutInput {
  const ids: string[] = [];
  const edges: LayoutInput['edges'] = [];
  const cluster = (prefix: string, size: number) => {
    const first = ids.length;
    for (let i = 0; i < size; i++) ids.push(`${prefix}${i}`);
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j += 3) edges.push([first + i, first + j, 1 + ((i + j) % 4)]);
    return first;
  };
  const a = cluster('Method:a', 40);
  const b = cluster('Dataset:b', 40);
  edges.push([a, b, 1]);
  const chain = ids.length;
  for (let i = 0; i < 10; i++) ids.push(`Task:chain${i}`);
  for (let i = 0; i < 9; i++) edges.push([chain + i, chain + i + 1, 1]);
  edges.push([chain, a + 5, 2]);
  for (let i = 0; i < 8; i++) ids.push(`Concept:alone${i}`);
  return { ids, edges };
}

const point = (positions: number[], i: number): [number, number] => [positions[2 * i], positions[2 * i + 1]];
const distance = (p: [number, number], q: [number, number]) => Math.hypot(p[0] - q[0], p[1] - q[1]);
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

describe('computeLayout', () => {
  it('gives every node a finite position, the same every time', () => {
    const input = clustered();
    const positions = computeLayout(input);
    expect(positions).toHaveLength(input.ids.length * 2);
    expect(positions.every(Number.isFinite)).toBe(true);
    expect(new Set(input.ids.map((_, i) => point(positions, i).join())).size).toBe(input.ids.length);
    expect(computeLayout(clustered())).toEqual(positions);
  });

  it('puts linked nodes closer together than unlinked ones, and each cluster together', () => {
    const input = clustered();
    const positions = computeLayout(input);
    const linked = mean(input.edges.map(([s, t]) => distance(point(positions, s), point(positions, t))));
    const across = mean(Array.from({ length: 40 }, (_, i) => distance(point(positions, i), point(positions, 40 + i))));
    expect(linked).toBeLessThan(across * 0.6);
  });

  it('holds unlinked nodes near the rest instead of flinging them far away', () => {
    const input = clustered();
    const positions = computeLayout(input);
    const centre = [mean(positions.filter((_, i) => i % 2 === 0)), mean(positions.filter((_, i) => i % 2 === 1))] as [number, number];
    const radii = input.ids.map((_, i) => distance(point(positions, i), centre)).sort((p, q) => p - q);
    const median = radii[Math.floor(radii.length / 2)];
    expect(radii[radii.length - 1]).toBeLessThan(median * 4);
  });

  it('copes with tiny and odd inputs', () => {
    expect(computeLayout({ ids: [], edges: [] })).toEqual([]);
    expect(computeLayout({ ids: ['Method:x'], edges: [] })).toEqual([0, 0]);
    const pair = computeLayout({ ids: ['Method:x', 'Method:y'], edges: [[0, 1, 3]] });
    expect(pair.every(Number.isFinite) && (pair[0] !== pair[2] || pair[1] !== pair[3])).toBe(true);
    // Dangling indexes and self-links are ignored, not fatal.
    const odd = computeLayout({
      ids: ['a', 'b', 'c'],
      edges: [
        [0, 7, 1],
        [1, 1, 2],
        [1, 2, 1],
      ],
    });
    expect(odd.every(Number.isFinite)).toBe(true);
  });

  it('spends fewer iterations per node on bigger graphs, within bounds', () => {
    expect(layoutIterations(1)).toBe(0);
    expect(layoutIterations(100)).toBe(300);
    expect(layoutIterations(1500)).toBe(150);
    expect(layoutIterations(5000)).toBe(100);
    expect(layoutIterations(1500) * 1500).toBeGreaterThan(layoutIterations(300) * 300);
  });
});
