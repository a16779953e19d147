import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { paperIdFromTitle } from '../../../ingest/sources/paper-id.ts';
import { FIXTURES, readAll, scratch, titles } from './helpers.ts';

const paper = (title: string, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ title, abstract: `${title} is studied here. We show that it works well on several benchmarks.`, ...extra });

describe('JSONL reader', () => {
  const dir = scratch();
  afterAll(() => dir.remove());

  it('reads the arXiv metadata snapshot format as it is', async () => {
    const path = join(FIXTURES, 'arxiv-snapshot.jsonl');
    const { records, warnings } = await readAll(path);
    expect(warnings).toEqual([]);
    expect(records.map((record) => record.id)).toEqual(['0704.0001', '2106.09685', '1706.03762']);
    expect(records[0]).toMatchObject({
      title: 'Calculation of prompt diphoton production cross sections at Tevatron and LHC energies',
      authors: 4,
      date: '2007-04-02', // the first version's, not update_date
      url: 'https://arxiv.org/abs/0704.0001',
      categories: ['hep-ph'],
      upvotes: null,
    });
    expect(records[0].abstract).toMatch(/^A fully differential calculation in perturbative quantum chromodynamics is presented for/);
    expect(records[0].abstract).not.toMatch(/\s{2}|\n/);
    expect(records[1]).toMatchObject({
      title: 'LoRA: Low-Rank Adaptation of Large Language Models',
      authors: 8,
      categories: ['cs.CL', 'cs.AI', 'cs.LG'],
    });
    expect(records[2].authors).toBe(8);
    expect(records[2].sources).toEqual([{ key: 'arxiv-snapshot', path, format: 'jsonl', date: null, line: 3 }]);
  });

  it('optional fields: ids, authors arrays and strings, dates, urls, categories arrays', async () => {
    const path = dir.file(
      'fields.jsonl',
      [
        paper('Numbat: Array Fields', {
          id: 42,
          authors: ['A. One', 'B. Two'],
          date: '2024-02-03',
          url: 'https://example.org/n',
          categories: ['cs.LG', 'stat.ML'],
          upvotes: 9,
        }),
        paper('Quoll: No Id', { authors: 'Ann Lee, Bo Chen and Cy Diaz', update_date: '2020-01-01' }),
      ].join('\n'),
    );
    const { records, warnings } = await readAll(path);
    expect(warnings).toEqual([]);
    expect(records[0]).toMatchObject({
      id: '42',
      authors: 2,
      date: '2024-02-03',
      url: 'https://example.org/n',
      categories: ['cs.LG', 'stat.ML'],
      upvotes: 9,
    });
    expect(records[1]).toMatchObject({ id: paperIdFromTitle('Quoll: No Id'), authors: 3, date: '2020-01-01', url: null, categories: [] });
  });

  it('bad lines: one warning each with file and line; the good records around them survive', async () => {
    const path = dir.file(
      'bad.jsonl',
      [
        paper('First Good Paper'),
        '{"title": "Broken", "abstract": ',
        '',
        paper('Second Good Paper'),
        JSON.stringify({ title: 'No Abstract Here' }),
        JSON.stringify({ abstract: 'An abstract without a title. It is long enough to be real.' }),
        '[1, 2, 3]',
        paper('Third Good Paper'),
        '{"title": "Cut off at the end", "abstr',
      ].join('\n'),
    );
    const { records, warnings } = await readAll(path);
    expect(titles(records)).toEqual(['First Good Paper', 'Second Good Paper', 'Third Good Paper']);
    expect(warnings.map((warning) => [warning.file, warning.line])).toEqual([
      [path, 2],
      [path, 5],
      [path, 6],
      [path, 7],
      [path, 9],
    ]);
    expect(warnings[0].message).toMatch(/not valid JSON/);
    expect(warnings[1].message).toMatch(/no abstract/);
    expect(warnings[2].message).toMatch(/no title/);
    expect(warnings[3].message).toMatch(/not an object/);
    expect(warnings[4].message).toMatch(/truncated/);
  });

  it('a 10 MB line: warned with its line, the rest read', async () => {
    const huge = JSON.stringify({ title: 'Giant', abstract: 'x'.repeat(10 * 1024 * 1024) });
    const path = dir.file('huge.jsonl', [paper('Before Giant'), huge, paper('After Giant')].join('\n') + '\n');
    const { records, warnings } = await readAll(path);
    expect(titles(records)).toEqual(['Before Giant', 'After Giant']);
    expect(warnings).toEqual([
      { file: path, line: 2, message: expect.stringMatching(/abstract of 10485760 characters is not an abstract/) },
    ]);
  });

  it('a line beyond the line limit is skipped unread', async () => {
    const path = dir.file('over-limit.jsonl', [paper('Short One'), 'y'.repeat(5000), paper('Short Two')].join('\n'));
    const { records, warnings } = await readAll(path, { maxLineBytes: 1024 });
    expect(titles(records)).toEqual(['Short One', 'Short Two']);
    expect(warnings).toEqual([{ file: path, line: 2, message: 'line of 5000 bytes is too long to be a record; skipped' }]);
  });

  it('a JSON array written one object per line', async () => {
    const path = dir.file('array.json', `[\n${paper('Array One')},\n${paper('Array Two')}\n]\n`);
    const { records, warnings } = await readAll(path);
    expect(warnings).toEqual([]);
    expect(titles(records)).toEqual(['Array One', 'Array Two']);
  });
});
