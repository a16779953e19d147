/** The pure rules behind search, paths and "why?": acronyms, typo-tolerant Lucene queries, hub genericness, marked sentences. */
import { describe, expect, it } from 'vitest';
import { acronymsOf, looksLikeAcronym } from '../../../web/server/search/acronyms.ts';
import { toLuceneQuery } from '../../../web/server/search/lucene.ts';
import { genericness } from '../../../web/server/queries/hubs.ts';
import { sentencesNamingEnds } from '../../../web/server/queries/sentence-marks.ts';

describe('acronyms', () => {
  it('abbreviates multi-word names, with and without small words, in canonical form', () => {
    expect(acronymsOf('Large Language Models')).toEqual(['llm']);
    expect(acronymsOf('Graph Neural Network')).toEqual(['gnn']);
    expect(acronymsOf('Reinforcement Learning from Human Feedback')).toEqual(['rlfhf', 'rlhf']);
    expect(acronymsOf('Vision-Language Model')).toEqual(['vlm']);
    expect(acronymsOf('Transformer')).toEqual([]);
  });

  it('takes short single terms as acronyms, not numbers or phrases', () => {
    expect(looksLikeAcronym('LLM')).toBe(true);
    expect(looksLikeAcronym('GNNs')).toBe(true);
    expect(looksLikeAcronym('2024')).toBe(false);
    expect(looksLikeAcronym('graph neural')).toBe(false);
  });
});

describe('Lucene queries', () => {
  it('tolerates typos in longer terms only', () => {
    expect(toLuceneQuery('imagenett')).toBe('+(imagenett^3 OR imagenett* OR imagenett~2)');
    expect(toLuceneQuery('tranformer model')).toBe('+(tranformer^2 OR tranformer~2) +(model^3 OR model* OR model~1)');
    expect(toLuceneQuery('gan')).toBe('+(gan^3 OR gan*)');
    expect(toLuceneQuery('a100')).toBe('+(a100^3 OR a100*)');
  });
});

describe('genericness', () => {
  it('grows with the paper count relative to the hub threshold, and is 0 for papers', () => {
    expect(genericness(null, 20)).toBe(0);
    expect(genericness(2, 20)).toBeLessThan(genericness(20, 20));
    expect(genericness(20, 20)).toBe(0.5);
    expect(genericness(200, 20)).toBeGreaterThan(0.9);
  });
});

describe('sentences naming both ends', () => {
  const abstract = 'We train GPT on GPUs. GPT beats BERT on GLUE. BERT is old.';
  const gpt = [
    { field: 'abstract' as const, start: 9, end: 12 },
    { field: 'abstract' as const, start: 22, end: 25 },
  ];
  const bert = [
    { field: 'abstract' as const, start: 32, end: 36 },
    { field: 'abstract' as const, start: 46, end: 50 },
  ];

  it('puts sentences naming both ends first and marks each end inside its sentence', () => {
    const sentences = sentencesNamingEnds('Title', abstract, gpt, bert, false);
    expect(sentences.map((sentence) => sentence.text)).toEqual(['GPT beats BERT on GLUE.', 'We train GPT on GPUs.', 'BERT is old.']);
    expect(sentences.map((sentence) => sentence.namesBoth)).toEqual([true, false, false]);
    const [both] = sentences;
    expect(both.marks?.map((mark) => [both.text.slice(mark.start, mark.end), mark.side])).toEqual([
      ['GPT', 'a'],
      ['BERT', 'b'],
    ]);
  });

  it('counts every sentence as naming both when one end is the paper', () => {
    const sentences = sentencesNamingEnds('Title', abstract, [], bert, true);
    expect(sentences.every((sentence) => sentence.namesBoth)).toBe(true);
  });
});
