import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalKey } from '../../../graph-schema/keys.ts';
import { combineRows, dedupePapers } from '../../../ingest/load/batch.ts';
import { buildPaperRows, MENTION_TYPES, paperContentHash } from '../../../ingest/load/rows.ts';
import type { PaperExtraction } from '../../../ingest/types.ts';
import { syntheticPapers } from '../../../scripts/bench/synthetic/papers.ts';
import { paperRecord } from '../../helpers/paper-record.ts';

const TITLE = 'EpiGNN: Systematic Relational Reasoning With Epistemic Graph Neural Networks';
const ABSTRACT =
  'We propose the Epistemic GNN (EpiGNN), built on Graph Neural Networks (GNNs). ' +
  'We evaluate on CLUTRR and CIFAR-10 using 8 GPUs. EpiGNNs improve accuracy by 4.5% on CLUTRR.';

function span(text: string, surface: string, from = 0) {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`no "${surface}"`);
  return { field: 'abstract' as const, start, end: start + surface.length };
}

function paper(overrides: Partial<PaperExtraction> = {}): PaperExtraction {
  const claimText = 'EpiGNNs improve accuracy by 4.5% on CLUTRR.';
  const claimStart = ABSTRACT.indexOf(claimText);
  return {
    ...paperRecord(TITLE, ABSTRACT, {
      id: 'p1',
      sources: [
        { key: 'day-1', path: 'data/day-1.txt', format: 'daily', date: '04-30', line: 12 },
        { key: 'day-2', path: 'data/day-2.txt', format: 'daily', date: '05-01', line: 3 },
      ],
      authors: 4,
      date: '2024-04-30',
      upvotes: 7,
    }),
    methods: [
      {
        name: 'Epistemic GNN',
        aliases: ['Epistemic GNN', 'EpiGNN'],
        role: 'proposed',
        evidence: [span(ABSTRACT, 'Epistemic GNN'), span(ABSTRACT, 'EpiGNN')],
      },
      // The same method named again in another spelling, this time as "used": one relationship, the stronger role.
      { name: 'epistemic-GNN', aliases: ['EpiGNNs'], role: 'used', evidence: [span(ABSTRACT, 'EpiGNNs')] },
    ],
    concepts: [
      {
        name: 'graph neural networks',
        aliases: ['Graph Neural Networks', 'GNNs'],
        evidence: [span(ABSTRACT, 'Graph Neural Networks'), span(ABSTRACT, 'GNNs')],
      },
    ],
    datasets: [
      {
        name: 'CLUTRR',
        aliases: ['CLUTRR'],
        role: 'used',
        evidence: [span(ABSTRACT, 'CLUTRR'), span(ABSTRACT, 'CLUTRR', ABSTRACT.indexOf('CLUTRR') + 1)],
      },
      { name: 'CIFAR-10', aliases: ['CIFAR-10'], role: 'used', evidence: [span(ABSTRACT, 'CIFAR-10')] },
    ],
    tasks: [],
    metrics: [{ name: 'accuracy', aliases: ['accuracy'], evidence: [span(ABSTRACT, 'accuracy')] }],
    hardware: [{ name: 'GPU', count: 8, surface: '8 GPUs', evidence: [span(ABSTRACT, '8 GPUs')] }],
    claims: [
      {
        text: claimText,
        start: claimStart,
        end: claimStart + claimText.length,
        numbers: [{ raw: '4.5%', value: 4.5, unit: '%' }],
        mentions: [
          { type: 'method', name: 'Epistemic GNN' },
          { type: 'dataset', name: 'CLUTRR' },
          { type: 'metric', name: 'Accuracy' },
          { type: 'task', name: 'something this paper does not mention' },
        ],
      },
    ],
    codeUrls: ['https://github.com/example/epignn'],
    ...overrides,
  };
}

