import { describe, expect, it } from 'vitest';
import { extract, find, names } from './helpers.ts';

const proposed = (e: ReturnType<typeof extract>) => e.methods.filter((m) => m.role === 'proposed');

describe('descriptive component names after a proposal cue', () => {
  it('takes a technique noun phrase right after "we propose" or "our" as proposed', () => {
    const e = extract(
      'Scalable Training of Memory Networks',
      'We propose an iterative prediction-correction scheme to mitigate temporal discontinuity. ' +
        'Our sparse residual routing mechanism lowers the cost further. We use the attention mechanism of prior work.',
    );
    expect(find(e.methods, 'iterative prediction-correction scheme')?.role).toBe('proposed');
    expect(find(e.methods, 'sparse residual routing mechanism')?.role).toBe('proposed');
    expect(find(proposed(e), 'attention mechanism')).toBeUndefined();
  });

  it('reads the parts of a system after "consisting of", with their acronyms', () => {
    const e = extract(
      'A Storage-Based Training System',
      'Our system consists of a Preemptive Victim-buffer Prefetcher (PVP), an adaptive eviction scheduler and a sparse residual routing mechanism.',
    );
    const pvp = find(e.methods, 'PVP');
    expect(pvp?.role).toBe('proposed');
    expect(pvp?.aliases).toEqual(expect.arrayContaining(['Preemptive Victim-buffer Prefetcher', 'PVP']));
    expect(find(e.methods, 'adaptive eviction scheduler')?.role).toBe('proposed');
    expect(find(e.methods, 'sparse residual routing mechanism')?.role).toBe('proposed');
  });

  it('gives "the designed X (Y) layer" the role of the paper and drops a generic head after a technique nominal', () => {
    const e = extract(
      'Parallel Gated Networks',
      'PGN captures information through the designed Historical Information Extraction (HIE) layer. ' +
        'This leads us to propose a simple fast compound scaling strategy that scales width first.',
    );
    expect(find(e.methods, 'HIE')?.role).toBe('proposed');
    expect(find(e.methods, 'fast compound scaling')?.role).toBe('proposed');
  });

  it('prefers the name right after a descriptive head ("the first ... module Adaptive-eta")', () => {
    const e = extract(
      'Bidirectional Learning',
      'Further, we develop the first learning rate adaptation module Adaptive-eta, which is compatible with all optimizers.',
    );
    expect(find(e.methods, 'Adaptive-eta')?.role).toBe('proposed');
    expect(find(proposed(e), 'learning rate adaptation module')).toBeUndefined();
  });

  it('leaves descriptions, back-references and other work alone', () => {
    const e = extract(
      'Forward Learning of Graph Neural Networks',
      'We propose a linearization scheme. The proposed model consists of two independent neural networks. ' +
        'We design a GG-based initialization scheme. Experiments show the generality of the proposed forward graph learning framework. ' +
        'Guided by this, we propose MoS, incorporating both inter-layer and intra-layer sharing schemes.',
    );
    const own = names(proposed(e));
    for (const phrase of [
      'linearization scheme',
      'independent neural networks',
      'GG-based initialization scheme',
      'forward graph learning',
      'intra-layer sharing schemes',
    ])
      expect(own).not.toContain(phrase);
  });
});

describe('a name the paper releases', () => {
  it('is proposed when it only appears in the release sentence', () => {
    const e = extract(
      'Characterizing GPU Performance',
      'We study GPU kernels. Our tool is available as an open-source project at GPPerf https://github.com/x/gpperf.',
    );
    expect(find(e.methods, 'GPPerf')?.role).toBe('proposed');
  });

  it('does not take the code host for a name', () => {
    const e = extract('A Study', 'We study kernels. The code is released on GitHub at https://github.com/x/y.');
    expect(proposed(e)).toEqual([]);
  });
});

describe('specific task phrases', () => {
  it('keeps the qualifier of a known task and names the task by its most specific phrase', () => {
    const e = extract(
      'PGN: The RNN Successor for Long-Range Time Series Forecasting',
      'We study long-range time series forecasting and multi-output regression. Accurate time series forecasting matters.',
    );
    expect(names(e.tasks)).toEqual(expect.arrayContaining(['multi-output regression']));
    const forecasting = find(e.tasks, 'time series forecasting');
    expect(forecasting?.name.toLowerCase()).toBe('long-range time series forecasting');
  });

  it('outputs every specific task that shares a head, and no bare head beside them', () => {
    const e = extract(
      'Network Embedding at Scale',
      'Embeddings serve social recommendation, friend recommendation and item recommendation in recommendation.',
    );
    const tasks = names(e.tasks).map((t) => t.toLowerCase());
    expect(tasks).toEqual(expect.arrayContaining(['social recommendation', 'friend recommendation', 'item recommendation']));
    expect(tasks).not.toContain('recommendation');
  });

  it('reads a sentence-initial capital as part of the task and application systems as tasks', () => {
    const e = extract(
      'Region Proposals for Proteins',
      'Protein function prediction is a crucial task. Recommendation systems need fast embeddings.',
    );
    expect(find(e.tasks, 'protein function prediction')).toBeDefined();
    expect(find(e.tasks, 'function prediction')).toBeUndefined();
    expect(find(e.tasks, 'recommendation systems')).toBeDefined();
    expect(find(e.concepts, 'recommendation systems')).toBeUndefined();
  });

  it('treats graph partitioning as a technique, not a task', () => {
    const e = extract('Distributed GNN Training', 'We rely on graph partitioning to split the graph across machines.');
    expect(find(e.tasks, 'graph partitioning')).toBeUndefined();
    expect(find(e.concepts, 'graph partitioning')).toBeDefined();
  });
});
