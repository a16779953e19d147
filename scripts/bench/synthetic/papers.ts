/**
 * A stream of synthetic PaperExtractions with a realistic shape: ≈15 entity mentions and 3 claims per paper,
 * Zipf-distributed entity popularity, a shared alias vocabulary, evidence spans that slice the generated text
 * exactly. Papers are generated one at a time, so 100k papers never sit in memory together.
 */
import type {
  ClaimExtraction,
  DatasetMention,
  EntityMention,
  EvidenceSpan,
  HardwareMention,
  MethodMention,
  PaperExtraction,
  ResultExtraction,
} from '../../../ingest/types.ts';
import { metricHigherIsBetter } from '../../../graph-schema/metric-direction.ts';
import { integerBetween, pick, seededRandom, ZipfSampler } from './random.ts';
import { buildVocabulary, DEFAULT_SIZES, type Vocabulary, type VocabularyEntry, type VocabularySizes } from './vocabulary.ts';

export interface SyntheticOptions {
  count: number;
  seed?: number;
  /** Index of the first paper: a second stream with another start has other ids. */
  startIndex?: number;
  papersPerListing?: number;
  sizes?: VocabularySizes;
  zipfExponent?: number;
}

interface Samplers {
  methods: ZipfSampler;
  concepts: ZipfSampler;
  datasets: ZipfSampler;
  tasks: ZipfSampler;
  metrics: ZipfSampler;
  hardware: ZipfSampler;
}

const FILLER = [
  'Recent work has made rapid progress, yet robustness and efficiency remain open problems.',
  'Extensive ablations isolate the contribution of each component.',
  'Our analysis explains when and why the approach works.',
  'The code and trained models will be released to support further research.',
];

/** Appends text and records where each entity surface landed. */
class AbstractBuilder {
  text = '';

  add(fragment: string): void {
    this.text += fragment;
  }

  /** Adds a surface and returns its evidence span. */
  mention(surface: string): EvidenceSpan {
    const start = this.text.length;
    this.text += surface;
    return { field: 'abstract', start, end: this.text.length };
  }
}

interface Picked {
  entry: VocabularyEntry;
  surfaces: Set<string>;
  evidence: EvidenceSpan[];
}

