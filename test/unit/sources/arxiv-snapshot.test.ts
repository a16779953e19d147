import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { arxivLinks } from '../../../graph-schema/arxiv-links.ts';
import { readPapers, type ReadPapersOptions } from '../../../ingest/pipeline/read-papers.ts';
import type { PaperRecord } from '../../../ingest/types.ts';
import { FIXTURES, readAll, scratch } from './helpers.ts';

const SNAPSHOT = join(FIXTURES, 'arxiv-snapshot-filters.jsonl');

async function idsOf(paths: string[], options: ReadPapersOptions): Promise<string[]> {
  const ids: string[] = [];
  for await (const record of readPapers(paths, options)) ids.push(record.id);
  return ids;
}

function byId(records: PaperRecord[]): Map<string, PaperRecord> {
  return new Map(records.map((record) => [record.id, record]));
}

describe('arXiv metadata snapshot: fields', () => {
  it('several versions: the date is the first version’s, updated is update_date; DOI, journal ref and authors kept', async () => {
    const { records, warnings } = await readAll(SNAPSHOT);
    expect(warnings).toEqual([]);
    const paper = byId(records).get('2301.00001');
    expect(paper).toMatchObject({
      date: '2023-01-01',
      authors: 3,
      categories: ['cs.LG', 'cs.CV', 'stat.ML'],
      url: 'https://arxiv.org/abs/2301.00001',
      metadata: {
        authorNames: ['Ann Lee', 'Bo Chen', 'Carl Diaz'],
        arxivId: '2301.00001',
        updated: '2023-06-06',
        doi: '10.5555/icml.2023.001',
        journalRef: 'Proc. ICML 2023, pp. 1-12',
      },
    });
  });

  it('LaTeX and multi-line titles: TeX kept as written, the wrap collapsed; abstracts unwrapped', async () => {
    const papers = byId((await readAll(SNAPSHOT)).records);
    expect(papers.get('2301.00001')?.title).toBe('Sparse Coding with $\\ell_1$ Penalties for Robust Vision Transformers');
    expect(papers.get('2302.00002')?.title).toBe('Cross-Lingual Transfer for Low-Resource Speech');
    expect(papers.get('2301.00001')?.abstract).toBe(
      'We propose a method for learning sparse representations. It improves accuracy on ImageNet by 3%.',
    );
  });

  it('author names: TeX accents decoded, "et al." dropped, empty authors give no names', async () => {
    const papers = byId((await readAll(SNAPSHOT)).records);
    expect(papers.get('2302.00002')?.metadata?.authorNames).toEqual(['Jürgen Müller', 'François Dupont']);
    expect(papers.get('1805.01234')?.metadata?.authorNames).toEqual([]);
    expect(papers.get('1805.01234')?.authors).toBeNull();
  });

  it('missing optional fields: no versions dates the paper by its id month; no DOI or journal ref gives null', async () => {
    const paper = byId((await readAll(SNAPSHOT)).records).get('1805.01234');
    expect(paper).toMatchObject({ date: '2018-05-01', metadata: { updated: '2019-01-10', doi: null, journalRef: null } });
  });

  it('ids with a version and old-style ids: the key and the links use the bare id', async () => {
    const papers = byId((await readAll(SNAPSHOT)).records);
    expect(papers.get('2401.05555')).toMatchObject({ url: 'https://arxiv.org/abs/2401.05555', metadata: { arxivId: '2401.05555' } });
    expect(papers.get('cs/9901001')).toMatchObject({
      date: '1999-01-01',
      url: 'https://arxiv.org/abs/cs/9901001',
      metadata: { arxivId: 'cs/9901001' },
    });
    expect(arxivLinks('2401.05555')).toEqual({ abs: 'https://arxiv.org/abs/2401.05555', pdf: 'https://arxiv.org/pdf/2401.05555' });
    expect(arxivLinks('cs/9901001').pdf).toBe('https://arxiv.org/pdf/cs/9901001');
  });
});

