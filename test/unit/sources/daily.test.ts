import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { paperIdFromTitle } from '../../../ingest/sources/paper-id.ts';
import { looksLikeAbstract } from '../../../ingest/sources/daily-lines.ts';
import { CORPUS, FIXTURES, readAll, scratch, titles } from './helpers.ts';

const BOILERPLATE = /^(new|subscribe|daily papers)$|^(get trending papers|byak and the research)/i;

describe('daily-papers dumps of the corpus', () => {
  const expected: Record<string, number> = {
    '000_e9657758cf035a5c.txt': 70,
    '001_df0a647bb4d8db24.txt': 198,
    '002_a4dbe7401771b7ad.txt': 66,
    '003_7e6d9ed758e6ad1f.txt': 47,
    '004_b1a647d406d5f1de.txt': 62,
  };

  it('reads every paper of every file, without warnings', async () => {
    expect(readdirSync(CORPUS).sort()).toEqual(Object.keys(expected));
    for (const [name, count] of Object.entries(expected)) {
      const { records, warnings } = await readAll(join(CORPUS, name));
      expect(warnings, name).toEqual([]);
      expect(records, name).toHaveLength(count);
      for (const record of records) {
        expect(record.title).not.toMatch(BOILERPLATE);
        expect(looksLikeAbstract(record.title), record.title).toBe(false);
        expect(record.abstract.length, record.title).toBeGreaterThan(300);
        expect(record.id).toBe(paperIdFromTitle(record.title));
        expect(record.sources).toEqual([expect.objectContaining({ format: 'daily', key: name.replace('.txt', '') })]);
      }
    }
  });

  it('keeps listing date, author count, publication date and upvotes (003, 004)', async () => {
    const { records } = await readAll(join(CORPUS, '004_b1a647d406d5f1de.txt'));
    const coat = records.find((record) => record.title.startsWith('COAT:'));
    expect(coat).toMatchObject({ authors: 7, date: '2024-10-25', upvotes: 5 });
    expect(coat?.sources[0]).toMatchObject({ date: '10-30', line: 321 });
    const withMetadata = records.filter((record) => record.authors !== null);
    expect(withMetadata).toHaveLength(61);
    expect(withMetadata.every((record) => record.date !== null)).toBe(true);
  });
});

describe('daily reader on corpus excerpts', () => {
  it('title, blank line, abstract; the lone date is the listing date', async () => {
    const { records, warnings } = await readAll(join(FIXTURES, 'corpus-blank-lines.txt'));
    expect(warnings).toEqual([]);
    expect(titles(records)).toEqual([
      'Systematic Relational Reasoning With Epistemic Graph Neural Networks',
      'GNNPipe: Scaling Deep GNN Training with Pipelined Model Parallelism',
    ]);
    expect(records[0].abstract).toMatch(/^Developing models that can learn to reason/);
    expect(records[0].sources[0]).toEqual({
      key: 'corpus-blank-lines',
      path: join(FIXTURES, 'corpus-blank-lines.txt'),
      format: 'daily',
      date: '04-30',
      line: 11,
    });
    expect(records[1]).toMatchObject({ authors: null, date: null, upvotes: null });
  });

  it('title and abstract on adjacent lines, "Subscribe" glued to the first title', async () => {
    const { records, warnings } = await readAll(join(FIXTURES, 'corpus-adjacent.txt'));
    expect(warnings).toEqual([]);
    expect(titles(records)).toEqual([
      'MeDM: Mediating Image Diffusion Models for Video-to-Video Translation with Temporal Correspondence Guidance',
      'DiffusionRenderer: Neural Inverse and Forward Rendering with Video Diffusion Models',
      'Learning an evolved mixture model for task-free continual learning',
    ]);
    expect(records[0].abstract).toMatch(/^This study introduces an efficient and effective method, MeDM/);
    expect(records.map((record) => record.sources[0].line)).toEqual([3, 5, 7]);
    expect(records[0].sources[0].date).toBeNull();
  });

  it('metadata after abstracts: "• N authors", "·", dates with/without year and upvotes', async () => {
    const { records, warnings } = await readAll(join(FIXTURES, 'corpus-metadata.txt'));
    expect(warnings).toEqual([]);
    const byTitle = new Map(records.map((record) => [record.title.split(':')[0], record]));
    expect(records).toHaveLength(9);
    expect(byTitle.get('SuperTickets')).toMatchObject({ authors: 5, date: '2022-07-07', upvotes: null });
    expect(byTitle.get('Decentralized Diffusion Models')).toMatchObject({ authors: null, date: null, upvotes: null });
    expect(byTitle.get('AgentsNet')).toMatchObject({ authors: 5, date: '07-11', upvotes: 1 });
    expect(byTitle.get('COAT')).toMatchObject({ authors: 7, date: '2024-10-25', upvotes: 5 });
    expect(records.every((record) => record.sources[0].date === '10-30')).toBe(true);
  });
});

