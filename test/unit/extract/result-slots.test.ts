/**
 * The slot rules of results (GUIDE "Results (structured claims)"), each on a sentence shaped like a real abstract's
 * (arXiv records of the dev set) with invented names, so the rule is what is tested, not a lexicon.
 */
import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../ingest/extract/index.ts';
import { subjectPhrase } from '../../../ingest/extract/results/subject.ts';
import type { PaperExtraction, PaperRecord, ResultExtraction } from '../../../ingest/types.ts';
import { paperRecord } from '../../helpers/paper-record.ts';

const record = (title: string, abstract: string): PaperRecord => paperRecord(title, abstract, { id: 'p-slots' });

const extract = (title: string, abstract: string): PaperExtraction => extractPaper(record(title, abstract));
const resultsOf = (title: string, abstract: string): ResultExtraction[] => extract(title, abstract).results ?? [];
const row = (r: ResultExtraction) => [r.raw, r.kind, r.metric, r.dataset, r.subject, r.baseline];

describe('result slots: lists and datasets', () => {
  it('pairs a list of values with the datasets named before it, and shares the measure written before the list', () => {
    const results = resultsOf(
      'QuillNet: ultra-light sleep staging',
      'We propose QuillNet, an ultra-lightweight network for sleep stage scoring. ' +
        'Evaluated on the Zorblat-20 and Zorblat-78 datasets, QuillNet achieves accuracies of 86.9% and 81.4%, respectively, ' +
        'outperforming the best baseline by 3.26% and 2.17%.',
    );
    expect(results.map(row)).toEqual([
      ['86.9%', 'score', 'accuracies', 'Zorblat-20', 'QuillNet', 'best baseline'],
      ['81.4%', 'score', 'accuracies', 'Zorblat-78', 'QuillNet', 'best baseline'],
      // A value with no measure of its own, in the same unit and run of the sentence, measures what the one before did.
      ['3.26%', 'improvement', 'accuracies', 'Zorblat-20', 'QuillNet', 'best baseline'],
      ['2.17%', 'improvement', 'accuracies', 'Zorblat-78', 'QuillNet', 'best baseline'],
    ]);
  });

  it('keeps a dataset written after one value off the next value, which names its own data', () => {
    const results = resultsOf(
      'QuillNet',
      'We introduce QuillNet, a cortex-inspired network. ' +
        'Our results show that QuillNet achieves a classification accuracy of 92.1% on the Zorblat-10 dataset and 74.4% on the light field dataset, ' +
        'surpassing contemporary models of comparable size.',
    );
    expect(results.map(row)).toEqual([
      ['92.1%', 'score', 'classification accuracy', 'Zorblat-10', 'QuillNet', 'contemporary models of comparable size'],
      ['74.4%', 'score', 'classification accuracy', null, 'QuillNet', 'contemporary models of comparable size'],
    ]);
  });
});

describe('result slots: measures', () => {
  it('skips a measure that belongs to a setting ("at 305M FLOPs", "(301M FLOPs)") and compares with the next baseline', () => {
    const results = resultsOf(
      'QuillNet',
      'We present QuillNet, a one-shot channel search. ' +
        'Notably, our QuillNet-B at 305M FLOPs achieves 74.2% top-1 accuracy, 2.4% better than FooNet (301M FLOPs), ' +
        'and even 0.2% better than BarNet (317M FLOPs).',
    );
    expect(results.map(row)).toEqual([
      ['74.2%', 'score', 'top-1 accuracy', null, 'QuillNet-B', 'FooNet'],
      ['2.4%', 'improvement', 'top-1 accuracy', null, 'QuillNet-B', 'FooNet'],
      ['0.2%', 'improvement', 'top-1 accuracy', null, 'QuillNet-B', 'BarNet'],
    ]);
  });

  it('reads no measure from idioms and adjectives ("of the time", "cost-effective") and gives "cost of N" to N', () => {
    const results = resultsOf(
      'QuillNet',
      'We propose QuillNet, a feedback-driven agent framework. ' +
        'Our framework also supports rapid, cost-effective task execution, completing each simulation in approximately 30 seconds at an average cost of 0.014 USD for tokens. ' +
        'We show that these models produce fully compliant citations only 69%-74% of the time.',
    );
    expect(results.map((r) => [r.raw, r.metric])).toEqual([
      ['30 seconds', null],
      ['0.014', 'cost'],
      ['69%-74%', null],
    ]);
  });

  it('keeps the compute of the output ("7.89M FLOPs") and drops bounds written as constraints ("(D95 >= 40.0 Gy)")', () => {
    const results = resultsOf(
      'QuillNet',
      'We propose QuillNet, a registration network. ' +
        'QuillNet achieves accuracies of 86.9% with only 13.3K parameters and 7.89M FLOPs. ' +
        'Dose accumulation showed 83.3% of patients met target coverage (D95 >= 40.0 Gy) and sparing (D50 <= 20.0 Gy) constraints.',
    );
    expect(results.map((r) => r.raw)).toEqual(['86.9%', '7.89M', '83.3%']);
    expect(results[1].metric).toBe('FLOPs');
  });
});

