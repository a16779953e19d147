import { describe, expect, it } from 'vitest';
import { extractHardware } from '../../../ingest/extract/hardware.ts';

const inAbstract = (abstract: string, title = '') => extractHardware({ title, abstract });
const summary = (abstract: string) => inAbstract(abstract).map((h) => [h.name, h.count, h.surface]);

describe('extractHardware on corpus sentences', () => {
  it('reads a count written as a word, with filler words, as one GPU mention', () => {
    expect(
      summary(
        'We finally scale our approach to 24 billion parameters, demonstrating that high-quality diffusion models can now be trained with just eight individual GPU nodes in less than a week.',
      ),
    ).toEqual([['GPU', 8, 'eight individual GPU nodes']]);
  });

  it('names the part and keeps GPU hours countless', () => {
    expect(
      summary(
        'We present a mid-sized research model with approximately 7 billion parameters (7B) called Seaweed-7B trained from scratch using 665,000 H100 GPU hours.',
      ),
    ).toEqual([['NVIDIA H100', null, 'H100 GPU hours']]);
  });

  it('reads digit counts with a part name and an "x" multiplier', () => {
    expect(
      summary(
        'This enables, for the first time, the execution of a trillion-parameter model on affordable commodity hardware, like a single server with 4x NVIDIA A6000 or 8x NVIDIA 3090 GPUs, at less than 5% runtime overhead relative to ideal uncompressed inference.',
      ),
    ).toEqual([
      ['NVIDIA A6000', 4, '4x NVIDIA A6000'],
      ['NVIDIA RTX 3090', 8, '8x NVIDIA 3090 GPUs'],
    ]);
  });

  it('reads flattened LaTeX \\times and does not add a generic GPU for the head noun', () => {
    expect(
      summary(
        'More importantly, the property allows its effective inference on 4timesRTX 3090 (24G) or 8timesRTX 2080 Ti (11G) GPUs, the most ever affordable GPUs required for using 100B-scale models.',
      ),
    ).toEqual([
      ['NVIDIA RTX 3090', 4, '4timesRTX 3090'],
      ['NVIDIA RTX 2080 Ti', 8, '8timesRTX 2080 Ti (11G) GPUs'],
    ]);
  });

  it('counts large numbers with thousands separators and TPU versions', () => {
    expect(
      summary(
        'allowing GSPMD to achieve 50% to 62% compute utilization on up to 2048 Cloud TPUv3 cores for models with up to one trillion parameters.',
      ),
    ).toEqual([['TPU v3', 2048, '2048 Cloud TPUv3 cores']]);
    expect(summary('It requires 800 NVIDIA V100 GPUs just to fit a trillion parameter model.')).toEqual([
      ['NVIDIA V100', 800, '800 NVIDIA V100 GPUs'],
    ]);
    expect(summary('We train on 12,000 GPUs.')).toEqual([['GPU', 12000, '12,000 GPUs']]);
  });

  it('maps long forms with acronyms and embedded devices to canonical names', () => {
    expect(
      summary('platforms such as Field Programmable Gate Arrays (FPGAs) and Graphic Processing Units (GPUs)').map((h) => h[0]),
    ).toEqual(['FPGA', 'GPU']);
    expect(
      summary('CNNs are increasingly deployed across different hardware, dynamic environments, and low-power embedded devices.'),
    ).toEqual([['edge devices', null, 'low-power embedded devices']]);
    expect(summary('deployment on mobile and edge devices').map((h) => h[0])).toEqual(['mobile devices', 'edge devices']);
  });
});

describe('extractHardware edge cases', () => {
  it.each([
    ['in less than a day on a single GPU', 'GPU', 1],
    ['a single-GPU setting', 'GPU', 1],
    ['on two TPUv3 pods', 'TPU v3', 2],
    ['on 8×A100', 'NVIDIA A100', 8],
    ['a 64-GPU cluster', 'GPU cluster', 64],
    ['with 4 GPUs, and', 'GPU', 4],
    ['reaching 1200 GPU hours', 'GPU', null],
    ['the GPU memory footprint', 'GPU', null],
    ['thousands of GPUs', 'GPU', null],
    ['on a DGX H100 node', 'NVIDIA H100', null],
    ['3072 MI250X GPUs', 'AMD MI250', 3072],
    ['multi-GPU training', 'multi-GPU', null],
    ['runs on microcontrollers (MCUs)', 'microcontrollers', null],
    ['an Apple M2 Max laptop', 'Apple M-series', null],
    ['Huawei Ascend 910B NPUs', 'Ascend NPU', null],
  ])('%s -> %s x %s', (text, name, count) => {
    const [first] = inAbstract(text);
    expect(first).toMatchObject({ name, count });
  });

  it('names any GeForce part by its model number and DGX systems by their generation', () => {
    expect(summary('We train on a single NVIDIA DGX-2 node and evaluate on an NVIDIA RTX 4070 and two GTX 1660 Ti GPUs.')).toEqual([
      ['NVIDIA DGX-2', 1, 'a single NVIDIA DGX-2 node'],
      ['NVIDIA RTX 4070', null, 'NVIDIA RTX 4070'],
      ['NVIDIA GTX 1660 Ti', 2, 'two GTX 1660 Ti GPUs'],
    ]);
  });

  it('ignores words that only contain a device name', () => {
    expect(inAbstract('MobileNetV3 and ResNet50 on the TPUT benchmark with GPUless CPUfree ideas')).toEqual([]);
    expect(inAbstract('The node embeddings use edge features.')).toEqual([]);
  });

  it('searches the title too, with title evidence', () => {
    const [mention] = extractHardware({ title: 'LSM-GNN: Storage-based Multi-GPU GNN Training', abstract: 'We train GNNs.' });
    expect(mention).toEqual({ name: 'multi-GPU', count: null, surface: 'Multi-GPU', evidence: [{ field: 'title', start: 23, end: 32 }] });
  });

  it('groups repeated mentions of one device and count, each with evidence that slices the surface', () => {
    const abstract = 'GPU memory is scarce. We fit the model in GPU memory.';
    const mentions = inAbstract(abstract);
    expect(mentions).toHaveLength(1);
    expect(mentions[0].evidence.map((e) => abstract.slice(e.start, e.end))).toEqual(['GPU memory', 'GPU memory']);
  });

  it('keeps a generic GPU mention in a sentence of its own next to a specific part', () => {
    const names = inAbstract('Trained with 665,000 H100 GPU hours. It rivals models trained on greater GPU resources.').map((h) => h.name);
    expect(names).toEqual(['NVIDIA H100', 'GPU']);
  });
});
