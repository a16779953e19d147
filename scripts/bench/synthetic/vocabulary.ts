/**
 * Entity vocabularies for synthetic papers: pseudo-word names per entity type, spelling variants that fold
 * to the same canonical key ("Velo-Net", "VeloNet", "velo net"), and acronyms drawn from one shared pool so
 * different entities sometimes share an alias, as real abbreviations do.
 */
import { canonicalKey } from '../../../graph-schema/keys.ts';
import { integerBetween, pick, seededRandom } from './random.ts';

export interface VocabularyEntry {
  name: string;
  /** Spellings used in text; all share the name's canonical key. */
  spellings: string[];
  /** Abbreviation written after the long form, "(VN)". */
  acronym: string | null;
}

export interface VocabularySizes {
  methods: number;
  concepts: number;
  datasets: number;
  tasks: number;
  metrics: number;
}

export interface Vocabulary {
  methods: VocabularyEntry[];
  concepts: VocabularyEntry[];
  datasets: VocabularyEntry[];
  tasks: VocabularyEntry[];
  metrics: VocabularyEntry[];
  hardware: VocabularyEntry[];
}

export const DEFAULT_SIZES: VocabularySizes = { methods: 20_000, concepts: 3_000, datasets: 6_000, tasks: 1_500, metrics: 400 };

const SYLLABLES = [
  'ka',
  'lo',
  'ver',
  'tra',
  'mi',
  'neo',
  'sa',
  'ri',
  'don',
  'pha',
  'zel',
  'qu',
  'ta',
  'ven',
  'lu',
  'mor',
  'pix',
  'sol',
  'gra',
  'fen',
  'ori',
  'cal',
  'dra',
  'xi',
];
const METHOD_SUFFIXES = ['Net', 'Former', 'GAN', 'BERT', 'Diffusion', 'RL', 'GNN', 'LM', 'Mixer', 'Flow'];
const CONCEPT_HEADS = [
  'attention',
  'distillation',
  'quantization',
  'pruning',
  'embedding',
  'regularization',
  'retrieval',
  'alignment',
  'tokenization',
  'pretraining',
  'sampling',
  'routing',
];
const CONCEPT_MODIFIERS = [
  'sparse',
  'contrastive',
  'hierarchical',
  'adaptive',
  'causal',
  'low-rank',
  'multi-scale',
  'federated',
  'graph',
  'latent',
  'curriculum',
  'mixture',
];
const TASK_HEADS = [
  'classification',
  'segmentation',
  'question answering',
  'translation',
  'summarization',
  'detection',
  'generation',
  'forecasting',
  'retrieval',
  'captioning',
];
const METRIC_HEADS = ['accuracy', 'F1', 'BLEU', 'recall', 'perplexity', 'AUC', 'mAP', 'error rate', 'latency', 'throughput'];
const HARDWARE = [
  'GPU',
  'CPU',
  'TPU',
  'NVIDIA A100',
  'NVIDIA H100',
  'NVIDIA V100',
  'NVIDIA T4',
  'RTX 3090',
  'RTX 4090',
  'TPU v3',
  'TPU v4',
  'FPGA',
  'edge devices',
  'mobile phones',
  'Jetson Nano',
  'Apple M1',
  'Raspberry Pi',
  'ASIC',
  'AMD MI250',
  'Gaudi2',
];
const ACRONYM_POOL_SIZE = 4_000;

function word(random: () => number, syllables: number): string {
  let text = '';
  for (let i = 0; i < syllables; i++) text += pick(random, SYLLABLES);
  return text;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function acronymPool(random: () => number): string[] {
  const pool = new Set<string>();
  while (pool.size < ACRONYM_POOL_SIZE) {
    let acronym = '';
    for (let i = integerBetween(random, 2, 4); i > 0; i--) acronym += String.fromCharCode(65 + Math.floor(random() * 26));
    pool.add(acronym);
  }
  return [...pool];
}

/** Builds `size` entries with distinct canonical keys from a name generator. */
function entries(
  size: number,
  random: () => number,
  acronyms: string[],
  makeName: (index: number) => string,
  variants: (name: string) => string[],
  acronymShare: number,
): VocabularyEntry[] {
  const seen = new Set<string>();
  const result: VocabularyEntry[] = [];
  for (let index = 0; result.length < size; index++) {
    let name = makeName(index);
    if (seen.has(canonicalKey(name))) name = `${name} ${index}`;
    const key = canonicalKey(name);
    if (seen.has(key) || !key) continue;
    seen.add(key);
    const spellings = [name, ...variants(name).filter((variant) => variant !== name && canonicalKey(variant) === key)];
    result.push({ name, spellings, acronym: random() < acronymShare ? pick(random, acronyms) : null });
  }
  return result;
}

export function buildVocabulary(seed: number, sizes: VocabularySizes = DEFAULT_SIZES): Vocabulary {
  const random = seededRandom(seed ^ 0x5eed);
  const acronyms = acronymPool(random);
  const hyphenVariants = (name: string) => [name.replace(/-/g, ' '), name.replace(/-/g, ''), name.toLowerCase()];
  return {
    methods: entries(
      sizes.methods,
      random,
      acronyms,
      () => `${capitalise(word(random, integerBetween(random, 2, 3)))}-${pick(random, METHOD_SUFFIXES)}`,
      hyphenVariants,
      0.3,
    ),
    concepts: entries(
      sizes.concepts,
      random,
      acronyms,
      () => `${pick(random, CONCEPT_MODIFIERS)} ${word(random, 2)} ${pick(random, CONCEPT_HEADS)}`,
      (name) => [`${name}s`, capitalise(name)],
      0.2,
    ),
    datasets: entries(
      sizes.datasets,
      random,
      acronyms,
      () => `${capitalise(word(random, 2))}-${integerBetween(random, 1, 999)}K`,
      hyphenVariants,
      0.1,
    ),
    tasks: entries(
      sizes.tasks,
      random,
      acronyms,
      () => `${word(random, 2)} ${pick(random, TASK_HEADS)}`,
      (name) => [capitalise(name)],
      0.05,
    ),
    metrics: entries(
      sizes.metrics,
      random,
      acronyms,
      () => `${capitalise(word(random, 1))} ${pick(random, METRIC_HEADS)}`,
      (name) => [name.toLowerCase()],
      0.05,
    ),
    hardware: HARDWARE.map((name) => ({ name, spellings: [name], acronym: null })),
  };
}
