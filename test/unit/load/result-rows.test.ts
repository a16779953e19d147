import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../ingest/extract/index.ts';
import { buildPaperRows } from '../../../ingest/load/rows.ts';
import { paperRecord } from '../../helpers/paper-record.ts';

const ABSTRACT =
  'We propose FastNet, a convolutional network for image classification. ' +
  'FastNet achieves 92.1% accuracy on CIFAR-10, outperforming ResNet-50 by 3.2 points. ' +
  'Compared with SlowNet, it trains 2.5x faster on ImageNet.';

describe('result rows', () => {
  const extraction = extractPaper(paperRecord('FastNet', ABSTRACT, { id: 'p-fast' }));
  const rows = buildPaperRows(extraction, 'test');

  it('key each result <claim key>#<index in the claim>, with its offsets in the sentence', () => {
    expect(rows.results.map((r) => r.key)).toEqual(['p-fast#70#0', 'p-fast#70#1', 'p-fast#154#0']);
    for (const row of rows.results) {
      const claim = rows.claims.find((c) => c.key === row.claimKey);
      expect(claim?.text.slice(row.start, row.end)).toBe(row.raw);
    }
  });

  it("link only to the paper's own entities, by canonical key, and keep every slot's name", () => {
    const [score, improvement, speedup] = rows.results;
    expect(score).toMatchObject({
      kind: 'score',
      value: 92.1,
      metricKey: 'accuracy',
      datasetKey: 'cifar10',
      subjectKey: 'fastnet',
      baselineKey: 'resnet50',
      higherIsBetter: true,
    });
    expect(improvement).toMatchObject({ kind: 'improvement', raw: '3.2 points', subjectName: 'FastNet' });
    expect(speedup).toMatchObject({ kind: 'speedup', metricName: null, metricKey: null });
    const keys = new Set(rows.entities.map((e) => `${e.label}:${e.key}`));
    for (const row of rows.results) {
      if (row.datasetKey) expect(keys).toContain(`Dataset:${row.datasetKey}`);
      if (row.metricKey) expect(keys).toContain(`Metric:${row.metricKey}`);
      for (const method of [row.subjectKey, row.baselineKey]) if (method) expect(keys).toContain(`Method:${method}`);
    }
  });

  it('reads an extraction without results (from an older extractor) as none', () => {
    const { results: _dropped, ...older } = extraction;
    expect(buildPaperRows(older, 'test').results).toEqual([]);
  });
});