describe('result slots: kinds of parallel values', () => {
  it('gives a value in a parallel phrase the kind and measure of the one before ("by, on average, 38.5% for X and 19.5% for others")', () => {
    const results = resultsOf(
      'Comparative judgment',
      'We compare three annotation setups. ' +
        'We find that side-by-side annotation enhances error marking consistency compared to pointwise annotation by, on average, 38.5% for compared systems and 19.5% for others.',
    );
    expect(results.map((r) => [r.raw, r.kind, r.metric])).toEqual([
      ['38.5%', 'improvement', 'error marking consistency'],
      ['19.5%', 'improvement', 'error marking consistency'],
    ]);
  });

  it('does not read an adjective ("advanced capabilities") or a later "and notable gains" as an improvement', () => {
    const results = resultsOf(
      'QuillNet',
      'We propose QuillNet, a chunk-wise retrieval framework. ' +
        'Our findings reveal that frontier reasoning models struggle at advanced diagnostic capabilities with average score of 31%. ' +
        'Experiments show that QuillNet achieves a Top-1 Hit Rate of 90.77% and notable gains in ranking quality.',
    );
    expect(results.map((r) => [r.raw, r.kind, r.metric, r.subject])).toEqual([
      ['31%', 'score', 'average score', 'frontier reasoning models'],
      ['90.77%', 'score', 'Top-1 Hit Rate', 'QuillNet'],
    ]);
  });
});

describe('result slots: subjects and baselines', () => {
  it('takes the systems named in parentheses as the baseline and the antecedent of ", which achieved" as the subject', () => {
    const results = resultsOf(
      'Power simulation agents',
      'We propose a feedback-driven, multi-agent framework. ' +
        'Validated on 69 diverse tasks, this framework achieves a success rate of 93.13%, significantly outperforming the latest LLMs ' +
        '(ZetaChat and Omni-7), which achieved a 27.77% success rate on standard tasks and 0% on complex tasks.',
    );
    expect(results.map(row)).toEqual([
      ['93.13%', 'score', 'success rate', null, '(this paper)', 'ZetaChat and Omni-7'],
      ['27.77%', 'score', 'success rate', null, 'ZetaChat and Omni-7', null],
      ['0%', 'score', 'success rate', null, 'ZetaChat and Omni-7', null],
    ]);
  });

  it("reads a clause's own subject phrase when it is no extracted name", () => {
    const results = resultsOf(
      'Prompting with pseudo-code',
      'We study prompting with pseudo-code. ' +
        'Our experiments show that using pseudo-code instructions leads to better results, with an average increase of 7-16 points in F1 scores. ' +
        'The results show that the task is hard, where state-of-the-art obtains 52.26% accuracy and our model obtains 58.38%.',
    );
    expect(results.map((r) => [r.raw, r.subject])).toEqual([
      ['7-16 points', 'pseudo-code instructions'],
      ['52.26%', 'state-of-the-art'],
      ['58.38%', '(this paper)'],
    ]);
  });

  it('keeps generic or own-work phrases out of the subject', () => {
    expect(subjectPhrase('in-context learning on the underlying system of rules raises')).toBe('in-context learning');
    expect(subjectPhrase('after the first step of training, the network achieves')).toBeNull();
    expect(subjectPhrase('the boundary data oversampling method improves')).toBeNull();
    expect(subjectPhrase('extensive experiments achieve')).toBeNull();
    expect(subjectPhrase('it achieves')).toBeNull();
  });
});

describe('metric and task heads', () => {
  const names = (e: PaperExtraction, type: 'metrics' | 'tasks') => e[type].map((m) => m.name.toLowerCase());

  it('reads measures named by rate, score, correlation, variance and coefficient heads, qualifiers kept', () => {
    const e = extract(
      'QuillNet',
      'We propose QuillNet for neural response prediction. ' +
        'QuillNet improves the rank correlation by 2% and the sentence-level score by 3 points. ' +
        'It reaches a Top-1 Hit Rate of 90.77% and an equal error rate of 2.85%.',
    );
    expect(names(e, 'metrics')).toEqual(
      expect.arrayContaining(['rank correlation', 'sentence-level score', 'top-1 hit rate', 'equal error rate']),
    );
  });

  it('does not take judging words or verbs for a measure\'s qualifier ("excellent accuracy", "raises accuracy")', () => {
    const e = extract(
      'QuillNet',
      'We propose QuillNet. QuillNet reaches excellent accuracy of 91.2% and in-context learning raises accuracy to 77%, with minor accuracy loss of 0.3%.',
    );
    const metrics = names(e, 'metrics');
    expect(metrics.some((m) => /excellent|raises|minor/.test(m))).toBe(false);
  });

  it('reads tasks named by registration, screening, identification, scoring and monitoring heads', () => {
    const e = extract(
      'QuillNet: multimodal sleep stage scoring',
      'Accurate deformable image registration is required for lung nodule screening. ' +
        'We also address speaker identification and continuous sleep monitoring on wearable devices.',
    );
    expect(names(e, 'tasks')).toEqual(
      expect.arrayContaining([
        'multimodal sleep stage scoring',
        'image registration',
        'lung nodule screening',
        'speaker identification',
        'sleep monitoring',
      ]),
    );
  });
});
