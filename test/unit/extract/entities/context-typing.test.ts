import { describe, expect, it } from 'vitest';
import { extract, find } from './helpers.ts';

/** Names here are invented (no lexicon lists them), so only the context rules can type them. */
describe('names typed by the dataset word after them', () => {
  it('types a capitalised word before "dataset" as a dataset, with the headed span as evidence', () => {
    const abstract = 'Experiments on the Zorblax dataset show that our model is accurate.';
    const e = extract('Forecasting with trees', abstract);
    const zorblax = find(e.datasets, 'Zorblax');
    expect(zorblax).toBeDefined();
    expect(find(e.methods, 'Zorblax')).toBeUndefined();
    const spans = zorblax!.evidence.map((s) => abstract.slice(s.start, s.end));
    expect(spans).toContain('Zorblax dataset');
  });

  it('keeps up to two capitalised words of a multi-word name, even before a capitalised "Dataset"', () => {
    const e = extract('Music tagging', 'Finally, the genre labels for the Quillon Harp Dataset are provided.');
    expect(find(e.datasets, 'Quillon Harp')).toBeDefined();
  });

  it('leaves out a word that opens the sentence, a language and an evaluative word', () => {
    const e = extract(
      'Parsing',
      'Public datasets are scarce. We add an English corpus and a Large benchmark. The Vexmoor database is new to this work.',
    );
    expect(e.datasets.map((d) => d.name)).toEqual(['Vexmoor']);
  });

  it('grows the evidence of a dataset over "data set", "collection" and "test set"', () => {
    const abstract = 'We evaluate on Trellico. Results on the Trellico test collection and the Brambly data set agree.';
    const e = extract('Retrieval', abstract);
    const spans = e.datasets.flatMap((d) => d.evidence.map((s) => abstract.slice(s.start, s.end)));
    expect(spans).toEqual(expect.arrayContaining(['Trellico test collection', 'Brambly data set']));
  });

  it('names the edition of a dataset by the year after it, a variant of its own', () => {
    const e = extract('Detection', 'We train on the Quorvex 2012 dataset and test on the Quorvex dataset.');
    expect(find(e.datasets, 'Quorvex 2012')).toBeDefined();
  });

  it('reads every name of a list opened by "the datasets" or by a dash after a dataset word', () => {
    const e = extract(
      'Graph learning',
      'It achieves higher accuracy on the datasets Plimco, Drabnet and Suvola. We use four QA datasets-ZetaQA, Kwill, and Morrow-demonstrating gains.',
    );
    for (const name of ['Plimco', 'Drabnet', 'Suvola', 'ZetaQA', 'Kwill', 'Morrow']) expect(find(e.datasets, name), name).toBeDefined();
    expect(find(e.datasets, 'datasets-ZetaQA')).toBeUndefined();
  });
});

describe('tasks and metrics by their heads and contexts', () => {
  it('types an acronym definition by any task head ("generation", "synthesis")', () => {
    const e = extract('Sequences', 'Glimmer sequence generation (GSG) synthesizes realistic sequences.');
    expect(find(e.tasks, 'GSG')).toBeDefined();
  });

  it('keeps a proposed definition with a task head a method', () => {
    const e = extract('Weights', 'In this work, we propose PWQ (Prompted Weight Quill Generation), an autoregressive framework.');
    expect(find(e.methods, 'PWQ')?.role).toBe('proposed');
    expect(find(e.tasks, 'PWQ')).toBeUndefined();
  });

  it('qualifies a known task by what it works from ("skeleton-based"), not by a technique ("transformer-based")', () => {
    const e = extract(
      'Actions',
      'We study skeleton-based action recognition. A transformer-based image classification model is our baseline.',
    );
    expect(find(e.tasks, 'skeleton-based action recognition')).toBeDefined();
    expect(find(e.tasks, 'transformer-based image classification')).toBeUndefined();
    expect(find(e.tasks, 'image classification')).toBeDefined();
  });

  it('reads "X placement" and "text annotation" as tasks', () => {
    const e = extract('Sensors', 'We address sensor placement in bridges and automated text annotation of posts.');
    expect(find(e.tasks, 'sensor placement')).toBeDefined();
    expect(find(e.tasks, 'text annotation')).toBeDefined();
  });

  it('does not read "at runtime" as the metric runtime, but keeps a reported runtime', () => {
    const moment = extract('Kernels', 'The kernel is selected at runtime by a cost model.');
    expect(find(moment.metrics, 'runtime')).toBeUndefined();
    const measure = extract('Kernels', 'Our compiler cuts the runtime by 40% on average.');
    expect(find(measure.metrics, 'runtime')).toBeDefined();
  });

  it('reads computational and estimation measures as metrics', () => {
    const e = extract('Imputation', 'Our model improves estimation accuracy and adds only a small computational overhead.');
    expect(find(e.metrics, 'estimation accuracy')).toBeDefined();
    expect(find(e.metrics, 'computational overhead')).toBeDefined();
  });
});
