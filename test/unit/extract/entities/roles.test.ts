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
    const called = extract(
      'Sub-1-Bit Compression',
      'In this paper, we present a solution to this memory problem, in form of a new compression and execution framework called QMoE. Specifically, QMoE consists of a scalable algorithm.',
    );
    expect(find(called.methods, 'QMoE')?.role).toBe('proposed');
    const namely = extract(
      'Co-Exploration',
      'Based on the templates, we further propose a framework, namely NASAIC, which can simultaneously identify multiple DNN architectures.',
    );
    expect(find(namely.methods, 'NASAIC')?.role).toBe('proposed');
    const appositive = extract(
      'Frameworks',
      'We present OneFlow, a novel distributed training framework based on the actor model. TensorFlow and PyTorch are used widely.',
    );
    expect(find(appositive.methods, 'OneFlow')?.role).toBe('proposed');
    expect(find(appositive.methods, 'TensorFlow')?.role).toBe('used');
    expect(find(appositive.methods, 'PyTorch')?.role).toBe('used');
  });

  it('does not take "propose to <verb>" or a prior method after a preposition as proposed', () => {
    const e = extract(
      'Local Search',
      'This paper proposes to train GFlowNets with local search, which focuses on exploiting high-rewarded sample space. We propose a method for fine-tuning LoRA adapters of GPT-3.',
    );
    for (const m of e.methods) expect(m.role).toBe('used');
    expect(find(e.concepts, 'GFlowNets')).toBeDefined();
  });

  it('takes the items of a "namely" list in a proposing sentence', () => {
    const e = extract(
      'MoS',
      'Guided by this finding, we propose Mixture of Shards (MoS), integrating four nearly cost-free differentiation strategies, namely subset selection, pair dissociation, vector sharding, and shard privatization.',
    );
    expect(find(e.methods, 'MoS')?.role).toBe('proposed');
    for (const item of ['subset selection', 'pair dissociation', 'vector sharding', 'shard privatization'])
      expect(find(e.methods, item)?.role).toBe('proposed');
  });

  it('keeps the sense an abstract defines for an acronym', () => {
    const e = extract('Scaling', 'We study test-time scaling (TTS) of reasoning models. TTS improves accuracy by 20% on AIME.');
    expect(find(e.concepts, 'TTS')?.name).toBe('test-time scaling');
    expect(find(e.tasks, 'TTS')).toBeUndefined();
  });
});

describe('names a paper gives its own parts', () => {
  it('takes Title-Case names after "we propose" and in the paper\'s own enumeration', () => {
    const e = extract(
      'COAT: Compressing Optimizer states and Activation for Memory-Efficient FP8 Training',
      'Additionally, we propose Convolutional GLU, a channel mixer. COAT addresses current limitations through two key innovations: (1) Dynamic Range Expansion, which aligns optimizer state distributions, and (2) Mixed-Granularity Activation Quantization, which optimizes activation memory.',
    );
    for (const name of ['COAT', 'Convolutional GLU', 'Dynamic Range Expansion', 'Mixed-Granularity Activation Quantization']) {
      expect(find(e.methods, name)?.role).toBe('proposed');
    }
  });

  it('takes a quoted or hyphenated description right after the verb', () => {
    const quoted = extract(
      'PyTorch-Direct',
      'To minimize programmer effort, we introduce a new "unified tensor" type along with changes to PyTorch.',
    );
    expect(find(quoted.methods, 'unified tensor')?.role).toBe('proposed');
    const described = extract(
      'GBRL',
      'Inspired by shared backbones in NN we introduce a tree-sharing approach for policy and value functions.',
    );
    expect(find(described.methods, 'tree-sharing')?.role).toBe('proposed');
    const generic = extract('Generic', 'We propose a simple yet effective approach for pruning.');
    expect(generic.methods.filter((m) => m.role === 'proposed')).toEqual([]);
  });
});

describe('introduced and used datasets', () => {
  it('marks a benchmark and the datasets it is made of as introduced', () => {
    const e = extract(
      'Long Range Graph Benchmark',
      'Here, we present the Long Range Graph Benchmark (LRGB) with 5 graph learning datasets: PascalVOC-SP, COCO-SP, PCQM-Contact, Peptides-func and Peptides-struct that arguably require long-range reasoning.',
    );
    for (const name of ['LRGB', 'PascalVOC-SP', 'COCO-SP', 'PCQM-Contact', 'Peptides-func', 'Peptides-struct'])
      expect(find(e.datasets, name)?.role).toBe('introduced');
  });

  it('does not introduce a dataset a method is evaluated on', () => {
    const e = extract(
      'MoE-Lens',
      'We present MoE-Lens, an inference system. Evaluated on diverse MoE models and datasets, MoE-Lens outperforms vLLM on ImageNet.',
    );
    expect(find(e.methods, 'MoE-Lens')?.role).toBe('proposed');
    expect(find(e.datasets, 'ImageNet')?.role).toBe('used');
    expect(find(e.datasets, 'MoE-Lens')).toBeUndefined();
  });

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
    const e = extract(
      'Protap: A Benchmark for Protein Modeling on Realistic Downstream Applications',
      'We introduce Protap, a comprehensive benchmark that systematically compares backbone architectures. Protap covers five applications.',
    );
    expect(find(e.datasets, 'Protap')?.role).toBe('introduced');
  });

  it('finds used datasets from the lexicon and from "X dataset" lists', () => {
    const e = extract(
      'Local Augmentation',
      'Experiments on Cora, Citeseer and PubMed, on the ogbn-products benchmark and on the FooGraph and BarNet datasets show gains in top-1 accuracy and NDCG@10.',
    );
    for (const name of ['Cora', 'Citeseer', 'PubMed', 'ogbn-products', 'FooGraph', 'BarNet'])
      expect(find(e.datasets, name)?.role).toBe('used');
    expect(find(e.metrics, 'top-1 accuracy')).toBeDefined();
    expect(find(e.metrics, 'NDCG@10')).toBeDefined();
  });

  it('does not take generic phrases or common words for datasets', () => {
    const e = extract(
      'Actors',
      'Extensive experiments on benchmark datasets and real-world datasets show that the actor model and the pile of results are consistent.',
    );
    expect(e.datasets).toEqual([]);
  });
});
