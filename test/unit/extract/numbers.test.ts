import { describe, expect, it } from 'vitest';
import { parseNumbers } from '../../../ingest/extract/numbers.ts';

describe('parseNumbers', () => {
  it.each([
    ['a speed-up of 2.45x over', '2.45x', 2.45, 'x'],
    ['improves accuracy by 20%', '20%', 20, '%'],
    ['a gain of 1.83% on average', '1.83%', 1.83, '%'],
    ['at least 10\\% higher', '10\\%', 10, '%'],
    ['it is 5times faster', '5times', 5, 'times'],
    ['uses 4,000 times fewer parameters', '4,000 times', 4000, 'times'],
    ['gives a 1.3x reduction', '1.3x', 1.3, 'x'],
    ['up to 22.89x faster', '22.89x', 22.89, 'x'],
    ['improves by 3.5 points', '3.5 points', 3.5, 'points'],
    ['saves $1.2M per year', '$1.2M', 1.2, '$M'],
    ['reduces it to 10^6 steps', '10^6', 1_000_000, ''],
    ['a latency of 12 ms', '12 ms', 12, 'ms'],
    ['fits in 160GB of memory', '160GB', 160, 'GB'],
    ['a 7B model', '7B', 7, 'B'],
    ['the 1.6 trillion parameter model', '1.6 trillion', 1.6, 'trillion'],
    ['0.8 bits per parameter', '0.8 bits', 0.8, 'bits'],
    ['runs 5-40 times faster', '5-40 times', 5, 'times'],
    ['an 8× larger batch', '8×', 8, 'x'],
    ['on 4timesRTX 3090 cards', '4times', 4, 'times'],
    ['a drop of −0.5% only', '−0.5%', -0.5, '%'],
    ['a 3-fold speed-up', '3-fold', 3, 'fold'],
    ['reduces it by 20%-30% overall', '20%-30%', 20, '%'],
    ['a top-1 accuracy of 76.3 on the test set', '76.3', 76.3, ''],
  ])('%s -> %s', (sentence, raw, value, unit) => {
    expect(parseNumbers(sentence)).toEqual([{ raw, value, unit }]);
  });

  it.each([
    ['names with digits', 'GPT-3 175B, OPT-175B and BLOOM-176B and ERNIE TITAN 3.0 260B'],
    ['hardware part numbers', 'on an NVIDIA RTX 3090 and an A100'],
    ['enumerators', 'two observations: (1) it works and (2) it scales'],
    ['citations', 'as shown before [12] and [3, 4]'],
    ['years', 'since 2023 the field has grown'],
    ['figure and table references', 'see Table 3 and Fig. 2 and Section 4'],
    ['sizes', 'uses 3x3 convolutions on 224x224 images'],
    ['ordinals and hyphenated scale words', 'the 1st model among 100B-scale models with top-5 error'],
    ['exponents of variables', 'costs O(n^2) time'],
  ])('skips %s', (_, sentence) => {
    expect(parseNumbers(sentence)).toEqual([]);
  });

  it('keeps every number of a results sentence in order', () => {
    const sentence =
      'NASAIC can guarantee the results to meet the design specs with 17.77%, 2.49x, and 2.32x reductions on latency, energy, and area and with 0.76% accuracy loss.';
    expect(parseNumbers(sentence).map((n) => n.raw)).toEqual(['17.77%', '2.49x', '2.32x', '0.76%']);
  });

  it('keeps parenthesised memory sizes after a part name', () => {
    const sentence = 'inference on 4timesRTX 3090 (24G) or 8timesRTX 2080 Ti (11G) GPUs';
    expect(parseNumbers(sentence).map((n) => n.raw)).toEqual(['4times', '24G', '8times', '11G']);
  });
});

describe('parseNumbers, later cases', () => {
  it.each([
    ['speedups of 1.9x-2.7x over', '1.9x-2.7x', 1.9, 'x'],
    ['a 1-bit quantizer', '1-bit', 1, 'bit'],
    ['reaches 45 Gbit/s across', '45 Gbit/s', 45, 'Gbit/s'],
    ['simulated by a Lag system with 2027 production rules', '2027', 2027, ''],
  ])('%s -> %s', (sentence, raw, value, unit) => {
    expect(parseNumbers(sentence)).toEqual([{ raw, value, unit }]);
  });

  it('keeps a count of tokens bare and still skips years in context', () => {
    expect(parseNumbers('8.7times on GSM8K (256 tokens)').map((n) => n.raw)).toEqual(['8.7times', '256']);
    expect(parseNumbers('as in NeurIPS 2024 and (Smith, 2020) and in 2019')).toEqual([]);
  });
});
