import { describe, expect, it } from 'vitest';
import { extract, find } from './helpers.ts';

describe('proposals with known names and title prefixes', () => {
  it('makes a lexicon name right after a proposal verb proposed ("We present FastRP, a ...")', () => {
    const e = extract(
      'Fast and Accurate Network Embeddings',
      'We present FastRP, a scalable and performant algorithm for learning node representations. It is faster than node2vec.',
    );
    expect(find(e.methods, 'FastRP')?.role).toBe('proposed');
    expect(find(e.methods, 'node2vec')?.role).toBe('used');
  });

  it('takes a name closing the object of a proposal verb as its appositive', () => {
    const e = extract(
      'Label-free Node Classification',
      'In light of these observations, this work introduces a label-free node classification on graphs with LLMs pipeline, LLM-GNN. It outperforms GCN.',
    );
    expect(find(e.methods, 'LLM-GNN')?.role).toBe('proposed');
    expect(find(e.methods, 'GCN')?.role).toBe('used');
  });

  it('takes the name before a title colon after a prefix phrase, even when a dataset lexicon knows it', () => {
    const e = extract(
      'Boosting Large-scale Parallel Training Efficiency with C4: A Communication-Driven Approach',
      'C4 reduces overhead by 30% on large clusters.',
    );
    expect(find(e.methods, 'C4')?.role).toBe('proposed');
    expect(find(e.datasets, 'C4')).toBeUndefined();
    expect(find(e.concepts, 'Boosting')).toBeUndefined();
  });

  it('outputs a benchmark named in the title as a proposed method and an introduced dataset', () => {
    const e = extract(
      'GSLB: The Graph Structure Learning Benchmark',
      'We introduce GSLB, a comprehensive benchmark for graph structure learning.',
    );
    expect(find(e.methods, 'GSLB')?.role).toBe('proposed');
    expect(find(e.datasets, 'GSLB')?.role).toBe('introduced');
  });

  it('keeps "MoE++" distinct from the concept MoE', () => {
    const e = extract(
      'MoE++: Accelerating Mixture-of-Experts Methods with Zero-Computation Experts',
      'We propose MoE++, a general and heterogeneous MoE framework. MoE++ outperforms vanilla MoE models.',
    );
    const own = find(e.methods, 'MoE++');
    expect(own?.role).toBe('proposed');
    expect(own?.aliases).not.toContain('MoE');
    expect(find(e.concepts, 'MoE')?.aliases).not.toContain('MoE++');
  });

  it('finds package names such as "Symbolics.jl"', () => {
    const e = extract(
      'Symbolic-numerics',
      'To this end, we developed Symbolics.jl, an extendable symbolic system which uses multiple dispatch.',
    );
    expect(find(e.methods, 'Symbolics.jl')?.role).toBe('proposed');
    expect(find(e.concepts, 'multiple dispatch')).toBeDefined();
  });
});

describe('title- and sentence-initial verb forms', () => {
  it('does not take a title-initial gerund with an object as a concept', () => {
    const e = extract('Boosting Large-scale Parallel Training', 'We study gradient boosting for tabular data.');
    expect(find(e.concepts, 'Boosting')).toBeUndefined();
    expect(find(e.concepts, 'gradient boosting')).toBeDefined();
  });

  it('keeps a gerund that is the topic ("Pruning for LLMs")', () => {
    const e = extract('Pruning for Large Language Models', 'Pruning removes weights.');
    expect(find(e.concepts, 'pruning')).toBeDefined();
  });
});

describe('alias coverage', () => {
  it('adds the headed and the bare surface forms of one entity', () => {
    const e = extract('X', 'We compare transformer models with the Griffin architecture. Griffin is fast.');
    expect(find(e.concepts, 'transformer')?.aliases).toEqual(expect.arrayContaining(['transformer', 'transformer models']));
    expect(find(e.methods, 'Griffin')?.aliases).toEqual(expect.arrayContaining(['Griffin architecture', 'Griffin']));
  });

  it('adds verb forms of a technique that occur in the text', () => {
    const e = extract('X', 'We study fine-tuning of models. The fine-tuned models beat instruction tuned LLMs; instruction tuning helps.');
    expect(find(e.concepts, 'fine-tuning')?.aliases).toContain('fine-tuned');
    expect(find(e.concepts, 'instruction tuning')?.aliases).toContain('instruction tuned');
  });

  it('gives every added alias an evidence span that slices it', () => {
    const abstract = 'We compare transformer models with the Griffin architecture and fine-tuned LLMs after fine-tuning.';
    const e = extract('X', abstract);
    for (const entity of [...e.methods, ...e.concepts]) {
      for (const ev of entity.evidence) expect(entity.aliases).toContain(abstract.slice(ev.start, ev.end));
    }
  });
});

describe('concept coverage', () => {
  it('knows technique families across systems, theory and graphs', () => {
    const abstract =
      'We combine pipeline parallelism and 3D parallelism with RDMA, congestion control, fair queuing and prefetching. ' +
      'We analyse a single-index model under squared loss, study sharpness and Kronecker products, and use network embedding via random projection, ' +
      'graph partitioning and dimension reduction over a computational graph with program analysis.';
    const e = extract('X', abstract);
    for (const name of [
      'pipeline parallelism',
      '3D parallelism',
      'RDMA',
      'congestion control',
      'fair queuing',
      'prefetching',
      'single-index model',
      'squared loss',
      'sharpness',
      'Kronecker products',
      'network embedding',
      'random projection',
      'graph partitioning',
      'dimension reduction',
      'computational graph',
      'program analysis',
    ]) {
      expect(find([...e.concepts, ...e.tasks], name), name).toBeDefined();
    }
  });

  it('reads technique phrases from head nouns only with a technique modifier', () => {
    const e = extract(
      'X',
      'We use gated mechanisms and quaternion networks. Our models and these networks are fast, and GPU decoding is cheap.',
    );
    expect(find(e.concepts, 'gated mechanisms')).toBeDefined();
    expect(find(e.concepts, 'quaternion networks')).toBeDefined();
    expect(find(e.concepts, 'these networks')).toBeUndefined();
    expect(find(e.concepts, 'GPU decoding')).toBeUndefined();
  });

  it('leaves fields and generic words out', () => {
    const e = extract('X', 'Deep learning and machine learning need optimization and generalization.');
    expect(e.concepts).toEqual([]);
  });
});

describe('task phrases', () => {
  it('reads tasks from head nouns and folds a bare head into the task phrase', () => {
    const e = extract('X', 'We study multi-output regression and news recommendation. Regression is hard.');
    const regression = find(e.tasks, 'multi-output regression');
    expect(regression?.aliases).toEqual(expect.arrayContaining(['Regression']));
    expect(find(e.tasks, 'news recommendation')).toBeDefined();
    expect(e.tasks.filter((t) => t.name.toLowerCase() === 'regression')).toEqual([]);
  });

  it('knows one-word and noun-headed tasks', () => {
    const e = extract('X', 'The model handles infilling, counting, memory mapping and runtime prediction.');
    for (const name of ['infilling', 'counting', 'memory mapping', 'runtime prediction']) expect(find(e.tasks, name), name).toBeDefined();
  });
});