class PaperGenerator {
  private readonly samplers: Samplers;

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly random: () => number,
    exponent: number,
  ) {
    const zipf = (size: number) => new ZipfSampler(size, exponent);
    this.samplers = {
      methods: zipf(vocabulary.methods.length),
      concepts: zipf(vocabulary.concepts.length),
      datasets: zipf(vocabulary.datasets.length),
      tasks: zipf(vocabulary.tasks.length),
      metrics: zipf(vocabulary.metrics.length),
      hardware: zipf(vocabulary.hardware.length),
    };
  }

  private pickEntries(type: keyof Samplers, count: number): Picked[] {
    return this.samplers[type]
      .sampleDistinct(this.random, count)
      .map((rank) => ({ entry: this.vocabulary[type][rank], surfaces: new Set<string>(), evidence: [] }));
  }

  /** Writes an entity into the text: a spelling variant, sometimes with its acronym "(VN)". */
  private write(builder: AbstractBuilder, picked: Picked, allowAcronym = true): void {
    const spelling = this.random() < 0.8 ? picked.entry.name : pick(this.random, picked.entry.spellings);
    picked.surfaces.add(spelling);
    picked.evidence.push(builder.mention(spelling));
    if (allowAcronym && picked.entry.acronym && this.random() < 0.5) {
      builder.add(' (');
      picked.surfaces.add(picked.entry.acronym);
      picked.evidence.push(builder.mention(picked.entry.acronym));
      builder.add(')');
    }
  }

  private list(builder: AbstractBuilder, items: Picked[]): void {
    items.forEach((item, index) => {
      if (index > 0) builder.add(index === items.length - 1 ? ' and ' : ', ');
      this.write(builder, item);
    });
  }

  generate(id: string, listing: PaperExtraction['sources'][number]): PaperExtraction {
    const random = this.random;
    const methods = this.pickEntries('methods', 5);
    const concepts = this.pickEntries('concepts', 3);
    const datasets = this.pickEntries('datasets', 3);
    const tasks = this.pickEntries('tasks', 2);
    const metrics = this.pickEntries('metrics', integerBetween(random, 1, 2));
    const hardware = random() < 0.6 ? this.pickEntries('hardware', 1) : [];
    const [proposed, ...baselines] = methods;
    const introducesDataset = random() < 0.1;

    const title = `${proposed.entry.name}: ${concepts[0].entry.name} for ${tasks[0].entry.name}`;
    const b = new AbstractBuilder();
    b.add(`${pick(random, FILLER)} We propose `);
    this.write(b, proposed);
    b.add(', a novel approach to ');
    this.write(b, tasks[0]);
    b.add(' built on ');
    this.list(b, concepts);
    b.add('. Unlike ');
    this.list(b, baselines);
    b.add(', it also handles ');
    this.write(b, tasks[1] ?? tasks[0]);
    b.add(`. ${introducesDataset ? 'We introduce' : 'We evaluate on'} `);
    this.list(b, datasets);
    b.add(', reporting ');
    this.list(b, metrics);
    b.add('. ');
    const results: ResultExtraction[] = [];
    const claims = this.claims(b, proposed, baselines, datasets, metrics, results);
    const count = hardware.length > 0 && random() < 0.5 ? integerBetween(random, 1, 512) : null;
    const hardwareMentions: HardwareMention[] = hardware.map((item) => {
      b.add(count !== null ? `Training takes a day on ${count} ` : 'Training runs on ');
      this.write(b, item, false);
      b.add('. ');
      return {
        name: item.entry.name,
        count,
        surface: count !== null ? `${count} ${item.entry.name}` : item.entry.name,
        evidence: item.evidence,
      };
    });
    b.add(pick(random, FILLER));

    const mention = (item: Picked): EntityMention => ({ name: item.entry.name, aliases: [...item.surfaces], evidence: item.evidence });
    const methodMentions: MethodMention[] = methods.map((item, index) => ({ ...mention(item), role: index === 0 ? 'proposed' : 'used' }));
    const datasetMentions: DatasetMention[] = datasets.map((item, index) => ({
      ...mention(item),
      role: introducesDataset && index === 0 ? 'introduced' : 'used',
    }));
    return {
      id,
      title,
      abstract: b.text,
      sources: [listing],
      authors: integerBetween(random, 1, 12),
      date: listing.date,
      upvotes: integerBetween(random, 0, 40),
      url: null,
      categories: [],
      methods: methodMentions,
      concepts: concepts.map(mention),
      datasets: datasetMentions,
      tasks: tasks.map(mention),
      metrics: metrics.map(mention),
      hardware: hardwareMentions,
      claims,
      codeUrls: random() < 0.3 ? [`https://github.com/example/${id}`] : [],
      results,
    };
  }

  /**
   * Three result sentences, each naming the proposed method and a baseline, dataset or metric, with their
   * structured results (an improvement each, a speedup in the first, a score in the second).
   */
  private claims(
    b: AbstractBuilder,
    proposed: Picked,
    baselines: Picked[],
    datasets: Picked[],
    metrics: Picked[],
    results: ResultExtraction[],
  ): ClaimExtraction[] {
    const claims: ClaimExtraction[] = [];
    for (let i = 0; i < 3; i++) {
      const start = b.text.length;
      const baseline = baselines[i % baselines.length];
      const dataset = datasets[i % datasets.length];
      const metric = metrics[i % metrics.length];
      const gain = (1 + this.random() * 30).toFixed(1);
      const speedup = (1 + this.random() * 4).toFixed(2);
      b.add(`${proposed.entry.name} improves ${metric.entry.name} by `);
      const slots: Pick<ResultExtraction, 'metric' | 'dataset' | 'subject' | 'baseline'> = {
        metric: metric.entry.name,
        dataset: dataset.entry.name,
        subject: proposed.entry.name,
        baseline: baseline.entry.name,
      };
      const result = (raw: string, unit: string, kind: ResultExtraction['kind'], overrides: Partial<typeof slots> = {}): void => {
        const end = b.text.length;
        const metricName = 'metric' in overrides ? (overrides.metric ?? null) : slots.metric;
        results.push({
          text: '',
          raw,
          value: Number(raw.replace(/[^\d.]/g, '')),
          unit,
          kind,
          ...slots,
          metric: metricName,
          ...overrides,
          higherIsBetter: metricHigherIsBetter(metricName),
          start: end - raw.length,
          end,
        });
      };
      b.add(`${gain}%`);
      result(`${gain}%`, '%', 'improvement');
      b.add(` over ${baseline.entry.name} on ${dataset.entry.name}`);
      const numbers = [{ raw: `${gain}%`, value: Number(gain), unit: '%' }];
      if (i === 0) {
        b.add(` while running ${speedup}x`);
        result(`${speedup}x`, 'x', 'speedup', { metric: null });
        b.add(' faster');
        numbers.push({ raw: `${speedup}x`, value: Number(speedup), unit: 'x' });
      }
      if (i === 1) {
        const score = (20 + this.random() * 79).toFixed(1);
        b.add(`, reaching ${score}`);
        result(score, '', 'score', { baseline: null });
        numbers.push({ raw: score, value: Number(score), unit: '' });
      }
      b.add('.');
      for (const r of results) if (r.text === '') r.text = b.text.slice(start);
      claims.push({
        text: b.text.slice(start),
        start,
        end: b.text.length,
        numbers,
        mentions: [
          { type: 'method', name: proposed.entry.name },
          { type: 'method', name: baseline.entry.name },
          { type: 'dataset', name: dataset.entry.name },
          { type: 'metric', name: metric.entry.name },
        ],
      });
      b.add(' ');
    }
    return claims;
  }
}

