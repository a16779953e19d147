/** Topic names on the canvas: never overlapping, inside the canvas, the first asked placed first. */
import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelRequest } from '../../../web/client/src/graph/label-placement.ts';

const viewport = { width: 800, height: 600 };
const overlap = (a: { left: number; top: number; width: number; height: number }, b: typeof a) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('placeLabels', () => {
  it('places names at their centres when there is room', () => {
    const placed = placeLabels(
      [
        { id: 0, x: 200, y: 200, width: 120, height: 20 },
        { id: 1, x: 600, y: 400, width: 120, height: 20 },
      ],
      viewport,
    );
    expect(placed.map((box) => [box.id, box.left + box.width / 2, box.top + box.height / 2])).toEqual([
      [0, 200, 200],
      [1, 600, 400],
    ]);
  });

  it('nudges or drops names that would cover others, and never lets two overlap', () => {
    const crowd: LabelRequest[] = Array.from({ length: 30 }, (_, i) => ({
      id: i,
      x: 400 + (i % 3) * 20,
      y: 300 + (i % 5) * 6,
      width: 160,
      height: 20,
    }));
    const placed = placeLabels(crowd, viewport);
    expect(placed[0].id).toBe(0);
    expect(placed.length).toBeGreaterThan(1);
    expect(placed.length).toBeLessThan(crowd.length);
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i], placed[j])).toBe(false);
  });

  it('keeps names inside the canvas', () => {
    const placed = placeLabels([{ id: 0, x: 790, y: 300, width: 120, height: 20 }], viewport);
    expect(placed).toEqual([]);
  });

  it('keeps names off what is drawn over the canvas', () => {
    const legend = { left: 0, top: 400, width: 250, height: 200 };
    const placed = placeLabels([{ id: 0, x: 120, y: 480, width: 120, height: 20 }], viewport, [legend]);
    expect(placed.every((box) => !overlap(box, legend))).toBe(true);
  });
});
