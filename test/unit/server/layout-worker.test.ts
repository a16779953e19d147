/** The layout worker thread and the memo in front of it: same positions as in-process, computed once per graph. */
import { afterAll, describe, expect, it } from 'vitest';
import { LayoutMemo, layoutKey } from '../../../web/server/layout/layout-memo.ts';
import { LayoutWorker } from '../../../web/server/layout/layout-worker-client.ts';
import { computeOverviewPicture, type OverviewPicture } from '../../../web/server/layout/overview-picture.ts';
import type { TopicMapInput } from '../../../web/server/layout/topic-map.ts';

/** A ring of entities, each named by a few papers of a 100-paper corpus. */
function ring(size: number, prefix = 'Method:n'): TopicMapInput {
  const nodes = Array.from({ length: size }, (_, i) => ({ id: `${prefix}${i}`, name: `${prefix}${i}`, paperCount: 3, generic: false }));
  const edges: TopicMapInput['edges'] = nodes.map((_, i) => [i, (i + 1) % size, 1 + (i % 3)]);
  return { nodes, edges, totalPapers: 100, hubPapers: 10 };
}

const worker = new LayoutWorker();
afterAll(() => worker.close());

describe('LayoutWorker', () => {
  it('computes in its thread exactly what computeOverviewPicture computes in-process, request after request', async () => {
    const [a, b] = await Promise.all([worker.layout(ring(30)), worker.layout(ring(45, 'Task:t'))]);
    expect(a).toEqual(computeOverviewPicture(ring(30)));
    expect(b).toEqual(computeOverviewPicture(ring(45, 'Task:t')));
  });

  it('refuses work once closed', async () => {
    const closing = new LayoutWorker();
    await closing.layout(ring(5));
    await closing.close();
    await expect(closing.layout(ring(5))).rejects.toThrow(/closed/);
  });
});

describe('LayoutMemo', () => {
  it('lays out each graph once and tells different graphs apart', async () => {
    const computed: string[] = [];
    const memo = new LayoutMemo(async (input) => {
      computed.push(input.nodes[0].id);
      return computeOverviewPicture(input);
    });
    const first = await memo.layout(ring(10));
    expect(await memo.layout(ring(10))).toBe(first);
    await memo.layout(ring(10, 'Dataset:d'));
    const heavier = ring(10);
    heavier.edges[0][2] = 9;
    await memo.layout(heavier);
    expect(computed).toEqual(['Method:n0', 'Dataset:d0', 'Method:n0']);
    expect(layoutKey(heavier)).not.toBe(layoutKey(ring(10)));
  });

  it('forgets failures and keeps only the most recently used layouts', async () => {
    let calls = 0;
    let fail = true;
    const memo = new LayoutMemo(async (input): Promise<OverviewPicture> => {
      calls++;
      if (fail) throw new Error('worker gone');
      return computeOverviewPicture(input);
    }, 2);
    await expect(memo.layout(ring(4))).rejects.toThrow('worker gone');
    fail = false;
    await memo.layout(ring(4));
    await memo.layout(ring(5));
    await memo.layout(ring(4));
    await memo.layout(ring(6));
    expect(calls).toBe(4);
    await memo.layout(ring(4));
    expect(calls).toBe(4);
    await memo.layout(ring(5));
    expect(calls).toBe(5);
  });
});
