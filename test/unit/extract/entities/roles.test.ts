import { describe, expect, it } from 'vitest';
import { extract, find } from './helpers.ts';

describe('proposed vs used methods', () => {
  it('marks "we propose X (Y)" as proposed and both forms as one method', () => {
    const e = extract(
      'Neural Common Neighbor with Completion for Link Prediction',
      'To upgrade performance while maintaining scalability, we propose Neural Common Neighbor (NCN), which uses learnable pairwise representations. ' +
        'To further boost NCN, we study the unobserved link problem. NCN outperforms recent strong baselines such as BERT by large margins.',
    );
    const ncn = find(e.methods, 'NCN');
    expect(ncn?.role).toBe('proposed');
    expect(ncn?.name).toBe('Neural Common Neighbor');
    expect(ncn?.aliases).toEqual(expect.arrayContaining(['Neural Common Neighbor', 'NCN']));
    expect(find(e.methods, 'BERT')?.role).toBe('used');
    expect(find(e.tasks, 'link prediction')).toBeDefined();
  });

  it('takes a name from the title prefix "X: ..."', () => {
    const e = extract(
      'GNNPipe: Scaling Deep GNN Training with Pipelined Model Parallelism',
      'Communication is a key bottleneck for distributed graph neural network (GNN) training. Being the first to use layer-level model parallelism for GNN training, GNNPipe partitions GNN layers among GPUs.',
    );
    expect(find(e.methods, 'GNNPipe')?.role).toBe('proposed');
    expect(find(e.concepts, 'GNN')).toBeDefined();
    expect(find(e.concepts, 'model parallelism')).toBeDefined();
    expect(find(e.methods, 'GPUs')).toBeUndefined();
  });

  it('recognises "called X", "namely X" and "X, a novel ..."', () => {
    const called = extract('Sub-1-Bit Compression', 'In this paper, we present a solution to this memory problem, in form of a new compression and execution framework called QMoE. Specifically, QMoE consists of a scalable algorithm.');
    expect(find(called.methods, 'QMoE')?.role).toBe('proposed');
    const namely = extract('Co-Exploration', 'Based on the templates, we further propose a framework, namely NASAIC, which can simultaneously identify multiple DNN architectures.');
    expect(find(namely.methods, 'NASAIC')?.role).toBe('proposed');
    const appositive = extract('Frameworks', 'We present OneFlow, a novel distributed training framework based on the actor model. TensorFlow and PyTorch are used widely.');
    expect(find(appositive.methods, 'OneFlow')?.role).toBe('proposed');
    expect(find(appositive.methods, 'TensorFlow')?.role).toBe('used');
    expect(find(appositive.methods, 'PyTorch')?.role).toBe('used');
  });

  it('does not take "propose to <verb>" or a prior method after a preposition as proposed', () => {
    const e = extract('Local Search', 'This paper proposes to train GFlowNets with local search, which focuses on exploiting high-rewarded sample space. We propose a method for fine-tuning LoRA adapters of GPT-3.');
    for (const m of e.methods) expect(m.role).toBe('used');
    expect(find(e.concepts, 'GFlowNets')).toBeDefined();
  });

  it('takes the items of a "namely" list in a proposing sentence', () => {
    const e = extract(
      'MoS',
      'Guided by this finding, we propose Mixture of Shards (MoS), integrating four nearly cost-free differentiation strategies, namely subset selection, pair dissociation, vector sharding, and shard privatization.',
    );
    expect(find(e.methods, 'MoS')?.role).toBe('proposed');
    for (const item of ['subset selection', 'pair dissociation', 'vector sharding', 'shard privatization']) expect(find(e.methods, item)?.role).toBe('proposed');
  });

  it('keeps the sense an abstract defines for an acronym', () => {
    const e = extract('Scaling', 'We study test-time scaling (TTS) of reasoning models. TTS improves accuracy by 20% on AIME.');
    expect(find(e.concepts, 'TTS')?.name).toBe('test-time scaling');
    expect(find(e.tasks, 'TTS')).toBeUndefined();
  });
});

describe('introduced and used datasets', () => {
  it('marks a benchmark the paper presents as introduced', () => {
    const e = extract(
      'OGB-LSC: A Large-Scale Challenge for Machine Learning on Graphs',
      'Here we present OGB Large-Scale Challenge (OGB-LSC), a collection of three real-world datasets for facilitating the advancements in large-scale graph ML.',
    );
    const d = find(e.datasets, 'OGB-LSC');
    expect(d?.role).toBe('introduced');
    expect(find(e.methods, 'OGB-LSC')).toBeUndefined();
  });

  it('marks a new name described as a benchmark as an introduced dataset', () => {
    const e = extract('Protap: A Benchmark for Protein Modeling on Realistic Downstream Applications', 'We introduce Protap, a comprehensive benchmark that systematically compares backbone architectures. Protap covers five applications.');
    expect(find(e.datasets, 'Protap')?.role).toBe('introduced');
  });

  it('finds used datasets from the lexicon and from "X dataset" lists', () => {
    const e = extract('Local Augmentation', 'Experiments on Cora, Citeseer and PubMed, on the ogbn-products benchmark and on the FooGraph and BarNet datasets show gains in top-1 accuracy and NDCG@10.');
    for (const name of ['Cora', 'Citeseer', 'PubMed', 'ogbn-products', 'FooGraph', 'BarNet']) expect(find(e.datasets, name)?.role).toBe('used');
    expect(find(e.metrics, 'top-1 accuracy')).toBeDefined();
    expect(find(e.metrics, 'NDCG@10')).toBeDefined();
  });

  it('does not take generic phrases or common words for datasets', () => {
    const e = extract('Actors', 'Extensive experiments on benchmark datasets and real-world datasets show that the actor model and the pile of results are consistent.');
    expect(e.datasets).toEqual([]);
  });
});
