import { describe, expect, it } from 'vitest';
import { CorpusMemory, resolveCorpus } from '../../../../ingest/extract/corpus/index.ts';
import { extractPaper } from '../../../../ingest/extract/index.ts';
import type { EntityMention, PaperExtraction } from '../../../../ingest/types.ts';
import { paperRecord } from '../../../helpers/paper-record.ts';

function paper(id: string, title: string, abstract: string): PaperExtraction {
  return extractPaper(paperRecord(title, abstract, { id }));
}

type ListName = 'methods' | 'concepts' | 'datasets' | 'tasks' | 'metrics';
const LISTS: ListName[] = ['methods', 'concepts', 'datasets', 'tasks', 'metrics'];

/** The lists of a paper that hold an entity with `surface` among its name and aliases. */
function listsNaming(p: PaperExtraction, surface: string): ListName[] {
  const s = surface.toLowerCase();
  const names = (e: EntityMention) => e.name.toLowerCase() === s || e.aliases.some((a) => a.toLowerCase() === s);
  return LISTS.filter((list) => (p[list] as EntityMention[]).some(names));
}

function entityNaming(p: PaperExtraction, surface: string): EntityMention | undefined {
  for (const list of LISTS) {
    const found = (p[list] as EntityMention[]).find((e) => e.name === surface || e.aliases.includes(surface));
    if (found) return found;
  }
  return undefined;
}

describe('the corpus pass: one type per name', () => {
  it('makes a name typed as a dataset in one paper a dataset in every paper, with the votes kept', () => {
    const a = paper(
      'a',
      'Robust Pruning',
      'We evaluate our pruning method on the Zorblax-7 dataset and on CIFAR-10, where it improves accuracy by 2%.',
    );
    const b = paper('b', 'Faster Sparse Training', 'Our approach outperforms Zorblax-7 and reaches 91% accuracy. Zorblax-7 remains hard.');
    const c = paper('c', 'Label Noise at Scale', 'Models trained on Zorblax-7 forget rare classes first.');
    expect(listsNaming(a, 'Zorblax-7')).toEqual(['datasets']);
    const { papers, report } = resolveCorpus([a, b, c]);
    for (const p of papers) expect(listsNaming(p, 'Zorblax-7')).toEqual(['datasets']);
    const inB = papers[1].datasets.find((d) => d.name === 'Zorblax-7');
    expect(inB?.role).toBe('used');
    if (listsNaming(b, 'Zorblax-7')[0] !== 'datasets') {
      expect(inB?.recognisedBy).toBe('corpus');
      expect(inB?.typeVotes?.[0]).toMatch(/^dataset:/);
      expect(report.retyped).toBeGreaterThan(0);
    }
  });

  it('keeps a name every paper types alike untouched', () => {
    const a = paper('a', 'Sparse Attention', 'We compare against BERT and GPT-2 on GLUE.');
    const b = paper('b', 'Distilling Encoders', 'BERT is distilled into a small student evaluated on GLUE.');
    const { papers } = resolveCorpus([a, b]);
    expect(papers[0].datasets.map((d) => d.name)).toEqual(a.datasets.map((d) => d.name));
    expect(papers[1].methods.find((m) => m.name === 'BERT')?.typeVotes).toBeUndefined();
  });
});

