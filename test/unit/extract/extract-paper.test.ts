import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION, extractPaper } from '../../../ingest/extract/index.ts';
import { extractHardware } from '../../../ingest/extract/hardware.ts';
import { readPapers } from '../../../ingest/pipeline/index.ts';
import type { EvidenceSpan, PaperExtraction, PaperRecord } from '../../../ingest/types.ts';
import { paperRecord } from '../../helpers/paper-record.ts';

const CONTRACT_KEYS = [
  'id',
  'title',
  'abstract',
  'sources',
  'authors',
  'date',
  'upvotes',
  'url',
  'categories',
  'methods',
  'concepts',
  'datasets',
  'tasks',
  'metrics',
  'hardware',
  'claims',
  'codeUrls',
  'results',
];

const record = (title: string, abstract: string): PaperRecord =>
  paperRecord(title, abstract, {
    authors: 3,
    date: '2024-07-11',
    upvotes: 5,
    sources: [{ key: 'dump', path: 'data/dump.txt', format: 'daily', date: '07-11', line: 4 }],
  });

const corpus: PaperRecord[] = [];
beforeAll(async () => {
  for await (const paper of readPapers(['data/daily-papers'])) corpus.push(paper);
});

/** Every evidence span lies inside its field and slices the mention it belongs to. */
function assertEvidenceSlices(paper: PaperRecord, extraction: PaperExtraction): void {
  const fieldText = (e: EvidenceSpan) => (e.field === 'title' ? paper.title : paper.abstract);
  const inBounds = (e: EvidenceSpan) => {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.end).toBeLessThanOrEqual(fieldText(e).length);
  };
  const entities = [...extraction.methods, ...extraction.concepts, ...extraction.datasets, ...extraction.tasks, ...extraction.metrics];
  for (const entity of entities) {
    expect(entity.evidence.length).toBeGreaterThan(0);
    for (const e of entity.evidence) {
      inBounds(e);
      expect([entity.name, ...entity.aliases]).toContain(fieldText(e).slice(e.start, e.end));
    }
  }
  for (const device of extraction.hardware) {
    expect(device.evidence.length).toBeGreaterThan(0);
    device.evidence.forEach((e, index) => {
      inBounds(e);
      const slice = fieldText(e).slice(e.start, e.end);
      if (index === 0) expect(slice).toBe(device.surface);
      // Re-read from the span's start, with the words after it ("mobile" in "mobile and edge devices").
      const [again] = extractHardware({ title: '', abstract: fieldText(e).slice(e.start, e.end + 40) });
      expect(again?.evidence[0]).toMatchObject({ start: 0, end: e.end - e.start });
      expect(again?.name).toBe(device.name);
    });
  }
  for (const claim of extraction.claims) {
    expect(paper.abstract.slice(claim.start, claim.end)).toBe(claim.text);
  }
}

describe('extractPaper', () => {
  it('has a version string', () => {
    expect(EXTRACTOR_VERSION).toMatch(/\d+\.\d+\.\d+/);
  });

  it('returns the contract keys in the contract order, with the record fields passed through', () => {
    const paper = record(
      'QMoE: Practical Sub-1-Bit Compression',
      'We propose QMoE. QMoE compresses models 20x on a single GPU. Code: https://github.com/IST-DASLab/qmoe.',
    );
    const extraction = extractPaper(paper);
    expect(Object.keys(extraction)).toEqual(CONTRACT_KEYS);
    expect(extraction).toMatchObject({
      id: 'p-test',
      title: paper.title,
      abstract: paper.abstract,
      sources: paper.sources,
      authors: 3,
      date: '2024-07-11',
      upvotes: 5,
      url: null,
      categories: [],
    });
    expect(extraction.hardware.map((h) => Object.keys(h))).toEqual([['name', 'count', 'surface', 'evidence']]);
    expect(extraction.claims.map((c) => Object.keys(c))).toEqual([['text', 'start', 'end', 'numbers', 'mentions']]);
    expect(extraction.claims[0].numbers).toEqual([{ raw: '20x', value: 20, unit: 'x' }]);
    expect(extraction.codeUrls).toEqual(['https://github.com/IST-DASLab/qmoe']);
    for (const method of extraction.methods)
      expect(Object.keys(method).sort()).toEqual(['aliases', 'confidence', 'evidence', 'name', 'recognisedBy', 'role']);
    for (const dataset of extraction.datasets)
      expect(Object.keys(dataset).sort()).toEqual(['aliases', 'confidence', 'evidence', 'name', 'recognisedBy', 'role']);
    for (const concept of [...extraction.concepts, ...extraction.tasks, ...extraction.metrics])
      expect(Object.keys(concept).sort()).toEqual(['aliases', 'confidence', 'evidence', 'name', 'recognisedBy']);
    for (const entity of [...extraction.methods, ...extraction.concepts]) expect(entity.confidence).toBeGreaterThan(0);
    // The output is one JSON line of the `extract` command.
    expect(JSON.parse(JSON.stringify(extraction))).toEqual(extraction);
  });

  it('is pure: the same record gives the same extraction and is not modified', () => {
    const paper = corpus[0];
    const before = JSON.stringify(paper);
    expect(extractPaper(paper)).toEqual(extractPaper(paper));
    expect(JSON.stringify(paper)).toBe(before);
  });

  it('claim mentions name entities of the paper', () => {
    for (const paper of corpus.slice(0, 60)) {
      const extraction = extractPaper(paper);
      const known = new Set([
        ...extraction.methods.map((m) => `method:${m.name}`),
        ...extraction.concepts.map((m) => `concept:${m.name}`),
        ...extraction.datasets.map((m) => `dataset:${m.name}`),
        ...extraction.tasks.map((m) => `task:${m.name}`),
        ...extraction.metrics.map((m) => `metric:${m.name}`),
        ...extraction.hardware.map((m) => `hardware:${m.name}`),
      ]);
      for (const claim of extraction.claims)
        for (const mention of claim.mentions) expect(known).toContain(`${mention.type}:${mention.name}`);
    }
  });

  it('every evidence span slices its mention, on every corpus abstract', () => {
    expect(corpus.length).toBeGreaterThan(100);
    for (const paper of corpus) assertEvidenceSlices(paper, extractPaper(paper));
  });

  it('every evidence span slices its mention, on randomised inputs', () => {
    const words = corpus
      .slice(0, 40)
      .flatMap((p) => p.abstract.split(/\s+/))
      .slice(0, 3000);
    const tricky = [
      '8×A100',
      '4timesRTX 3090',
      'GPUs',
      'a single GPU',
      'e.g.',
      'i.e.',
      'et al.',
      '(~50%).',
      '2.45x',
      'https://github.com/a/b).',
      '(GNNs)',
      'Graph Neural Networks',
      'CIFAR-10',
      '—',
      'é',
      '🙂',
      '\\%',
      'we show that',
      'outperforms',
      '1)',
      '(2)',
      'etc.',
      'We',
    ];
    const token = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...tricky), fc.string({ unit: 'binary', maxLength: 6 }));
    const text = fc
      .array(token, { maxLength: 80 })
      .chain((tokens) =>
        fc
          .array(fc.constantFrom(' ', ' ', ' ', '. ', ', ', '', '\n', '  '), { minLength: tokens.length, maxLength: tokens.length })
          .map((separators) => tokens.map((t, i) => t + separators[i]).join('')),
      );
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 10 }).map((t) => t.join(' ')),
        text,
        (title, abstract) => {
          const paper = record(title, abstract);
          assertEvidenceSlices(paper, extractPaper(paper));
        },
      ),
      { numRuns: 150 },
    );
  });
});
