import { gzipSync } from 'node:zlib';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listInputFiles, readSource } from '../../../ingest/sources/index.ts';
import { FIXTURES, readAll, scratch, titles } from './helpers.ts';

const jsonLine = (title: string): string =>
  JSON.stringify({ id: title.toLowerCase().replace(/\W+/g, '-'), title, abstract: `${title} works. We show it on two benchmarks.` });

describe('bad input never stops the run silently', () => {
  const dir = scratch();
  afterAll(() => dir.remove());

  it('a missing file: one warning, nothing read', async () => {
    const path = join(dir.dir, 'does-not-exist.jsonl');
    const read = readSource(path, { onWarning: () => {} });
    const { records, warnings } = await readAll(path);
    for await (const record of read.records) expect(record).toBeUndefined();
    expect(records).toEqual([]);
    expect(warnings).toEqual([{ file: path, line: null, message: 'cannot read: no such file or directory' }]);
    expect(read.stats.readable).toBe(false);
  });

  it('an empty file: one warning', async () => {
    const path = dir.file('empty.txt', '');
    const { records, warnings } = await readAll(path);
    expect(records).toEqual([]);
    expect(warnings).toEqual([{ file: path, line: null, message: 'empty file' }]);
  });

  it('a file of blank lines or chrome only: one warning', async () => {
    const path = dir.file('chrome.txt', 'new\n\nSubscribe\n\n\n');
    const { records, warnings } = await readAll(path);
    expect(records).toEqual([]);
    expect(warnings).toEqual([{ file: path, line: null, message: 'no papers found (read as daily)' }]);
  });

  it('a binary file: one warning, skipped', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const path = dir.file('image.jsonl', bytes);
    const { records, warnings } = await readAll(path);
    expect(records).toEqual([]);
    expect(warnings).toEqual([{ file: path, line: 1, message: expect.stringMatching(/binary file/) }]);
  });

  it('a UTF-16 file reads as binary: one warning', async () => {
    const path = dir.file('utf16.txt', Buffer.from('\uFEFFTitle\n\nAbstract text.\n', 'utf16le'));
    const { warnings } = await readAll(path);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toMatch(/not UTF-8/);
  });

  it('non-UTF-8 (Latin-1) lines: one warning per bad line, naming it; UTF-8 records kept', async () => {
    const latin1 = Buffer.from(
      JSON.stringify({ title: 'Caf\u00e9 Networks', abstract: 'R\u00e9sum\u00e9 of a study. It is long.' }),
      'latin1',
    );
    const path = dir.file(
      'mixed.jsonl',
      Buffer.concat([
        Buffer.from(`${jsonLine('Clean One')}\n`),
        latin1,
        Buffer.from(`\n${jsonLine('Clean Two')}\n`),
        latin1,
        Buffer.from('\n'),
      ]),
    );
    const { records, warnings } = await readAll(path);
    expect(titles(records)).toEqual(['Clean One', 'Clean Two']);
    expect(warnings).toEqual(
      [2, 4].map((line) => ({ file: path, line, message: 'not valid UTF-8 text (Latin-1 or another encoding?); record skipped' })),
    );
  });

  it('non-UTF-8 in a daily dump skips that paper only', async () => {
    const abstract = 'We keep reading after a bad byte. The reader warns once and goes on with the next paper in the listing.';
    const content = Buffer.concat([
      Buffer.from(`Good Paper Before\n\n${abstract}\n\n`),
      Buffer.from('Bad Byte \xe9 Paper\n\n', 'latin1'),
      Buffer.from(`${abstract}\n\nGood Paper After\n\n${abstract}\n`),
    ]);
    const path = dir.file('latin1-daily.txt', content);
    const { records, warnings } = await readAll(path);
    expect(titles(records)).toEqual(['Good Paper Before', 'Good Paper After']);
    expect(warnings).toEqual([{ file: path, line: 5, message: expect.stringMatching(/not valid UTF-8/) }]);
  });

  it('binary garbage in the middle of a text file: that record skipped, one warning', async () => {
    const prefix = Array.from({ length: 3000 }, (_, i) => jsonLine(`Filler Paper ${i}`)).join('\n');
    const path = dir.file(
      'garbage-late.jsonl',
      Buffer.concat([
        Buffer.from(`${prefix}\n`),
        Buffer.from([0x7b, 0x00, 0x01, 0x02, 0x00, 0x7d, 0x0a]),
        Buffer.from(`${jsonLine('After Garbage')}\n`),
      ]),
    );
    const { records, warnings } = await readAll(path);
    expect(records).toHaveLength(3001);
    expect(records.at(-1)?.title).toBe('After Garbage');
    expect(warnings).toEqual([{ file: path, line: 3001, message: expect.stringMatching(/NUL byte/) }]);
  });

  it('.gz input of every format is read through zlib', async () => {
    const jsonl = dir.file('papers.jsonl.gz', gzipSync(`${jsonLine('Zipped One')}\n${jsonLine('Zipped Two')}\n`));
    const daily = dir.file(
      'listing.txt.gz',
      gzipSync(await import('node:fs').then((fs) => fs.readFileSync(join(FIXTURES, 'corpus-adjacent.txt')))),
    );
    const csv = dir.file('papers.csv.gz', gzipSync('title,abstract\nZipped Row,"An abstract. Second sentence."\n'));
    const noExtension = dir.file('papers-without-extension', gzipSync(`${jsonLine('Sniffed')}\n`));
    expect(titles((await readAll(jsonl)).records)).toEqual(['Zipped One', 'Zipped Two']);
    const dailyRead = await readAll(daily);
    expect(dailyRead.records).toHaveLength(3);
    expect(dailyRead.records[0].sources[0]).toMatchObject({ key: 'listing', format: 'daily', line: 3 });
    expect(titles((await readAll(csv)).records)).toEqual(['Zipped Row']);
    expect(titles((await readAll(noExtension)).records)).toEqual(['Sniffed']);
  });

  it('a truncated .gz: records before the cut survive, one warning with the line', async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => jsonLine(`Paper Number ${i}`)).join('\n');
    const whole = gzipSync(lines);
    const path = dir.file('cut.jsonl.gz', whole.subarray(0, Math.floor(whole.length / 2)));
    const { records, warnings } = await readAll(path);
    expect(records.length).toBeGreaterThan(100);
    expect(records.length).toBeLessThan(2000);
    expect(titles(records).slice(0, 2)).toEqual(['Paper Number 0', 'Paper Number 1']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      file: path,
      line: records.length + 1,
      message: expect.stringMatching(/read error \(unexpected end of file\)/),
    });
  });

  it('format from content beats the extension; --format overrides both', async () => {
    const path = dir.file('actually-jsonl.txt', `${jsonLine('Json In Txt')}\n`);
    expect(titles((await readAll(path)).records)).toEqual(['Json In Txt']);
    const forced = await readAll(path, { format: 'daily' });
    expect(forced.records).toEqual([]);
    expect(forced.warnings).toHaveLength(1);
    const csvAsTxt = dir.file('table.txt', 'title,abstract\nCsv In Txt,"Works. Really."\n');
    expect((await readAll(csvAsTxt)).records[0]).toMatchObject({
      title: 'Csv In Txt',
      sources: [expect.objectContaining({ format: 'csv' })],
    });
  });

  it('directories are walked for listing files in name order', async () => {
    const root = join(dir.dir, 'tree');
    mkdirSync(join(root, 'b-sub'), { recursive: true });
    const files = [join(root, 'a.txt'), join(root, 'b-sub', 'c.jsonl.gz'), join(root, 'd.csv')];
    for (const file of files) dir.file(file.slice(dir.dir.length + 1), 'x');
    dir.file('tree/notes.md', 'x');
    dir.file('tree/.hidden.txt', 'x');
    const warnings: unknown[] = [];
    expect(await listInputFiles([root, join(root, 'a.txt')], (warning) => warnings.push(warning))).toEqual(files);
    const empty = join(dir.dir, 'empty-dir');
    mkdirSync(empty);
    expect(await listInputFiles([empty], (warning) => warnings.push(warning))).toEqual([]);
    expect(warnings).toEqual([{ file: empty, line: null, message: expect.stringMatching(/no .*listing files/) }]);
  });
});
