import { describe, expect, it } from 'vitest';
import { parseListingDate, normaliseDate } from '../../../ingest/sources/dates.ts';
import { classifyDailyLine, looksLikeAbstract, stripGluedChrome } from '../../../ingest/sources/daily-lines.ts';

describe('listing dates', () => {
  it.each([
    ['Apr 30', { date: '04-30', upvotes: null }],
    ['Jul 7, 2022', { date: '2022-07-07', upvotes: null }],
    ['Jul 11 1', { date: '07-11', upvotes: 1 }],
    ['Oct 25, 2024 5', { date: '2024-10-25', upvotes: 5 }],
    ['Jan 29, 2024 1', { date: '2024-01-29', upvotes: 1 }],
    ['September 3, 2021', { date: '2021-09-03', upvotes: null }],
    ['Jul 11 2024', { date: '2024-07-11', upvotes: null }],
  ])('%s', (text, expected) => {
    expect(parseListingDate(text)).toEqual(expected);
  });

  it.each(['March 2024 Update', 'Feb 30', 'May the Force', 'Jul 7, 2022 extra'])('%s is not a date line', (text) => {
    expect(parseListingDate(text)).toBeNull();
  });

  it('record date fields', () => {
    expect(normaliseDate('2008-11-13')).toBe('2008-11-13');
    expect(normaliseDate('2021-06-17T17:37:18Z')).toBe('2021-06-17');
    expect(normaliseDate('Mon, 2 Apr 2007 19:18:42 GMT')).toBe('2007-04-02');
    expect(normaliseDate('Jul 7, 2022')).toBe('2022-07-07');
    expect(normaliseDate('soon')).toBeNull();
    expect(normaliseDate(20240101)).toBeNull();
  });
});

describe('daily line kinds', () => {
  it('page chrome', () => {
    for (const line of [
      'new',
      'Get trending papers in your email inbox!',
      'Get trending papers in your email inbox once a day!',
      'Subscribe',
      'Daily Papers',
      'byAK and the research community',
    ]) {
      expect(classifyDailyLine(line), line).toEqual({ kind: 'boilerplate' });
    }
  });

  it('chrome glued to a title is stripped, a title that merely starts like chrome is not', () => {
    expect(stripGluedChrome('SubscribeMeDM: Mediating Image Diffusion Models')).toBe('MeDM: Mediating Image Diffusion Models');
    expect(classifyDailyLine('SubscribeMeDM: Mediating')).toEqual({ kind: 'text', text: 'MeDM: Mediating' });
    expect(stripGluedChrome('Subscribers Matter: A Study')).toBe('Subscribers Matter: A Study');
    expect(stripGluedChrome('SubscribeiVideoGPT: Interactive VideoGPTs')).toBe('iVideoGPT: Interactive VideoGPTs');
    expect(stripGluedChrome('Get trending papers in your email inbox!Subscribe3D Gaussian Splatting')).toBe('3D Gaussian Splatting');
    expect(classifyDailyLine('New Methods for Old Graphs')).toEqual({ kind: 'text', text: 'New Methods for Old Graphs' });
  });

  it('metadata lines', () => {
    expect(classifyDailyLine('  • 5 authors')).toEqual({ kind: 'metadata', authors: 5, date: null, upvotes: null, marked: true });
    expect(classifyDailyLine('·')).toEqual({ kind: 'metadata', authors: null, date: null, upvotes: null, marked: true });
    expect(classifyDailyLine('Jul 11 1')).toMatchObject({ kind: 'metadata', date: { date: '07-11' }, upvotes: 1, marked: false });
    expect(classifyDailyLine('• 1 author · Mar 3, 2023 · 7 upvotes')).toMatchObject({
      authors: 1,
      date: { date: '2023-03-03' },
      upvotes: 7,
    });
  });

  it('titles and abstracts by shape', () => {
    const titles = [
      'Tired of Over-smoothing? Stress Graph Drawing Is All You Need!',
      'Lets keep it simple, Using simple architectures to outperform deeper and more complex architectures',
      'SortedNet, a Place for Every Network and Every Network in its Place: Towards a Generalized Solution for Training Many-in-One Neural Networks',
      'WL meet VC',
    ];
    for (const title of titles) expect(looksLikeAbstract(title), title).toBe(false);
    const abstracts = [
      "We introduce RecurrentGemma, an open language model which uses Google's novel Griffin architecture.",
      'Graph pooling compresses graph information into a compact representation. State-of-the-art graph pooling methods follow a hierarchical approach, which reduces the graph size step-by-step.',
    ];
    for (const abstract of abstracts) expect(looksLikeAbstract(abstract), abstract).toBe(true);
  });
});
