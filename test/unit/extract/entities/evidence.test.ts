import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONCEPT_LEXICON } from '../../../../ingest/extract/entities/lexicon/concepts.ts';
import { DATASET_LEXICON } from '../../../../ingest/extract/entities/lexicon/datasets.ts';
import { METHOD_LEXICON } from '../../../../ingest/extract/entities/lexicon/methods.ts';
import { METRIC_LEXICON } from '../../../../ingest/extract/entities/lexicon/metrics.ts';
import { TASK_LEXICON } from '../../../../ingest/extract/entities/lexicon/tasks.ts';
import type { EntityMention } from '../../../../ingest/types.ts';
import { allEntities, extract, find } from './helpers.ts';

function expectEvidenceSlices(title: string, abstract: string, entities: readonly EntityMention[]): void {
  for (const entity of entities) {
    expect(entity.aliases).toContain(
      entity.name === entity.aliases[0] ? entity.name : (entity.aliases.find((a) => a === entity.name) ?? entity.aliases[0]),
    );
    expect(entity.evidence.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const ev of entity.evidence) {
      const text = ev.field === 'title' ? title : abstract;
      expect(ev.start).toBeGreaterThanOrEqual(0);
      expect(ev.end).toBeLessThanOrEqual(text.length);
      expect(ev.end).toBeGreaterThan(ev.start);
      expect(entity.aliases).toContain(text.slice(ev.start, ev.end));
      const id = `${ev.field}:${ev.start}:${ev.end}`;
      expect(seen.has(id)).toBe(false);
      seen.add(id);
    }
  }
}

describe('evidence spans', () => {
  it('gives every occurrence in title and abstract, slicing the exact surface', () => {
    const title = 'Neural Common Neighbor with Completion for Link Prediction';
    const abstract =
      'We propose Neural Common Neighbor (NCN). NCN and NCNC outperform baselines. NCNC achieves state-of-the-art performance in link prediction tasks.';
    const e = extract(title, abstract);
    const ncn = find(e.methods, 'NCN')!;
    const spans = ncn.evidence.map((ev) => `${ev.field}:${(ev.field === 'title' ? title : abstract).slice(ev.start, ev.end)}`);
    expect(spans).toEqual(['title:Neural Common Neighbor', 'abstract:Neural Common Neighbor', 'abstract:NCN', 'abstract:NCN']);
    const lp = find(e.tasks, 'link prediction')!;
    // "link prediction tasks" in the abstract is the same task with its generic head: both surfaces are evidence.
    expect(lp.evidence.map((ev) => ev.field)).toEqual(['title', 'abstract', 'abstract']);
    expect(lp.aliases).toEqual(expect.arrayContaining(['Link Prediction', 'link prediction', 'link prediction tasks']));
    expectEvidenceSlices(title, abstract, allEntities(e));
  });

  it('slices exactly on the annotated abstracts of the shared dev set', () => {
    const lines = readFileSync(new URL('../../../fixtures/extraction/dev_gold.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const paper = JSON.parse(line) as { title: string; abstract: string };
      expectEvidenceSlices(paper.title, paper.abstract, allEntities(extract(paper.title, paper.abstract)));
    }
  });

  it('keeps title spans exact when the title starts with whitespace (title "X: ..." names)', () => {
    for (const title of [' ImageNet : we', '  GNNPipe: Scaling Deep GNN Training', '\tBoosting Training with C4: A Study']) {
      const e = extract(title, 'We evaluate on ImageNet.');
      const mentions = allEntities(e).flatMap((entity) =>
        entity.evidence.filter((ev) => ev.field === 'title').map((ev) => ({ entity, ev })),
      );
      expect(mentions.length).toBeGreaterThan(0);
      for (const { entity, ev } of mentions) expect(entity.aliases).toContain(title.slice(ev.start, ev.end));
    }
  });

  it("property: every evidence span slices one of its entity's aliases, for text built from lexicon words", () => {
    const phrases = [...DATASET_LEXICON, ...METHOD_LEXICON, ...CONCEPT_LEXICON, ...TASK_LEXICON, ...METRIC_LEXICON]
      .flatMap((line) => line.replace(/^!/, '').split('|'))
      .map((v) => v.replace(/^!/, ''));
    const filler = [
      'we',
      'propose',
      'the',
      'a',
      'novel',
      'called',
      'on',
      'dataset',
      'benchmark',
      'with',
      'and',
      'outperforms',
      'namely',
      '(',
      ')',
      ',',
      '.',
      ':',
      'GNNPipe',
      'Seaweed-7B',
      'our',
      'proposed',
      'X-Net',
      'é',
      'ﬁne',
      '—',
      '-',
    ];
    const token = fc.oneof(fc.constantFrom(...phrases), fc.constantFrom(...filler), fc.string({ maxLength: 6 }));
    const sentence = fc.array(token, { minLength: 1, maxLength: 25 }).map((ts) => ts.join(' '));
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 8 }).map((ts) => ts.join(' ')),
        fc.array(sentence, { minLength: 1, maxLength: 6 }),
        (title, sentences) => {
          const abstract = sentences.join('. ');
          const e = extract(title, abstract);
          for (const entity of allEntities(e)) {
            expect(entity.aliases).toContain(entity.name);
            for (const ev of entity.evidence) {
              const text = ev.field === 'title' ? title : abstract;
              expect(entity.aliases).toContain(text.slice(ev.start, ev.end));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('real abstracts from the corpus', () => {
  it('extracts the named models of GLM-130B with their roles', () => {
    const title = 'GLM-130B: An Open Bilingual Pre-trained Model';
    const abstract =
      'We introduce GLM-130B, a bilingual (English and Chinese) pre-trained language model with 130 billion parameters. It is an attempt to open-source a 100B-scale model at least as good as GPT-3. ' +
      'The resultant GLM-130B model offers significant outperformance over GPT-3 175B on a wide range of popular English benchmarks while the performance advantage is not observed in OPT-175B and BLOOM-176B. ' +
      'Finally, we leverage a unique scaling property of GLM-130B to reach INT4 quantization, without quantization aware training and with almost no performance loss.';
    const e = extract(title, abstract);
    expect(find(e.methods, 'GLM-130B')?.role).toBe('proposed');
    for (const used of ['GPT-3', 'OPT-175B', 'BLOOM-176B']) expect(find(e.methods, used)?.role).toBe('used');
    expect(find(e.concepts, 'quantization aware training')).toBeDefined();
    expect(find(e.concepts, 'INT4 quantization') ?? find(e.concepts, 'quantization')).toBeDefined();
    expect(find(e.methods, 'English')).toBeUndefined();
  });

  it('extracts datasets and metrics from a results sentence', () => {
    const e = extract(
      'DεpS: Delayed ε-Shrinking for Faster Once-For-All Training',
      'As a result, DEpS outperforms state-of-the-art once-for-all training techniques across different datasets including CIFAR10/100, ImageNet-100, and ImageNet-1k on accuracy and cost. It achieves 1.83% higher ImageNet-1k top1 accuracy or the same accuracy with 1.3x reduction in FLOPs.',
    );
    for (const d of ['CIFAR10', 'ImageNet-100', 'ImageNet-1k']) expect(find(e.datasets, d)).toBeDefined();
    for (const m of ['accuracy', 'FLOPs']) expect(find(e.metrics, m)).toBeDefined();
    expect(find(e.methods, 'DεpS')?.role).toBe('proposed');
  });
});