describe('the corpus pass: one entity per thing', () => {
  it('resolves a bare acronym through the definition another paper gives', () => {
    const a = paper('a', 'Vortex Graphs', 'We study Graph Vortex Networks (GVNs) for molecule property prediction. GVNs scale well.');
    const b = paper('b', 'Training GVNs Faster', 'We show that GVNs train 3x faster with our sampler.');
    const before = entityNaming(b, 'GVNs');
    expect(before?.name).not.toBe('Graph Vortex Networks');
    const { papers, report } = resolveCorpus([a, b]);
    const after = entityNaming(papers[1], 'GVNs');
    expect(after?.name).toBe('Graph Vortex Networks');
    expect(after?.recognisedBy).toBe('corpus');
    expect(report.acronymsResolved).toBeGreaterThan(0);
  });

  it("keeps an ambiguous acronym apart by each paper's own definition and reports its meanings", () => {
    const a = paper('a', 'Kernels for Regression', 'We revisit Gaussian processes (GPs) for regression with noisy labels.');
    const b = paper('b', 'Evolving Programs', 'We apply genetic programming (GP) to symbolic regression.');
    const c = paper('c', 'Scaling GP', 'We show that GP scales to a million points with our solver.');
    const { papers, report } = resolveCorpus([a, b, c]);
    expect(entityNaming(papers[0], 'GPs')?.name).toMatch(/^Gaussian process/i);
    expect(entityNaming(papers[1], 'GP')?.name).toMatch(/^genetic programming$/i);
    const gp = report.ambiguousAcronyms.find((x) => x.acronym === 'GP');
    expect(gp?.meanings.join(' / ')).toMatch(/Gaussian processes.*genetic programming|genetic programming.*Gaussian processes/);
  });

  it('folds a clear misspelling into the better attested name, but not variants that differ in a digit', () => {
    const a = paper('a', 'Optimisers', 'We train with stochastic gradient descent and evaluate on ImageNet-1K.');
    const b = paper('b', 'Momentum', 'Plain stochastic gradient descent is compared with momentum on ImageNet-21K.');
    const c = paper('c', 'Noise', 'We analyse the noise of Stochastic Gradient Decent (SGD) in deep networks.');
    const { papers } = resolveCorpus([a, b, c]);
    const names = papers.flatMap((p) => LISTS.flatMap((l) => (p[l] as EntityMention[]).map((e) => e.name.toLowerCase())));
    expect(names).not.toContain('stochastic gradient decent');
    expect(entityNaming(papers[2], 'Stochastic Gradient Decent')?.name.toLowerCase()).toBe('stochastic gradient descent');
    expect(names).toContain('imagenet-1k');
    expect(names).toContain('imagenet-21k');
  });

  it('merges two entities of one paper that the corpus shows to be one thing, and renames claim mentions', () => {
    const a = paper(
      'a',
      'Graph Learning',
      'Graph Neural Networks (GNNs) are widely used. We show that our GNN layer improves accuracy by 4% on Cora.',
    );
    const { papers } = resolveCorpus([a]);
    const gnn = papers[0].concepts.concat(papers[0].methods).filter((e) => e.aliases.includes('GNNs') || e.name === 'GNN');
    expect(gnn.length).toBeLessThanOrEqual(1);
    const claimNames = papers[0].claims.flatMap((c) => c.mentions.map((m) => m.name));
    for (const name of claimNames)
      expect(
        LISTS.some((l) => (papers[0][l] as EntityMention[]).some((e) => e.name === name)) ||
          papers[0].hardware.some((h) => h.name === name),
      ).toBe(true);
  });
});

describe('the corpus pass across batches (incremental ingest)', () => {
  it('resolves a later batch against what an earlier batch decided', () => {
    const memory = new CorpusMemory();
    resolveCorpus(
      [paper('a', 'Flow Models', 'We propose Neural Ripple Flows (NRFs), a generative model trained on the Quasar-9 benchmark.')],
      memory,
    );
    const { papers } = resolveCorpus([paper('b', 'Sampling NRFs', 'Sampling from NRFs on Quasar-9 is 2x faster with our method.')], memory);
    expect(entityNaming(papers[0], 'NRFs')?.name).toBe('Neural Ripple Flows');
    expect(listsNaming(papers[0], 'Quasar-9')).toEqual(['datasets']);
  });

  it('keeps the name and type a stored graph already has (memory filled from Neo4j rows)', () => {
    const memory = new CorpusMemory([{ kind: 'dataset', name: 'Plinth-QA', aliases: ['Plinth-QA', 'PlinthQA'], papers: 5 }]);
    const { papers } = resolveCorpus(
      [paper('c', 'Reading Plinth', 'Our reader outperforms Plinth-QA baselines. Plinth-QA is hard.')],
      memory,
    );
    expect(listsNaming(papers[0], 'Plinth-QA')).toEqual(['datasets']);
  });
});