describe('buildPaperRows', () => {
  const rows = buildPaperRows(paper(), 'extractor-1');

  it('keeps the paper fields, the text hash and the extractor version', () => {
    expect(rows.paper).toMatchObject({
      key: 'p1',
      title: TITLE,
      date: '2024-04-30',
      authorsCount: 4,
      upvotes: 7,
      url: null,
      categories: [],
    });
    expect(rows.paper.contentHash).toBe(paperContentHash(TITLE, ABSTRACT));
    expect(rows.paper.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows.paper.extractorVersion).toBe('extractor-1');
    expect(paperContentHash(TITLE, ABSTRACT + ' ')).not.toBe(rows.paper.contentHash);
  });

  it('folds spellings of one entity into one row keyed by its canonical key, with sorted distinct aliases', () => {
    const method = rows.entities.find((e) => e.label === 'Method');
    expect(rows.entities.filter((e) => e.label === 'Method')).toHaveLength(1);
    expect(method).toEqual({
      label: 'Method',
      key: canonicalKey('Epistemic GNN'),
      name: 'Epistemic GNN',
      aliases: ['EpiGNN', 'EpiGNNs', 'Epistemic GNN', 'epistemic-GNN'],
      generic: false,
    });
  });

  it('flags fields and generic technique words as generic, and carries how each mention was recognised', () => {
    const generic = buildPaperRows(
      { ...paper(), concepts: [{ name: 'deep learning', aliases: [], evidence: [], recognisedBy: 'lexicon', confidence: 0.9 }] },
      'test',
    );
    expect(generic.entities.find((e) => e.label === 'Concept')?.generic).toBe(true);
    expect(generic.mentions.DISCUSSES[0]).toMatchObject({ recognisedBy: 'lexicon', confidence: 0.9 });
    expect(rows.mentions.PROPOSES[0]).toMatchObject({ recognisedBy: null, confidence: null });
  });

  it('gives a paper one relationship per entity, the stronger role winning', () => {
    expect(rows.mentions.PROPOSES).toHaveLength(1);
    expect(rows.mentions.USES).toHaveLength(0);
    expect(rows.mentions.EVALUATES_ON.map((m) => m.entityKey).sort()).toEqual(['cifar10', 'clutrr']);
  });

  it('stores evidence as parallel arrays whose surfaces are the exact slices', () => {
    for (const type of MENTION_TYPES) {
      for (const mention of rows.mentions[type]) {
        const n = mention.evidenceStarts.length;
        expect([mention.evidenceFields.length, mention.evidenceEnds.length, mention.surfaces.length]).toEqual([n, n, n]);
        mention.surfaces.forEach((surface, i) => {
          const text = mention.evidenceFields[i] === 'title' ? TITLE : ABSTRACT;
          expect(text.slice(mention.evidenceStarts[i], mention.evidenceEnds[i])).toBe(surface);
        });
      }
    }
    expect(rows.mentions.PROPOSES[0].surfaces).toEqual(['Epistemic GNN', 'EpiGNN', 'EpiGNNs']);
    expect(rows.mentions.EVALUATES_ON.find((m) => m.entityKey === 'clutrr')?.surfaces).toEqual(['CLUTRR', 'CLUTRR']);
  });

  it('keeps the hardware count on RUNS_ON only', () => {
    expect(rows.mentions.RUNS_ON).toEqual([expect.objectContaining({ entityKey: 'gpu', count: 8, surfaces: ['8 GPUs'] })]);
    expect(rows.mentions.DISCUSSES[0].count).toBeNull();
  });

  it('keys claims by paper and offset, numbers as parallel arrays, ABOUT only to entities of this paper', () => {
    const claim = rows.claims[0];
    expect(claim.key).toBe(`p1#${claim.start}`);
    expect(ABSTRACT.slice(claim.start, claim.end)).toBe(claim.text);
    expect([claim.numberRaws, claim.numberValues, claim.numberUnits]).toEqual([['4.5%'], [4.5], ['%']]);
    expect(rows.abouts).toEqual([
      { claimKey: claim.key, label: 'Method', entityKey: canonicalKey('Epistemic GNN') },
      { claimKey: claim.key, label: 'Dataset', entityKey: 'clutrr' },
      { claimKey: claim.key, label: 'Metric', entityKey: 'accuracy' },
    ]);
  });

  it('links the paper to every listing with its line', () => {
    expect(rows.listings.map((l) => l.key)).toEqual(['day-1', 'day-2']);
    expect(rows.listedIn).toEqual([
      { paperKey: 'p1', listingKey: 'day-1', line: 12 },
      { paperKey: 'p1', listingKey: 'day-2', line: 3 },
    ]);
  });

  it('drops mentions whose name has no letters or digits', () => {
    const odd = buildPaperRows(paper({ tasks: [{ name: '—', aliases: [], evidence: [] }] }), 'v');
    expect(odd.entities.filter((e) => e.label === 'Task')).toEqual([]);
  });
});

describe('combineRows', () => {
  it('touches each entity once per batch, merging names and aliases independently of order', () => {
    const a = buildPaperRows(paper(), 'v');
    const b = buildPaperRows(paper({ id: 'p2', methods: [{ name: 'Epistemic-GNN', aliases: ['EGNN'], role: 'used', evidence: [] }] }), 'v');
    const forward = combineRows([a, b], []);
    const backward = combineRows([b, a], []);
    expect(forward.entities.Method).toEqual(backward.entities.Method);
    expect(forward.entities.Method).toHaveLength(1);
    expect(forward.entities.Method[0].name).toBe('Epistemic GNN');
    expect(forward.entities.Method[0].aliases).toContain('EGNN');
    expect(forward.papers.map((p) => p.key)).toEqual(['p1', 'p2']);
  });

  it('records listings of unchanged papers without rewriting them', () => {
    const rows = buildPaperRows(paper(), 'v');
    const batch = combineRows([], [rows]);
    expect(batch.papers).toEqual([]);
    expect(batch.entities.Method).toEqual([]);
    expect(batch.listedIn).toHaveLength(2);
  });

  it('keeps one record per paper key, listings merged', () => {
    const first = buildPaperRows(paper(), 'v');
    const second = buildPaperRows(paper({ sources: [{ key: 'day-3', path: 'x', format: 'daily', date: null, line: 1 }] }), 'v');
    const [merged] = dedupePapers([first, second]);
    expect(merged.listedIn.map((l) => l.listingKey).sort()).toEqual(['day-1', 'day-2', 'day-3']);
  });
});

describe('synthetic papers', () => {
  it('have evidence spans that slice their mentions and claims that slice the abstract', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 5_000 }), (seed, start) => {
        const [synthetic] = [
          ...syntheticPapers({
            count: 1,
            seed,
            startIndex: start,
            sizes: { methods: 200, concepts: 50, datasets: 50, tasks: 20, metrics: 10 },
          }),
        ];
        const rows = buildPaperRows(synthetic, 'v');
        for (const type of MENTION_TYPES) {
          for (const mention of rows.mentions[type]) {
            mention.surfaces.forEach((surface, i) =>
              expect(synthetic.abstract.slice(mention.evidenceStarts[i], mention.evidenceEnds[i])).toBe(surface),
            );
          }
        }
        for (const claim of synthetic.claims) expect(synthetic.abstract.slice(claim.start, claim.end)).toBe(claim.text);
        expect(rows.abouts.length).toBeGreaterThan(0);
      }),
      { numRuns: 30 },
    );
  });
});
