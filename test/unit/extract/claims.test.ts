import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../ingest/extract/claims.ts';
import { buildContext } from '../../../ingest/extract/context.ts';
import type { EntityExtractions } from '../../../ingest/extract/entities/index.ts';
import { splitSentences } from '../../../ingest/extract/sentences.ts';
import type { HardwareMention } from '../../../ingest/types.ts';

const noEntities: EntityExtractions = { methods: [], concepts: [], datasets: [], tasks: [], metrics: [] };
const claimsOf = (abstract: string, entities = noEntities, hardware: HardwareMention[] = []) =>
  extractClaims(buildContext({ title: 'A paper', abstract }), entities, hardware);
const claimTexts = (abstract: string) => claimsOf(abstract).map((c) => c.text);

// Real abstracts of the bundled corpus: which sentences state the paper's own result.
const NCN =
  'Despite its outstanding performance in various graph tasks, vanilla Message Passing Neural Network (MPNN) usually fails in link prediction tasks, as it only uses representations of two individual target nodes and ignores the pairwise relation between them. To upgrade performance while maintaining scalability, we propose Neural Common Neighbor (NCN), which uses learnable pairwise representations. Therefore, we propose two intervention methods: common neighbor completion and target link removal. NCN and NCNC outperform recent strong baselines by large margins. NCNC achieves state-of-the-art performance in link prediction tasks. Our code is available at https://github.com/GraphPKU/NeuralCommonNeighbor.';
const NASAIC =
  "Neural Architecture Search (NAS) has demonstrated its power on various AI accelerating platforms such as Field Programmable Gate Arrays (FPGAs) and Graphic Processing Units (GPUs). However, it remains an open problem, how to integrate NAS with Application-Specific Integrated Circuits (ASICs), despite them being the most powerful AI accelerating platforms. Based on the templates, we further propose a framework, namely NASAIC, which can simultaneously identify multiple DNN architectures and the associated heterogeneous ASIC accelerator design. Experimental results show that compared with successive NAS and ASIC design optimizations which lead to design spec violations, NASAIC can guarantee the results to meet the design specs with 17.77%, 2.49x, and 2.32x reductions on latency, energy, and area and with 0.76% accuracy loss. To the best of the authors' knowledge, this is the first work on neural architecture and ASIC accelerator design co-exploration.";