describe('daily reader on hand-made variants', () => {
  it('"once a day" chrome, glued Subscribe, a title ending in "?"', async () => {
    const { records, warnings } = await readAll(join(FIXTURES, 'daily-sections.txt'));
    expect(warnings).toEqual([]);
    expect(titles(records)).toEqual([
      'Quokka: Sparse Attention for Tiny Devices',
      'Is Bigger Always Better? Scaling Laws for Small Graphs',
    ]);
  });

  it('a short title-like abstract, several listing days, metadata with upvotes', async () => {
    const { records, warnings } = await readAll(join(FIXTURES, 'daily-blank-lines.txt'));
    expect(warnings).toEqual([]);
    expect(records.map((record) => [record.title, record.sources[0].date])).toEqual([
      ['Tiny Title', '03-03'],
      ['Wombat: Efficient Retrieval with Learned Sparse Codes', '03-03'],
      ['Koala: Continual Learning Without Replay', '03-04'],
    ]);
    expect(records[0].abstract).toBe('A short abstract without a final period');
    expect(records[1]).toMatchObject({ date: null, authors: null });
    expect(records[2]).toMatchObject({ authors: 3, date: '2024-03-01', upvotes: 12 });
  });

  it('title without abstract, orphan abstract, truncated last record: one warning each, good record kept', async () => {
    const path = join(FIXTURES, 'daily-broken.txt');
    const { records, warnings } = await readAll(path);
    expect(titles(records)).toEqual(['Ibis: Robust Parsing of Noisy Listings']);
    expect(warnings.map((warning) => [warning.file, warning.line])).toEqual([
      [path, 1],
      [path, 4],
      [path, 5],
    ]);
    expect(warnings[0].message).toMatch(/title without abstract/);
    expect(warnings[1].message).toMatch(/without a title/);
    expect(warnings[2].message).toMatch(/end of file \(truncated record\?\)/);
  });

  describe('generated', () => {
    const dir = scratch();
    afterAll(() => dir.remove());

    it('CRLF line ends and a BOM', async () => {
      const path = dir.file(
        'crlf.txt',
        '\uFEFFMar 5\r\n\r\nLemur: Windows Line Ends\r\n\r\nWe read files written on Windows. Every line ends with a carriage return and a line feed, and the reader must not keep the carriage return in titles or abstracts.\r\n',
      );
      const { records, warnings } = await readAll(path);
      expect(warnings).toEqual([]);
      expect(records).toEqual([
        expect.objectContaining({ title: 'Lemur: Windows Line Ends', sources: [expect.objectContaining({ date: '03-05', line: 3 })] }),
      ]);
      expect(records[0].abstract.endsWith('abstracts.')).toBe(true);
    });

    it('a title that reads like a sentence is still a title when an abstract follows it', async () => {
      const abstract =
        'Self-attention networks lose rank doubly exponentially with depth. We prove it and show how skip connections and MLPs counteract the collapse.';
      const path = dir.file(
        'sentence-title.txt',
        `First Paper: Plain Title\n${abstract}\nAttention is not all you need: pure attention loses rank doubly exponentially with depth.\n${abstract}\n`,
      );
      const { records, warnings } = await readAll(path);
      expect(warnings).toEqual([]);
      expect(titles(records)).toEqual([
        'First Paper: Plain Title',
        'Attention is not all you need: pure attention loses rank doubly exponentially with depth.',
      ]);
      expect(records[1].sources[0].line).toBe(3);
    });

    it('a 10 MB line: one warning naming file and line, neighbours kept', async () => {
      const good =
        'Good neighbours keep their abstracts. This one is long enough to be an abstract and it ends with a period, as abstracts do.';
      const path = dir.file(
        'huge.txt',
        `Before: A Good Paper\n${good}\nHuge: A Paper With A Giant Abstract\n${'word '.repeat(2_100_000)}\nAfter: Another Good Paper\n${good}\n`,
      );
      const { records, warnings } = await readAll(path);
      expect(titles(records)).toEqual(['Before: A Good Paper', 'After: Another Good Paper']);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ file: path, line: 3 });
      expect(warnings[0].message).toMatch(/not an abstract/);
    });
  });
});
