import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../ingest/extract/index.ts';
import { metricHigherIsBetter } from '../../../graph-schema/metric-direction.ts';
import type { PaperRecord, ResultExtraction } from '../../../ingest/types.ts';
import { paperRecord } from '../../helpers/paper-record.ts';
import { goldValueNumber, scoreResults, slotMatches } from '../../../scripts/bench/lib/result-scoring.ts';

const record = (title: string, abstract: string): PaperRecord => paperRecord(title, abstract, { id: 'p-results' });

const resultsOf = (title: string, abstract: string): ResultExtraction[] => extractPaper(record(title, abstract)).results ?? [];
const slots = (r: ResultExtraction) => ({
  raw: r.raw,
  kind: r.kind,
  metric: r.metric,
  dataset: r.dataset,
  subject: r.subject,
  baseline: r.baseline,
});

describe('extractResults', () => {
  it("fills the issue's example: a score on a dataset and an improvement over a named baseline", () => {
    const abstract =
      'We propose FastNet, a convolutional network for image classification. ' +
      'FastNet achieves 92.1% accuracy on CIFAR-10, outperforming ResNet-50 by 3.2 points.';
    const results = resultsOf('FastNet: fast image classification', abstract);
    expect(results.map(slots)).toEqual([
      { raw: '92.1%', kind: 'score', metric: 'accuracy', dataset: 'CIFAR-10', subject: 'FastNet', baseline: 'ResNet-50' },
      { raw: '3.2 points', kind: 'improvement', metric: 'accuracy', dataset: 'CIFAR-10', subject: 'FastNet', baseline: 'ResNet-50' },
    ]);
    const [score] = results;
    expect(abstract.slice(score.start, score.end)).toBe('92.1%');
    expect(score.value).toBe(92.1);
    expect(score.higherIsBetter).toBe(true);
  });

  it('reads speedups, reductions and coordinated lists, and drops sizes and settings', () => {
    const abstract =
      'We present Zephyr, a training system for large models. ' +
      'Experiments on 256 GPUs with a 7B model show that Zephyr reduces memory footprint by 40% and trains 2.5x faster than DeepSpeed. ' +
      'Compared with FSDP, Zephyr obtains 12%, 1.8x, and 3x reductions in latency, energy, and area.';
    const results = resultsOf('Zephyr', abstract);
    expect(results.map((r) => [r.raw, r.kind, r.metric, r.baseline])).toEqual([
      // The comparison belongs to the second clause's value only.
      ['40%', 'reduction', 'memory footprint', null],
      ['2.5x', 'speedup', null, 'DeepSpeed'],
      ['12%', 'reduction', 'latency', 'FSDP'],
      ['1.8x', 'reduction', 'energy', 'FSDP'],
      ['3x', 'reduction', 'area', 'FSDP'],
    ]);
    expect(results.every((r) => r.subject === 'Zephyr')).toBe(true);
    expect(results.find((r) => r.metric === 'latency')?.higherIsBetter).toBe(false);
  });

  it('keeps only the end of a change and joins a range into one result', () => {
    const abstract =
      'We propose QuillNet, a layer-wise adaptive optimizer for pre-training. ' +
      'Experiments show that QuillNet reduces BERT training time from 3 days to 76 minutes. ' +
      'Our method saves energy by 12.4% to 17.5% across runs.';
    const results = resultsOf('QuillNet: fast pre-training', abstract);
    expect(results.map((r) => [r.raw, r.kind, r.metric])).toEqual([
      ['76 minutes', 'score', 'training time'],
      ['12.4% to 17.5%', 'reduction', 'energy'],
    ]);
    // "Our method" is the paper's proposed method.
    expect(results.map((r) => r.subject)).toEqual(['QuillNet', 'QuillNet']);
  });
});

describe('metricHigherIsBetter', () => {
  it('knows the direction of common metrics and says null otherwise', () => {
    expect([
      metricHigherIsBetter('FID'),
      metricHigherIsBetter('top-1 error'),
      metricHigherIsBetter('perplexity'),
      metricHigherIsBetter('inference latency'),
    ]).toEqual([false, false, false, false]);
    expect([
      metricHigherIsBetter('accuracy'),
      metricHigherIsBetter('F1'),
      metricHigherIsBetter('BLEU'),
      metricHigherIsBetter('box AP'),
    ]).toEqual([true, true, true, true]);
    expect([metricHigherIsBetter('accuracy loss'), metricHigherIsBetter('novelty'), metricHigherIsBetter(null)]).toEqual([
      false,
      null,
      null,
    ]);
  });
});

describe('result scoring', () => {
  it('matches on sentence and number, and compares slots by containment and aliases', () => {
    expect(goldValueNumber('5-40 times')).toBe(5);
    expect(goldValueNumber('4,000 times')).toBe(4000);
    expect(slotMatches('COCO test-dev', 'COCO')).toBe(true);
    expect(slotMatches('PCCL', 'Prime Collective Communications Library', () => ['PCCL'])).toBe(true);
    expect(slotMatches(null, 'accuracy')).toBe(false);
    const [predicted] = resultsOf('FastNet', 'FastNet achieves 92.1% accuracy on CIFAR-10.');
    const outcome = scoreResults(
      [
        {
          sentence: 'FastNet achieves 92.1% accuracy on CIFAR-10.',
          value: '92.1%',
          kind: 'score',
          metric: 'accuracy',
          dataset: 'CIFAR10',
          subject: 'FastNet',
          baseline: null,
        },
      ],
      [predicted],
    );
    expect(outcome.counts).toEqual({ correctPredicted: 1, predicted: 1, found: 1, gold: 1 });
    expect(Object.values(outcome.slots).every((s) => s.right === 1)).toBe(true);
  });
});