describe('extractClaims', () => {
  it('keeps result sentences and drops background, proposal and availability sentences', () => {
    expect(claimTexts(NCN)).toEqual([
      'NCN and NCNC outperform recent strong baselines by large margins.',
      'NCNC achieves state-of-the-art performance in link prediction tasks.',
    ]);
  });

  it('parses the numbers of a quantitative claim and gives exact offsets', () => {
    const claims = claimsOf(NASAIC);
    expect(claims.map((c) => c.text.slice(0, 40))).toEqual([
      'Experimental results show that compared ',
      "To the best of the authors' knowledge, t",
    ]);
    expect(claims[0].numbers.map((n) => n.raw)).toEqual(['17.77%', '2.49x', '2.32x', '0.76%']);
    for (const claim of claims) expect(NASAIC.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it.each([
    'Our method can increase throughput by at least 10\\% without any performance degradation.',
    'Extensive experiments demonstrate a remarkable performance improvement in several biochemical tasks.',
    'The results show that OneFlow outperforms many well-known customized libraries built on top of the state-of-the-art frameworks.',
    'Our empirical experiments demonstrate approximately 8x parameter savings in a standard LoRA setting.',
    'We show that EpiGNNs achieve state-of-the-art results on link prediction tasks that require systematic reasoning.',
  ])('claim: %s', (sentence) => {
    expect(claimTexts(`We propose a method. ${sentence}`)).toEqual([sentence]);
  });

  it.each([
    'Graph neural networks (GNNs) have achieved remarkable success across a wide range of applications.',
    'In this paper, we present a solution to this memory problem, in form of a new compression and execution framework called QMoE.',
    'IGPG leverages a VQ-VAE and an autoregressive model to generate neural network parameters, conditioned on task instructions, dataset, and architecture details.',
    'The code of OneFlow is available at: https://github.com/Oneflow-Inc/oneflow.',
    'More generally, we hope this work provides a framework for analyzing and selecting scaling strategies under various computational constraints.',
    'However, training GNN efficiently is challenging because GPU memory capacity is limited.',
  ])('not a claim: %s', (sentence) => {
    expect(claimTexts(sentence)).toEqual([]);
  });

  it('lists the entities whose evidence lies inside the sentence', () => {
    const abstract = 'We propose NCN. NCN outperforms GCN on Cora with 8 GPUs.';
    const at = (word: string) => ({
      field: 'abstract' as const,
      start: abstract.lastIndexOf(word),
      end: abstract.lastIndexOf(word) + word.length,
    });
    const entities: EntityExtractions = {
      methods: [
        { name: 'NCN', aliases: ['NCN'], role: 'proposed', evidence: [{ field: 'abstract', start: 11, end: 14 }, at('NCN')] },
        { name: 'GCN', aliases: ['GCN'], role: 'used', evidence: [at('GCN')] },
      ],
      concepts: [],
      datasets: [{ name: 'Cora', aliases: ['Cora'], role: 'used', evidence: [at('Cora')] }],
      tasks: [],
      metrics: [],
    };
    const hardware: HardwareMention[] = [{ name: 'GPU', count: 8, surface: '8 GPUs', evidence: [at('8 GPUs')] }];
    const [claim] = claimsOf(abstract, entities, hardware);
    expect(claim.mentions).toEqual([
      { type: 'method', name: 'NCN' },
      { type: 'method', name: 'GCN' },
      { type: 'dataset', name: 'Cora' },
      { type: 'hardware', name: 'GPU' },
    ]);
  });
});

describe('splitSentences (compromise split, repaired)', () => {
  const split = (text: string) => splitSentences(text, buildContext({ title: '', abstract: text }).sentences).map((s) => s.text);

  it('does not break after e.g., i.e., et al. or vs.', () => {
    const text =
      'We test on image tasks, e.g. MNIST, which is simple. Results follow Kataoka et. al. (2020), i.e. the usual protocol. It handles CNN-based vs. Transformer-based backbones.';
    expect(split(text)).toEqual([
      'We test on image tasks, e.g. MNIST, which is simple.',
      'Results follow Kataoka et. al. (2020), i.e. the usual protocol.',
      'It handles CNN-based vs. Transformer-based backbones.',
    ]);
  });

  it('breaks after "etc." before a capitalised sentence start and keeps decimals and (~50%) whole', () => {
    const text =
      'Strategies include width, depth, resolution, etc. While various strategies exist, costs drop by 3.5 points (~50%). Our method is 2.5x faster.';
    expect(split(text)).toEqual([
      'Strategies include width, depth, resolution, etc.',
      'While various strategies exist, costs drop by 3.5 points (~50%).',
      'Our method is 2.5x faster.',
    ]);
  });

  it('keeps list markers with their sentence and merges a bare "1." enumerator', () => {
    const text =
      'Two challenges emerge: 1. degraded expressivity, and 2. expensive computation. (ii) The second phase begins later. (iii) The layers converge.';
    expect(split(text)).toEqual([
      'Two challenges emerge: 1. degraded expressivity, and 2. expensive computation.',
      '(ii) The second phase begins later.',
      '(iii) The layers converge.',
    ]);
  });

  it('breaks where compromise joins sentences around "1)" markers', () => {
    const text =
      'GNNs have shown success in many applications. However, training GNN efficiently is challenging because: 1) GPU memory is limited, and 2) access is irregular. In this work, we provide a method.';
    expect(split(text)).toEqual([
      'GNNs have shown success in many applications.',
      'However, training GNN efficiently is challenging because: 1) GPU memory is limited, and 2) access is irregular.',
      'In this work, we provide a method.',
    ]);
  });

  it('returns spans that slice the text exactly', () => {
    const text = 'First sentence here.  %Second one, with a LaTeX comment sign. Third (really) one!';
    const spans = splitSentences(text, buildContext({ title: '', abstract: text }).sentences);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(spans.map((s) => s.text)).toEqual(['First sentence here.', 'Second one, with a LaTeX comment sign.', 'Third (really) one!']);
  });
});
