import { describe, expect, it } from 'vitest';
import { parseGoldJsonl } from '../../../scripts/bench/lib/gold.ts';
import type { GoldPaper } from '../../../scripts/bench/lib/gold.ts';
import {
  claimMatches,
  hardwareKind,
  normaliseName,
  prf,
  scoreAliasGroups,
  scoreClaims,
  scoreHardware,
  scorePaper,
} from '../../../scripts/bench/lib/scoring.ts';
import type { PaperExtraction } from '../../../ingest/types.ts';
import { paperRecord } from '../../helpers/paper-record.ts';

const entity = (name: string, ...aliases: string[]) => ({ name, aliases: [name, ...aliases] });

describe('normaliseName (GUIDE normalisation)', () => {
  it.each([
    ['CIFAR-10', 'cifar10'],
    ['CIFAR10', 'cifar10'],
    ['GNNs', 'gnn'],
    ['Graph Neural Networks', 'graphneuralnetwork'],
    ['ImageNet‑1k', 'imagenet1k'],
    ['ＢＥＲＴ', 'bert'],
    ['Delayed ε-Shrinking', 'delayedεshrinking'],
  ])('%s -> %s', (name, key) => expect(normaliseName(name)).toBe(key));
});

describe('scoreAliasGroups', () => {
  it('matches a prediction to a group through any alias and counts each side separately', () => {
    const gold = [['Graph Neural Networks', 'GNNs'], ['link prediction'], ['Cora']];
    const predicted = [entity('GNN'), entity('graph neural networks'), entity('node classification')];
    const outcome = scoreAliasGroups(gold, predicted);
    expect(outcome.counts).toEqual({ correctPredicted: 2, predicted: 3, found: 1, gold: 3 });
    expect(outcome.falsePositives).toEqual(['node classification']);
    expect(outcome.falseNegatives).toEqual(['link prediction', 'Cora']);
  });

  it('uses the aliases of the prediction, not only its name', () => {
    const outcome = scoreAliasGroups([['NCN']], [entity('Neural Common Neighbor', 'NCN')]);
    expect(outcome.counts).toEqual({ correctPredicted: 1, predicted: 1, found: 1, gold: 1 });
  });

  it('scores empty against empty as perfect and one-sided emptiness as zero', () => {
    expect(prf(scoreAliasGroups([], []).counts)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(prf(scoreAliasGroups([['X']], []).counts)).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(prf(scoreAliasGroups([], [entity('X')]).counts)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('hardware scoring by canonical kind', () => {
  it.each([
    ['NVIDIA A100', 'A100'],
    ['NVIDIA RTX 3090', 'RTX 3090'],
    ['TPU v3', 'TPU'],
    ['GPU cluster', 'GPU'],
    ['multi-GPU', 'GPU'],
    ['edge devices', 'edge'],
    ['mobile devices', 'mobile'],
    ['microcontrollers', 'microcontroller'],
    ['Ascend NPU', 'NPU'],
    ['NVIDIA RTX 2080 Ti', 'nvidiartx2080ti'],
  ])('%s is kind %s', (name, kind) => expect(hardwareKind(name)).toBe(kind));

  it('counts one per kind per paper', () => {
    const hw = (name: string) => ({ name, count: null, surface: name, evidence: [] });
    const outcome = scoreHardware(
      [
        { name: 'GPU', surface: 'GPUs', count: null },
        { name: 'NVIDIA H100', surface: 'H100', count: null },
      ],
      [hw('GPU'), hw('multi-GPU'), hw('GPU'), hw('CPU')],
    );
    expect(outcome.counts).toEqual({ correctPredicted: 1, predicted: 2, found: 1, gold: 2 });
    expect(outcome.falsePositives).toEqual(['CPU']);
    expect(outcome.falseNegatives).toEqual(['H100']);
  });
});

describe('claim matching (word-set overlap)', () => {
  const gold = 'NCN and NCNC outperform recent strong baselines by large margins.';
  it('accepts the same sentence and small tokenisation differences', () => {
    expect(claimMatches(gold, gold)).toBe(true);
    expect(claimMatches(gold, 'NCN and NCNC outperform recent strong baselines by large margins')).toBe(true);
  });
  it('accepts a longer prediction that covers the gold sentence while half its words are gold', () => {
    expect(claimMatches(gold, `${gold} Also it is fast and cheap.`)).toBe(true);
  });
  it('rejects a prediction that merges too much or covers too little', () => {
    expect(
      claimMatches(gold, `${gold} Moreover this paper also studies several unrelated questions about graphs and trees and forests.`),
    ).toBe(false);
    expect(claimMatches(gold, 'NCN outperforms baselines.')).toBe(false);
  });
  it('counts matched predictions and found gold sentences', () => {
    const outcome = scoreClaims([gold, 'NCNC achieves state-of-the-art performance in link prediction tasks.'], [gold, 'We propose NCN.']);
    expect(outcome.counts).toEqual({ correctPredicted: 1, predicted: 2, found: 1, gold: 2 });
    expect(prf(outcome.counts).f1).toBeCloseTo(0.5);
  });
});

describe('scorePaper', () => {
  const [gold] = parseGoldJsonl(
    JSON.stringify({
      id: 'p1',
      title: 'T',
      abstract: 'A',
      methods_proposed: [['Neural Common Neighbor', 'NCN']],
      methods_named: [['GCN']],
      concepts: [['graph neural networks', 'GNNs']],
      datasets: [
        { aliases: ['Cora'], introduced: false },
        { aliases: ['NewSet'], introduced: true },
      ],
      tasks: [['link prediction']],
      metrics: [['accuracy']],
      hardware: [{ name: 'GPU', surface: 'GPUs', count: null }],
      claims: [{ sentence: 'NCN beats GCN by 5%.', numbers: ['5%'] }],
      code_url: 'https://github.com/a/b',
    }),
    'inline.jsonl',
  ) as GoldPaper[];
  const predicted: PaperExtraction = {
    ...paperRecord('T', 'A', { id: 'p1' }),
    methods: [
      { ...entity('NCN'), role: 'used', evidence: [] },
      { ...entity('GCN'), role: 'proposed', evidence: [] },
    ],
    concepts: [
      { ...entity('GNN'), evidence: [] },
      { ...entity('deep learning'), evidence: [] },
    ],
    datasets: [
      { ...entity('Cora'), role: 'used', evidence: [] },
      { ...entity('NewSet'), role: 'introduced', evidence: [] },
    ],
    tasks: [{ ...entity('link prediction'), evidence: [] }],
    metrics: [],
    hardware: [{ name: 'GPU', count: null, surface: 'GPU', evidence: [] }],
    claims: [{ text: 'NCN beats GCN by 5%.', start: 0, end: 20, numbers: [{ raw: '5%', value: 5, unit: '%' }], mentions: [] }],
    codeUrls: ['https://github.com/a/b'],
  };
  const outcomes = scorePaper(gold, predicted);

  it('compares methods+concepts, named and proposed methods as the GUIDE says', () => {
    expect(outcomes['methods+concepts'].counts).toEqual({ correctPredicted: 3, predicted: 4, found: 3, gold: 3 });
    expect(outcomes['named methods'].counts).toEqual({ correctPredicted: 2, predicted: 2, found: 2, gold: 2 });
    // GCN is predicted as proposed (wrong role), NCN as used: proposed methods gets neither right.
    expect(outcomes['proposed methods'].counts).toEqual({ correctPredicted: 0, predicted: 1, found: 0, gold: 1 });
  });

  it('scores datasets, tasks, metrics, hardware, claims and the diagnostics', () => {
    expect(prf(outcomes.datasets.counts).f1).toBe(1);
    expect(prf(outcomes['introduced datasets'].counts).f1).toBe(1);
    expect(prf(outcomes.tasks.counts).f1).toBe(1);
    expect(outcomes.metrics.counts).toEqual({ correctPredicted: 0, predicted: 0, found: 0, gold: 1 });
    expect(prf(outcomes.hardware.counts).f1).toBe(1);
    expect(prf(outcomes.claims.counts).f1).toBe(1);
    expect(prf(outcomes['claim numbers*'].counts).f1).toBe(1);
    expect(prf(outcomes['code URLs*'].counts).f1).toBe(1);
  });
});

describe('parseGoldJsonl', () => {
  it('names the file and line of a bad record', () => {
    expect(() => parseGoldJsonl('{"title":"t","abstract":"a"}\n{oops', 'dev.jsonl')).toThrow('dev.jsonl:2');
    expect(() => parseGoldJsonl('{"title":"t"}', 'dev.jsonl')).toThrow('dev.jsonl:1: needs title and abstract');
  });

  it('skips and reports bad lines when asked to, keeping the good ones', () => {
    const problems: string[] = [];
    const papers = parseGoldJsonl(
      '{"id":"a","title":"t","abstract":"a"}\n{"id":"b","title":\n\n{"id":"c","title":"t","abstract":"a"}',
      'extra.jsonl',
      (p) => problems.push(p),
    );
    expect(papers.map((p) => p.id)).toEqual(['a', 'c']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^extra\.jsonl:2: not JSON/);
  });
});
