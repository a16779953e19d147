import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, readAll, scratch, titles } from './helpers.ts';

describe('CSV reader', () => {
  const dir = scratch();
  afterAll(() => dir.remove());

  it('quoted multi-line fields, doubled quotes, author lists, categories', async () => {
    const path = join(FIXTURES, 'papers.csv');
    const { records, warnings } = await readAll(path);
    expect(warnings).toEqual([]);
    expect(records[0]).toMatchObject({
      id: 'p-1',
      title: 'Otter: Multi-Line Titles Happen',
      abstract: 'Otter handles abstracts that span lines. It also keeps "quoted" words, commas, and the rest.',
      authors: 2,
      date: '2024-05-01',
      url: 'https://example.org/otter',
      categories: ['cs.LG', 'cs.CL'],
    });
    expect(records[0].sources).toEqual([{ key: 'papers', path, format: 'csv', date: null, line: 2 }]);
    expect(records[1]).toMatchObject({ id: 'p-2', title: 'Badger: Plain Rows', authors: 3, url: null, categories: ['cs.CV'] });
    expect(records[1].sources[0].line).toBe(5);
  });

  it('tab-separated files', async () => {
    const { records, warnings } = await readAll(join(FIXTURES, 'papers.tsv'));
    expect(warnings).toEqual([]);
    expect(records).toEqual([expect.objectContaining({ title: 'Lynx: Tab Separated Listings', date: '2022-02-02' })]);
  });

  it('rows with the wrong column count, rows without abstract, an unclosed quote at the end', async () => {
    const path = dir.file(
      'bad.csv',
      [
        'title,abstract,authors',
        'Good One,"A fine abstract. It has two sentences.",A and B',
        'Too Many,"Abstract.",A,extra',
        'Too Few',
        'No Abstract,,A',
        '"Good Two","Spans',
        'two lines. Still fine.",C',
        'Cut Off,"This quote never closes',
      ].join('\n'),
    );
    const { records, warnings } = await readAll(path);
    expect(titles(records)).toEqual(['Good One', 'Good Two']);
    expect(records[1].sources[0].line).toBe(6);
    expect(warnings.map((warning) => [warning.file, warning.line])).toEqual([
      [path, 3],
      [path, 4],
      [path, 5],
      [path, 8],
    ]);
    expect(warnings[0].message).toMatch(/columns length is 3, got 4/);
    expect(warnings[2].message).toMatch(/no abstract/);
    expect(warnings[3].message).toMatch(/Quote Not Closed/);
  });

  it('a header without title/abstract columns: one warning, file skipped', async () => {
    const path = dir.file('wrong-header.csv', 'name,text\nA,B\n');
    const { records, warnings } = await readAll(path, { format: 'csv' });
    expect(records).toEqual([]);
    expect(warnings).toEqual([{ file: path, line: 1, message: expect.stringMatching(/no title and abstract columns/) }]);
  });
});
