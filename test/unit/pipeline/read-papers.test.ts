import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { paperIdFromTitle } from '../../../ingest/sources/paper-id.ts';
import { countPapers, readPapers, type ReadPapersOptions } from '../../../ingest/pipeline/read-papers.ts';
import type { PaperRecord, ReaderWarning } from '../../../ingest/types.ts';
import { CORPUS, scratch } from '../sources/helpers.ts';

const abstract = (title: string): string =>
  `${title} is the subject of this abstract. We show that it works on three benchmarks and beats two baselines.`;
const daily = (...papers: Array<[string, string?]>): string =>
  papers.map(([title, meta]) => `${title}\n\n${abstract(title)}\n${meta ? `\n${meta}\n` : ''}`).join('\n');
const jsonl = (...papers: Array<Record<string, unknown>>): string =>
  papers.map((paper) => JSON.stringify({ abstract: abstract(String(paper.title)), ...paper })).join('\n') + '\n';

async function collect(paths: string[], options: ReadPapersOptions = {}) {
  const warnings: ReaderWarning[] = [];
  const reader = readPapers(paths, { ...options, onWarning: (warning) => warnings.push(warning) });
  const papers: PaperRecord[] = [];
  for await (const paper of reader) papers.push(structuredClone(paper));
  return { papers, warnings, summary: reader.summary, total: reader.total };
}

describe('readPapers: one paper per id across files', () => {
  const dir = scratch();
  afterAll(() => dir.remove());

  it('merges a paper listed in several daily dumps, keeping every listing and filling metadata', async () => {
    const first = dir.file('day1.txt', `Apr 1\n\n${daily(['Alpha: First Paper'], ['Beta: Shared Paper'])}`);
    const second = dir.file(
      'day2.txt',
      `Apr 2\n\n${daily(['Beta: Shared Paper', '  • 4 authors\n·\nMar 3, 2024 7'], ['Gamma: Third Paper'])}`,
    );
    const { papers, summary, total } = await collect([first, second]);
    expect(papers.map((paper) => paper.title)).toEqual(['Alpha: First Paper', 'Beta: Shared Paper', 'Gamma: Third Paper']);
    const shared = papers[1];
    expect(shared.id).toBe(paperIdFromTitle('Beta: Shared Paper'));
    expect(shared.sources.map((listing) => [listing.key, listing.date, listing.line])).toEqual([
      ['day1', '04-01', 7],
      ['day2', '04-02', 3],
    ]);
    expect(shared).toMatchObject({ authors: 4, date: '2024-03-03', upvotes: 7 });
    expect(summary).toMatchObject({ files: 2, records: 4, papers: 3, duplicatesMerged: 1, reemitted: 0, warnings: 0, unreadableFiles: 0 });
    expect(total).toBe(3);
  });

  it('an id given by JSONL wins over the title id, whatever the order; titles match across case and punctuation', async () => {
    const listing = dir.file('listing.txt', daily(['Delta: A Paper Also On arXiv']));
    const snapshot = dir.file('snapshot.jsonl', jsonl({ id: '2401.00001', title: 'DELTA - a paper also on ArXiv', categories: 'cs.LG' }));
    for (const order of [
      [listing, snapshot],
      [snapshot, listing],
    ]) {
      const { papers, summary } = await collect(order);
      expect(papers).toHaveLength(1);
      expect(papers[0].id).toBe('2401.00001');
      expect(papers[0].sources.map((source) => source.format)).toEqual(order[0] === listing ? ['daily', 'jsonl'] : ['jsonl', 'daily']);
      expect(papers[0].categories).toEqual(['cs.LG']);
      expect(summary.duplicatesMerged).toBe(1);
    }
  });

  it('two different given ids are two papers even with the same title', async () => {
    const path = dir.file(
      'errata.jsonl',
      jsonl({ id: 'a-1', title: 'Same Title' }, { id: 'b-2', title: 'Same Title' }, { id: 'a-1', title: 'Same Title', upvotes: 3 }),
    );
    const { papers } = await collect([path]);
    expect(papers.map((paper) => [paper.id, paper.sources.length, paper.upvotes])).toEqual([
      ['a-1', 2, 3],
      ['b-2', 1, null],
    ]);
  });

  it('the corpus: 443 records, 373 papers', async () => {
    const { papers, summary, total } = await collect([CORPUS]);
    expect(summary).toMatchObject({ files: 5, records: 443, papers: 373, duplicatesMerged: 70, warnings: 0 });
    expect(papers).toHaveLength(373);
    expect(total).toBe(373);
    expect(new Set(papers.map((paper) => paper.id)).size).toBe(373);
    expect(await countPapers([CORPUS])).toBe(373);
  });

  it('streamed inputs (over the buffer limit): first-seen order, duplicates re-emitted merged, total unknown', async () => {
    const listing = dir.file('small.txt', daily(['Eta: Buffered First'], ['Theta: Only Buffered']));
    const big = dir.file(
      'big.jsonl',
      jsonl(
        { id: 'x-1', title: 'Iota: Streamed' },
        { title: 'Eta: Buffered First', date: '2020-01-01' },
        { id: 'x-1', title: 'Iota: Streamed', authors: 'A and B' },
      ),
    );
    const { papers, summary, total } = await collect([listing, big], { bufferLimitBytes: 300 });
    expect(total).toBeNull();
    expect(await countPapers([listing, big], { bufferLimitBytes: 300 })).toBeNull();
    expect(papers.map((paper) => [paper.title, paper.sources.map((source) => `${source.key}:${source.line}`)])).toEqual([
      ['Eta: Buffered First', ['small:1']],
      ['Theta: Only Buffered', ['small:5']],
      ['Iota: Streamed', ['big:1']],
      ['Eta: Buffered First', ['small:1', 'big:2']],
      ['Iota: Streamed', ['big:1', 'big:3']],
    ]);
    expect(papers[3].date).toBe('2020-01-01');
    expect(papers[4].authors).toBe(2);
    expect(summary).toMatchObject({ records: 5, papers: 3, duplicatesMerged: 2, reemitted: 2 });
  });

  it('a streamed input listed before a buffered one leads the merged paper, emitted once', async () => {
    const big = dir.file('big-first.jsonl', jsonl({ id: '9999.0001', title: 'Kappa: Streamed First', comments: 'c'.repeat(500) }));
    const listing = dir.file('later.txt', daily(['Kappa: Streamed First', '  • 2 authors\n·\nJan 2, 2021']));
    const { papers, summary } = await collect([big, listing], { bufferLimitBytes: 400 });
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({ id: '9999.0001', authors: 2, date: '2021-01-02' });
    expect(papers[0].sources.map((source) => source.format)).toEqual(['jsonl', 'daily']);
    expect(summary).toMatchObject({ records: 2, papers: 1, reemitted: 0 });
  });

  it('warnings and unreadable files are counted', async () => {
    const missing = join(dir.dir, 'missing.txt');
    const good = dir.file('good.txt', daily(['Lambda: Good']));
    const { papers, summary, warnings } = await collect([missing, good]);
    expect(papers).toHaveLength(1);
    expect(warnings).toEqual([{ file: missing, line: null, message: 'cannot read: no such file or directory' }]);
    expect(summary).toMatchObject({ files: 2, unreadableFiles: 1, warnings: 1 });
  });
});
