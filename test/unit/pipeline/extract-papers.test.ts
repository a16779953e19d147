import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../ingest/extract/index.ts';
import { extractPapers, type ExtractPapersOptions } from '../../../ingest/pipeline/extract-papers.ts';
import { extractionLine, orderExtraction } from '../../../ingest/pipeline/serialise.ts';
import { ExtractionPool } from '../../../ingest/pipeline/worker-pool.ts';
import type { PaperExtraction, PaperRecord } from '../../../ingest/types.ts';
import { paperRecord } from '../../helpers/paper-record.ts';
import { FIXTURES } from '../sources/helpers.ts';

const INPUTS = ['corpus-metadata.txt', 'corpus-adjacent.txt', 'arxiv-snapshot.jsonl', 'papers.csv'].map((name) => join(FIXTURES, name));

async function run(options: ExtractPapersOptions) {
  const info: string[] = [];
  const progress: Array<[number, number | null]> = [];
  const extraction = extractPapers(INPUTS, {
    ...options,
    onInfo: (message) => info.push(message),
    onProgress: (done, total) => progress.push([done, total]),
  });
  const papers: PaperExtraction[] = [];
  for await (const paper of extraction) papers.push(paper);
  return { papers, info, progress, summary: extraction.summary };
}

describe('extractPapers', () => {
  it('in-process: every paper in input order, with the real extractor and merged listing fields', async () => {
    const { papers, info, progress, summary } = await run({ workers: 0 });
    expect(info).toEqual([]);
    expect(papers).toHaveLength(17);
    expect(papers[0].title).toMatch(/^SuperTickets/);
    expect(papers.at(-1)?.title).toBe('Badger: Plain Rows');
    expect(papers.map((paper) => paper.id).slice(9, 12)).toEqual([
      expect.stringMatching(/^p/),
      expect.stringMatching(/^p/),
      expect.stringMatching(/^p/),
    ]);
    expect(papers[12].id).toBe('0704.0001');
    expect(progress.at(-1)).toEqual([17, 17]);
    expect(summary).toMatchObject({ files: 4, records: 17, papers: 17, warnings: 0 });
    const record = papers[0];
    const direct = extractPaper({ ...record, url: null, categories: [] });
    expect(record.methods).toEqual(direct.methods);
    expect(record.claims).toEqual(direct.claims);
  });

  it('worker threads (from vitest): same output, same order, and it says so', async () => {
    const inProcess = await run({ workers: 0 });
    const threaded = await run({ workers: 2 });
    expect(threaded.info).toEqual([expect.stringMatching(/^extract: 2 worker thread\(s\) on \d+ core\(s\) for 17 papers$/)]);
    expect(threaded.papers).toEqual(inProcess.papers);
    expect(threaded.progress.map(([done]) => done)).toEqual(inProcess.progress.map(([done]) => done));
  }, 120_000);

  it('worker threads keep going when the consumer is slower than the workers', async () => {
    const pool = await ExtractionPool.start(1);
    async function* records(): AsyncGenerator<PaperRecord> {
      for (let i = 0; i < 12; i++) {
        yield paperRecord(`Paper ${i}`, `We propose Method${i}. It runs on ${i + 1} GPUs.`, { id: `p${i}` });
      }
    }
    const seen: string[] = [];
    try {
      // Batches of one: every batch in flight finishes while this consumer is paused, which once left the pool waiting forever.
      for await (const { record } of pool.extract(records(), 1)) {
        seen.push(record.id);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } finally {
      await pool.close();
    }
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => `p${i}`));
  }, 120_000);
});

describe('extract JSON line shape', () => {
  it('orders keys as the contract does, whatever order they were built in', () => {
    const scrambled = {
      codeUrls: ['https://github.com/a/b'],
      claims: [
        { mentions: [{ name: 'X', type: 'method' }], numbers: [{ unit: 'x', value: 2, raw: '2x' }], end: 5, start: 0, text: 'X 2x.' },
      ],
      hardware: [{ evidence: [{ end: 3, start: 0, field: 'abstract' }], surface: 'GPU', count: null, name: 'GPU' }],
      metrics: [],
      tasks: [],
      datasets: [{ evidence: [], role: 'used', aliases: ['D'], name: 'D' }],
      concepts: [],
      methods: [{ evidence: [], role: 'proposed', aliases: ['X'], name: 'X' }],
      upvotes: null,
      date: null,
      authors: 2,
      sources: [{ line: 1, date: null, format: 'daily', path: 'a.txt', key: 'a' }],
      abstract: 'X 2x.',
      title: 'X',
      id: 'p1',
    } as unknown as PaperExtraction;
    const line = extractionLine(scrambled);
    expect(line.endsWith('\n')).toBe(true);
    const parsed = JSON.parse(line);
    expect(Object.keys(parsed)).toEqual([
      'id',
      'title',
      'abstract',
      'sources',
      'authors',
      'date',
      'upvotes',
      'methods',
      'concepts',
      'datasets',
      'tasks',
      'metrics',
      'hardware',
      'claims',
      'codeUrls',
    ]);
    expect(Object.keys(parsed.sources[0])).toEqual(['key', 'path', 'format', 'date', 'line']);
    expect(Object.keys(parsed.methods[0])).toEqual(['name', 'aliases', 'role', 'evidence']);
    expect(Object.keys(parsed.hardware[0])).toEqual(['name', 'count', 'surface', 'evidence']);
    expect(Object.keys(parsed.hardware[0].evidence[0])).toEqual(['field', 'start', 'end']);
    expect(Object.keys(parsed.claims[0])).toEqual(['text', 'start', 'end', 'numbers', 'mentions']);
    expect(Object.keys(parsed.claims[0].numbers[0])).toEqual(['raw', 'value', 'unit']);
    expect(Object.keys(parsed.claims[0].mentions[0])).toEqual(['type', 'name']);
    expect(orderExtraction(scrambled)).toEqual(scrambled);
  });
});
