import { describe, expect, it } from 'vitest';
import { canonicalKey } from '../../../../graph-schema/keys.ts';
import { allEntities, extract, find, names } from './helpers.ts';

describe('aliases and canonical forms', () => {
  it('merges "Graph Neural Networks (GNNs)" with later GNN and GNNs mentions', () => {
    const e = extract(
      'Epistemic GNNs',
      'We focus on relational domains, where the use of Graph Neural Networks (GNNs) seems natural. However, regular GNNs fail, and a GNN with more layers does not help.',
    );
    const gnn = e.concepts.filter((c) => c.aliases.some((a) => /gnn/i.test(a)));
    expect(gnn).toHaveLength(1);
    expect(gnn[0].name).toBe('Graph Neural Networks');
    expect(gnn[0].aliases).toEqual(expect.arrayContaining(['Graph Neural Networks', 'GNNs', 'GNN']));
  });

  it('names an acronym by its well-known long form when the text gives none', () => {
    const e = extract('Inference', 'Serving LLMs is expensive; MoE layers make it worse.');
    expect(canonicalKey(find(e.concepts, 'LLMs')!.name)).toBe(canonicalKey('large language models'));
    expect(canonicalKey(find(e.concepts, 'MoE')!.name)).toBe(canonicalKey('mixture of experts'));
  });

  it('folds case, hyphen, plural and unicode variants into one entity', () => {
    const e = extract(
      'Mixture-of-Experts on CIFAR10',
      'We train mixture of experts models on CIFAR-10 and cifar10. Mixture‑of‑Experts layers (a non-breaking hyphen) also scale; Transformers and transformer blocks help.',
    );
    expect(e.datasets.filter((d) => canonicalKey(d.name) === 'cifar10')).toHaveLength(1);
    expect(find(e.datasets, 'CIFAR-10')?.aliases).toEqual(expect.arrayContaining(['CIFAR10', 'CIFAR-10']));
    const moe = e.concepts.filter((c) => canonicalKey(c.name) === canonicalKey('mixture of experts'));
    expect(moe).toHaveLength(1);
    expect(e.concepts.filter((c) => canonicalKey(c.name) === 'transformer')).toHaveLength(1);
  });

  it('does not confuse acronyms that differ only in case', () => {
    const e = extract('MoS: Mixture of Shards', 'We propose Mixture of Shards (MoS). Human raters give a MOS of 4.2.');
    expect(find(e.methods, 'MoS')?.role).toBe('proposed');
    expect(find(e.metrics, 'MOS')?.aliases).not.toContain('MoS');
  });

  it('keeps a versioned name apart from its base name', () => {
    const e = extract('Models', 'We compare GPT-3 175B with Llama-2-7B and PyTorch-Direct against PyTorch.');
    expect(find(e.methods, 'GPT-3 175B')).toBeDefined();
    expect(find(e.methods, 'Llama-2-7B')).toBeDefined();
    expect(find(e.methods, 'PyTorch')?.aliases).not.toContain('PyTorch-Direct');
  });
});

describe('filler and non-names', () => {
  it('rejects fields, filler and generic phrases', () => {
    const e = extract(
      'Deep Learning for Everything',
      'Deep learning and machine learning have changed artificial intelligence (AI). Our method outperforms existing approaches and baselines on three large-scale benchmarks. The framework and the model are efficient; efficient learning matters.',
    );
    const found = names(allEntities(e)).map((n) => n.toLowerCase());
    for (const filler of [
      'deep learning',
      'machine learning',
      'artificial intelligence',
      'ai',
      'our method',
      'framework',
      'model',
      'baselines',
      'efficient learning',
    ]) {
      expect(found).not.toContain(filler);
    }
    expect(e.datasets).toEqual([]);
  });

  it('ignores hardware, units, URLs and LaTeX residue as method names', () => {
    const e = extract(
      'GLM',
      'Inference runs on 4timesRTX 3090 (24G) GPUs, an NVIDIA A100 and 8x H100 with INT4 weights and 100B-scale models in FP16. Code: https://github.com/THUDM/GLM-130B and https://github.com/GraphPKU/NCN.',
    );
    const found = names(e.methods);
    for (const bad of ['4timesRTX', 'RTX', 'NVIDIA', 'A100', 'H100', 'INT4', 'FP16', 'THUDM', 'GraphPKU', 'GPUs', '24G'])
      expect(found).not.toContain(bad);
  });

  it('does not read "attracted attention" or "speed up" as techniques or metrics', () => {
    const e = extract(
      'Topic',
      'This topic has attracted increasing attention. Our trick can speed up training in mixed precision settings.',
    );
    expect(find(e.concepts, 'attention')).toBeUndefined();
    expect(find(e.metrics, 'speed up')).toBeUndefined();
    expect(find(e.metrics, 'precision')).toBeUndefined();
  });
});