describe('arXiv metadata snapshot: filters', () => {
  const dir = scratch();
  afterAll(() => dir.remove());

  it('--categories matches any category; --primary only the first', async () => {
    expect(await idsOf([SNAPSHOT], { filter: { categories: ['cs.LG'] } })).toEqual([
      '2301.00001',
      '2302.00002',
      'cs/9901001',
      '2401.05555',
    ]);
    expect(await idsOf([SNAPSHOT], { filter: { categories: ['cs.LG'], primaryOnly: true } })).toEqual(['2301.00001']);
    expect(await idsOf([SNAPSHOT], { filter: { categories: ['cs.CV', 'cs.CL'], primaryOnly: true } })).toEqual([
      '2302.00002',
      '1805.01234',
    ]);
  });

  it('--since/--until bound the first-version date, at the precision given', async () => {
    expect(await idsOf([SNAPSHOT], { filter: { since: '2023' } })).toEqual(['2301.00001', '2302.00002', '2401.05555']);
    expect(await idsOf([SNAPSHOT], { filter: { since: '2023-02', until: '2023-12-31' } })).toEqual(['2302.00002']);
    // v2 of the 1999 paper is from 2000: only v1 counts.
    expect(await idsOf([SNAPSHOT], { filter: { until: '1999' } })).toEqual(['cs/9901001']);
    expect(await idsOf([SNAPSHOT], { filter: { since: '2018-05-01', until: '2018-05-31' } })).toEqual(['1805.01234']);
  });

  it('--limit counts papers after filtering; filters combine', async () => {
    expect(await idsOf([SNAPSHOT], { limit: 2 })).toEqual(['2301.00001', '2302.00002']);
    expect(await idsOf([SNAPSHOT], { filter: { categories: ['cs.LG'], since: '2023-02' }, limit: 1 })).toEqual(['2302.00002']);
    const reader = readPapers([SNAPSHOT], { filter: { categories: ['cs.CV'], primaryOnly: true } });
    for await (const record of reader) expect(record.id).toBe('1805.01234');
    expect(reader.summary.filteredOut).toBe(4);
  });

  it('streamed (large) inputs filter and stop at the limit too, with bytes counted for progress', async () => {
    const reader = readPapers([SNAPSHOT], { filter: { categories: ['cs.LG'] }, limit: 2, bufferLimitBytes: 10 });
    const ids: string[] = [];
    for await (const record of reader) ids.push(record.id);
    expect(ids).toEqual(['2301.00001', '2302.00002']);
    const bytes = reader.bytes();
    expect(bytes.total).toBeGreaterThan(1000);
    expect(bytes.read).toBeGreaterThan(0);
  });

  it('CSV with the snapshot’s columns: the same fields and filters', async () => {
    const csv = dir.file(
      'snapshot.csv',
      [
        'id,title,abstract,authors,categories,versions,update_date,doi,journal-ref',
        '"2305.00042v3","Prompt Tuning at\n  Scale","We propose prompt tuning for large models. It matches fine-tuning on SuperGLUE.","Mia Wong and Li Na","cs.CL cs.AI","[{""version"":""v1"",""created"":""Tue, 2 May 2023 10:00:00 GMT""}]",2023-09-01,10.1000/xyz.1,"JMLR 24"',
        '"1912.00007","Old Vision Work","A convolutional network for detection. It improves mAP on COCO by 2 points.","",cs.CV,,2020-01-05,,',
      ].join('\n'),
    );
    const { records, warnings } = await readAll(csv);
    expect(warnings).toEqual([]);
    expect(records[0]).toMatchObject({
      id: '2305.00042',
      title: 'Prompt Tuning at Scale',
      date: '2023-05-02',
      url: 'https://arxiv.org/abs/2305.00042',
      metadata: {
        authorNames: ['Mia Wong', 'Li Na'],
        arxivId: '2305.00042',
        updated: '2023-09-01',
        doi: '10.1000/xyz.1',
        journalRef: 'JMLR 24',
      },
    });
    expect(records[1]).toMatchObject({ id: '1912.00007', date: '2019-12-01', metadata: { authorNames: [], doi: null, journalRef: null } });
    expect(await idsOf([csv], { filter: { categories: ['cs.AI'] } })).toEqual(['2305.00042']);
    expect(await idsOf([csv], { filter: { until: '2019' } })).toEqual(['1912.00007']);
  });
});
