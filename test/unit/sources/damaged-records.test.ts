/**
 * Damage inside a file costs only the damaged records, each named by its line: NUL bytes (anywhere, the first
 * 64 KB included), another encoding, impossible dates; and symbolic link loops in input folders are reported.
 */
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listInputFiles } from '../../../ingest/sources/index.ts';
import type { ReaderWarning } from '../../../ingest/types.ts';
import { readAll, scratch, titles } from './helpers.ts';

const jsonLine = (title: string, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({
    id: title.toLowerCase().replace(/\W+/g, '-'),
    title,
    abstract: `${title} works. We show it on two benchmarks.`,
    ...extra,
  });

/** A 1,000-record JSONL file whose line `nulLine` carries a NUL byte inside a string. */
function jsonlWithNul(nulLine: number): Buffer {
  const lines = Array.from({ length: 1000 }, (_, i) => jsonLine(`Paper Number ${i + 1}`));
  lines[nulLine - 1] = lines[nulLine - 1].replace('works.', 'wo\u0000rks.');
  return Buffer.from(`${lines.join('\n')}\n`);
}

describe('damaged records', () => {
  const dir = scratch();
  afterAll(() => dir.remove());

  for (const nulLine of [3, 900]) {
    it(`a NUL byte on line ${nulLine} of 1,000 records loses only that record, and the warning names line ${nulLine}`, async () => {
      const path = dir.file(`nul-${nulLine}.jsonl`, jsonlWithNul(nulLine));
      const { records, warnings } = await readAll(path);
      expect(records).toHaveLength(999);
      expect(titles(records)).not.toContain(`Paper Number ${nulLine}`);
      expect(titles(records)).toContain(`Paper Number ${nulLine + 1}`);
      expect(warnings).toEqual([{ file: path, line: nulLine, message: 'NUL byte in the line (binary data, not text); record skipped' }]);
    });
  }

  it('a NUL byte in a daily dump loses only its paper', async () => {
    const abstract = 'We keep reading after a NUL byte. The reader warns once and goes on with the next paper in the listing.';
    const path = dir.file(
      'nul-daily.txt',
      `Good Paper Before\n\n${abstract}\n\nBroken \u0000 Paper\n\n${abstract}\n\nGood Paper After\n\n${abstract}\n`,
    );
    const { records, warnings } = await readAll(path);
    expect(titles(records)).toEqual(['Good Paper Before', 'Good Paper After']);
    expect(warnings).toEqual([{ file: path, line: 5, message: expect.stringMatching(/NUL byte/) }]);
  });

  it('a NUL byte in a CSV row loses only that row, named by its line', async () => {
    const path = dir.file(
      'nul.csv',
      'title,abstract\nFirst Row,"Fine. Really."\nSecond\u0000Row,"Broken. Really."\nThird Row,"Fine too. Really."\n',
    );
    const { records, warnings } = await readAll(path);
    expect(titles(records)).toEqual(['First Row', 'Third Row']);
    expect(warnings).toEqual([{ file: path, line: 3, message: expect.stringMatching(/NUL byte/) }]);
  });

  it('a Latin-1 daily paper whose title and abstract are both bad: a warning for each line', async () => {
    const abstract = 'Une \xe9tude des r\xe9seaux. It reads on after the bad bytes and keeps the next paper of the listing.';
    const good = 'A good abstract that is long enough to be one. It has two sentences in it, as abstracts do.';
    const content = Buffer.concat([
      Buffer.from(`Good Paper Before\n\n${good}\n\n`),
      Buffer.from(`R\xe9seaux Paper\n\n${abstract}\n\n`, 'latin1'),
      Buffer.from(`Good Paper After\n\n${good}\n`),
    ]);
    const path = dir.file('latin1-both.txt', content);
    const { records, warnings } = await readAll(path);
    expect(titles(records)).toEqual(['Good Paper Before', 'Good Paper After']);
    expect(warnings.map((warning) => warning.line)).toEqual([5, 7]);
    for (const warning of warnings) expect(warning.message).toMatch(/not valid UTF-8/);
  });

  it('impossible dates are refused with the field named; real ones are read', async () => {
    const lines = [
      jsonLine('Month Thirteen', { update_date: '2024-13-99' }),
      jsonLine('February Thirtieth', { date: 'Feb 30, 2024' }),
      jsonLine('Not A Leap Year', { published: '2023-02-29' }),
      jsonLine('Leap Day', { published: '2024-02-29' }),
      jsonLine('Plain Day', { date: '2024-07-11' }),
    ];
    const path = dir.file('dates.jsonl', `${lines.join('\n')}\n`);
    const { records, warnings } = await readAll(path);
    expect(records.map((record) => [record.title, record.date])).toEqual([
      ['Leap Day', '2024-02-29'],
      ['Plain Day', '2024-07-11'],
    ]);
    expect(warnings).toEqual([
      { file: path, line: 1, message: 'field "update_date": "2024-13-99" is not a calendar date (there is no month 13); skipped' },
      { file: path, line: 2, message: 'field "date": "Feb 30, 2024" is not a calendar date (Feb has no day 30); skipped' },
      { file: path, line: 3, message: 'field "published": "2023-02-29" is not a calendar date (month 2 of 2023 has no day 29); skipped' },
    ]);
  });

  it('an impossible date in a CSV row names the column and the line', async () => {
    const path = dir.file('dates.csv', 'title,abstract,date\nGood Row,"Fine. Really.",2024-01-31\nBad Row,"Fine. Really.",2024-04-31\n');
    const { records, warnings } = await readAll(path);
    expect(titles(records)).toEqual(['Good Row']);
    expect(warnings).toEqual([
      { file: path, line: 3, message: expect.stringMatching(/^field "date": "2024-04-31" is not a calendar date/) },
    ]);
  });

  it('symbolic link loops in an input folder give a warning and the walk goes on', async () => {
    const root = join(dir.dir, 'linked');
    mkdirSync(join(root, 'sub'), { recursive: true });
    dir.file('linked/a.jsonl', 'x');
    dir.file('linked/sub/b.jsonl', 'x');
    symlinkSync(root, join(root, 'sub', 'back-to-root'));
    symlinkSync(join(root, 'self-loop'), join(root, 'self-loop'));
    symlinkSync(join(root, 'nowhere'), join(root, 'dangling.jsonl'));
    const outside = join(dir.dir, 'outside');
    mkdirSync(outside);
    dir.file('outside/c.jsonl', 'x');
    symlinkSync(outside, join(root, 'z-linked-dir'));
    const warnings: ReaderWarning[] = [];
    const files = await listInputFiles([root], (warning) => warnings.push(warning));
    expect(files).toEqual([join(root, 'a.jsonl'), join(root, 'sub', 'b.jsonl'), join(root, 'z-linked-dir', 'c.jsonl')]);
    expect(warnings).toEqual([
      { file: join(root, 'dangling.jsonl'), line: null, message: 'broken symbolic link (no such file or directory); skipped' },
      { file: join(root, 'self-loop'), line: null, message: 'symbolic link loop (the link resolves to itself); skipped' },
      {
        file: join(root, 'sub', 'back-to-root'),
        line: null,
        message: `symbolic link loop: it points back to ${root}, which is being read already; not followed`,
      },
    ]);
  });
});