/**
 * Days between two listings: 100,000 papers in listings of 500 span 2023-01 to 2025-09 (about 100 papers a day), so
 * month and year trends and date windows have a realistic spread to work on.
 */
const LISTING_SPACING_DAYS = 5;

function listingFor(index: number, papersPerListing: number): PaperExtraction['sources'][number] {
  const listingIndex = Math.floor(index / papersPerListing);
  const day = new Date(Date.UTC(2023, 0, 1) + listingIndex * LISTING_SPACING_DAYS * 86_400_000).toISOString().slice(0, 10);
  const key = `synthetic-${String(listingIndex).padStart(5, '0')}`;
  return { key, path: `synthetic/${key}.jsonl`, format: 'jsonl', date: day, line: (index % papersPerListing) + 1 };
}

export function* syntheticPapers(options: SyntheticOptions): Generator<PaperExtraction> {
  const seed = options.seed ?? 42;
  const start = options.startIndex ?? 0;
  const papersPerListing = options.papersPerListing ?? 500;
  const vocabulary = buildVocabulary(seed, options.sizes ?? DEFAULT_SIZES);
  // The stream's randomness depends on where it starts, so two ranges give different papers.
  const generator = new PaperGenerator(vocabulary, seededRandom(seed * 7919 + start), options.zipfExponent ?? 1.0);
  for (let index = start; index < start + options.count; index++) {
    yield generator.generate(`syn${seed}-${index}`, listingFor(index, papersPerListing));
  }
}

/** Mentions per paper, for reports. */
export function mentionCount(paper: PaperExtraction): number {
  return (
    paper.methods.length + paper.concepts.length + paper.datasets.length + paper.tasks.length + paper.metrics.length + paper.hardware.length
  );
}
