/**
 * Technique and task phrases by their head word: "<modifier> learning", "<modifier> parallelism",
 * "<noun> classification", "<noun> generation". Modifiers must be content words (compromise tags them as nouns
 * or adjectives) and not evaluative ("efficient learning" is not a technique).
 */
import { notNames, type EntityKind } from './lexicon/index.ts';
import { EVALUATIVE_MODIFIERS } from './lexicon/stoplists.ts';
import type { PosIndex } from './pos.ts';
import { isPhraseGap, type Word } from './words.ts';

/** The kinds a head word can name (a subset of the registry's kinds). */
export type HeadKind = Extract<EntityKind, 'concept' | 'task' | 'metric'>;

const CONCEPT_HEADS = new Set([
  'learning',
  'parallelism',
  'distillation',
  'quantization',
  'quantisation',
  'pruning',
  'sampling',
  'attention',
  'regularization',
  'normalization',
  'augmentation',
  'compression',
  'finetuning',
  'fine-tuning',
  'tuning',
  'sparsification',
  'factorization',
  'decomposition',
  'scheduling',
  'offloading',
  'batching',
  'caching',
  'parallelization',
  'partitioning',
  'embedding',
  'embeddings',
  'optimization',
  'decoding',
  'compilation',
  'prefetching',
  'hashing',
  'sparsity',
  'rewriting',
  'synchronization',
  'aggregation',
  'mechanism',
  'mechanisms',
  'network',
  'networks',
  'model',
  'models',
  'loss',
]);
/** Heads that name a technique only with a technique modifier ("gated mechanisms", "quaternion networks", not "our models"). */
const STRICT_CONCEPT_HEADS = new Set([
  'mechanism',
  'mechanisms',
  'loss',
  'optimization',
  'aggregation',
  'synchronization',
  'embedding',
  'embeddings',
]);
/** "network(s)"/"model(s)" make a technique family only after a family word ("quaternion networks", "capsule models"). */
const FAMILY_HEADS = new Set(['network', 'networks', 'model', 'models']);
const FAMILY_MODIFIERS = new Set([
  'quaternion',
  'hypercomplex',
  'capsule',
  'siamese',
  'triplet',
  'pointer',
  'spiking',
  'hyperbolic',
  'liquid',
  'boltzmann',
  'hopfield',
  'gated',
  'equivariant',
  'invariant',
  'autoregressive',
  'variational',
  'probabilistic',
  'bayesian',
  'energy-based',
  'flow-based',
  'score-based',
  'kernel',
  'mixture',
  'sparse-expert',
  'state-space',
  'two-tower',
  'two-stream',
  'encoder-decoder',
  'sequence-to-sequence',
  'denoising',
  'adversarial',
  'contrastive',
  'generative',
  'discriminative',
]);
/** Nouns before "embedding(s)" that name an embedding technique ("node embeddings", "positional embedding"). */
const EMBEDDING_MODIFIERS = new Set([
  'network',
  'graph',
  'node',
  'word',
  'entity',
  'knowledge',
  'position',
  'positional',
  'rotary',
  'sentence',
  'spectral',
  'hyperbolic',
  'relation',
  'patch',
  'token',
  'contextual',
  'random',
  'structural',
  'temporal',
]);
/** Nouns that make technique names before a strict head ("graph networks", "attention mechanism", "squared loss"). */
const TECHNIQUE_NOUNS = new Set([
  'graph',
  'attention',
  'gating',
  'memory',
  'capsule',
  'transformer',
  'diffusion',
  'flow',
  'energy',
  'kernel',
  'quaternion',
  'hypercomplex',
  'tensor',
  'matrix',
  'spline',
  'wavelet',
  'fourier',
  'hash',
  'routing',
  'ranking',
  'triplet',
  'contrastive',
  'parameter',
  'gradient',
  'hinge',
  'margin',
  'reconstruction',
  'distillation',
  'expert',
  'experts',
  'pointer',
  'siamese',
  'actor',
  'critic',
  'reward',
  'policy',
  'value',
  'world',
  'language',
  'sequence',
  'mixture',
  'spiking',
  'boltzmann',
  'mamba',
  'recurrent',
  'state-space',
]);
const TASK_HEADS = new Set([
  'recommendation',
  'regression',
  'ranking',
  'matching',
  'counting',
  'infilling',
  'planning',
  'registration',
  'screening',
  'scoring',
  'monitoring',
  'identification',
  'classification',
  'prediction',
  'detection',
  'segmentation',
  'generation',
  'recognition',
  'translation',
  'retrieval',
  'answering',
  'summarization',
  'estimation',
  'forecasting',
  'captioning',
  'synthesis',
  'reconstruction',
  'tracking',
  'localization',
  'parsing',
  'editing',
  'completion',
  'grounding',
  'reasoning',
  'rendering',
  'insertion',
  'placement',
  'annotation',
  'imputation',
]);
/** Measures that take a qualifier: "prefill latency", "training accuracy", "CPU utilization", "box AP". */
const METRIC_HEADS = new Set([
  'latency',
  'accuracy',
  'error',
  'errors',
  'utilization',
  'overhead',
  'overheads',
  'quality',
  'footprint',
  'ap',
  'power',
  'intensity',
  'throughput',
  'bandwidth',
  'perplexity',
  'rate',
  'rates',
  'score',
  'scores',
  'correlation',
  'variance',
  'coefficient',
  'coefficients',
]);
/** Words before a measure that judge or move it rather than name it: "excellent accuracy", "raises accuracy". */
const NOT_METRIC_MODIFIERS = new Set([
  'sufficient',
  'excellent',
  'slower',
  'quicker',
  'stronger',
  'minor',
  'near-zero',
  'competitive',
  'superior',
  'comparable',
  'remarkable',
  'impressive',
  'promising',
  'satisfactory',
  'reasonable',
  'marginal',
  'negligible',
  'raises',
  'boosts',
  'improves',
  'increases',
  'reduces',
  'achieves',
  'maintains',
  'preserves',
  'retains',
]);

const METRIC_QUALIFIERS = new Set([
  'training',
  'inference',
  'test',
  'memory',
  'decoding',
  'prefill',
  'end-to-end',
  'top-1',
  'top-5',
  'validation',
  'generation',
  'model',
  'system',
  'retrieval',
  'quantization',
  'reconstruction',
  'classification',
  'prediction',
  'estimation',
  'predictive',
  'computational',
  'communication',
  'sampling',
  'success',
]);

/** Words after the head that show the phrase names a step of a method, not a task ("solution generation scheme"). */
const NOT_TASK_FOLLOWERS = new Set([
  'scheme',
  'process',
  'pipeline',
  'module',
  'step',
  'stage',
  'strategy',
  'head',
  'layer',
  'loss',
  'quality',
  'speed',
  'time',
  'latency',
  'cost',
  'phase',
  'procedure',
  'mechanism',
  'component',
  'network',
  'error',
  'errors',
]);
/** Modifiers that never make a task or technique name. */
const BAD_MODIFIERS = new Set([
  ...EVALUATIVE_MODIFIERS,
  'machine',
  'deep',
  'statistical',
  'model',
  'models',
  'method',
  'performance',
  'solution',
  'response',
  'answer',
  'output',
  'result',
  'results',
  'sample',
  'data',
  'feature',
  'features',
  'token',
  'task',
  'tasks',
  'human',
  'further',
  'downstream',
  'training',
  'inference',
  'test',
  'end',
  'end-to-end',
  'better',
  'fine',
  'online',
  'offline',
  'high-quality',
  'controllable',
  'accurate',
  'diverse',
  'realistic',
  'faithful',
  'consistent',
  'precise',
  'dense',
  'sparse',
  'error',
  'failure',
  'outcome',
  'future',
  'next',
  'user',
  'system',
  'step',
  'process',
  'work',
  'paper',
  'research',
  'study',
  'problem',
  'problems',
  'questions',
  'information',
  'knowledge',
  'content',
  'structure',
  'quality',
  'time',
  'speed',
  'like',
  'based',
  'style',
  'benchmark',
  'benchmarks',
  'scaling',
  'core',
  'forward',
  'backward',
  'various',
  'main',
  'target',
  'parallel',
  'real-time',
  'customizable',
  'classification',
  'context',
  'context-aware',
  'complex',
  'long-context',
  'distinct',
  'corresponding',
  'collected',
  'predefined',
  'direct',
  'indirect',
  'overall',
  'initial',
  'alternative',
  'additional',
  'standard',
  'non-standard',
  'specialized',
  'related',
  'proper',
  'improper',
]);
/** Adjectival modifiers that do make task names. */
const TASK_ADJECTIVES = new Set([
  'semantic',
  'visual',
  'temporal',
  'spatial',
  'binary',
  'abstractive',
  'extractive',
  'conditional',
  'unconditional',
  'multimodal',
  'cross-modal',
  'neural',
  'optical',
  'medical',
  'molecular',
  'zero-shot',
  'few-shot',
  'open-vocabulary',
  'open-domain',
  'multi-label',
  'multi-class',
  'long-form',
  'monocular',
  'stereo',
  'lossless',
  'lossy',
  'visual',
  'mathematical',
  'logical',
  'commonsense',
  'causal',
  'symbolic',
  'relational',
  'syntactic',
  'sequential',
  'multi-hop',
  'facial',
  'human',
  'robotic',
  'textual',
  'spoken',
  'musical',
  'generative',
  'inductive',
  'transductive',
  'conversational',
  'social',
  'long-range',
  'long-term',
  'short-term',
  'multivariate',
  'univariate',
  'multi-output',
  'multi-step',
  'multi-horizon',
  'personalized',
  'sequential',
  'session-based',
  'cross-domain',
  'cross-lingual',
  'multilingual',
  'fine-grained',
  'open-set',
]);
/** Adjectives that do name technique families ("contrastive learning", "negative sampling"). */
const CONCEPT_ADJECTIVES = new Set([
  'contrastive',
  'adversarial',
  'federated',
  'distributed',
  'collaborative',
  'hierarchical',
  'probabilistic',
  'variational',
  'bayesian',
  'causal',
  'relational',
  'geometric',
  'symbolic',
  'sparse',
  'structured',
  'unstructured',
  'quantized',
  'differentiable',
  'stochastic',
  'evolutionary',
  'incremental',
  'progressive',
  'multimodal',
  'cross-modal',
  'neural',
  'recurrent',
  'convolutional',
  'generative',
  'discriminative',
  'residual',
  'spectral',
  'temporal',
  'spatial',
  'semantic',
  'visual',
  'linear',
  'nonlinear',
  'iterative',
  'negative',
  'positive',
  'importance',
  'supervised',
  'unsupervised',
  'self-supervised',
  'semi-supervised',
  'weakly-supervised',
  'mixed',
  'randomized',
  'weighted',
  'learned',
  'multi-agent',
  'multi-task',
  'multi-view',
  'multi-head',
  'cross',
  'inverse',
  'active',
  'passive',
  'continual',
  'lifelong',
  'asynchronous',
  'synchronous',
  'decentralized',
  'centralized',
  'robust',
  'private',
  'secure',
  'optimal',
  'uniform',
  'random',
  'greedy',
  'beam',
  'nucleus',
  'predictive',
  'transductive',
  'inductive',
  'deductive',
  'abductive',
  'analogical',
  'compositional',
  'modular',
  'implicit',
  'explicit',
  'latent',
  'autoregressive',
  'diffusion',
  'kernel',
  'gradient',
  'structural',
  'unrolled',
  'amortized',
  'equivariant',
  'invariant',
  'conformal',
  'topological',
  'algebraic',
  'numerical',
  'statistical',
  'logical',
  'mathematical',
  'gated',
  'squared',
  'hypercomplex',
  'quaternion',
  'tiled',
  'pipelined',
  'speculative',
  'parallel',
  'dilated',
  'depthwise',
  'grouped',
  'masked',
  'causal',
  'bidirectional',
  'recurrent',
  'hyperbolic',
  'riemannian',
  'orthogonal',
  'low-rank',
  'rotary',
  'relative',
  'positional',
  'local',
  'sliding-window',
]);
/** Evaluation words that are not tasks ("extensive evaluation", "empirical evaluation"). */
const NOT_TASK_EVALUATION = new Set([
  'empirical',
  'experimental',
  'extensive',
  'thorough',
  'systematic',
  'comprehensive',
  'rigorous',
  'human',
  'manual',
  'automatic',
  'quantitative',
  'qualitative',
  'performance',
  'benchmark',
  'large-scale',
  'careful',
  'fair',
  'offline',
]);
const CONCEPT_ADJECTIVE_BLOCK = new Set([
  'global',
  'joint',
  'hybrid',
  'layer-wise',
  'layer-level',
  'fine-grained',
  'coarse-grained',
  'dynamic',
  'static',
  'adaptive',
  'automatic',
  'automated',
  'manual',
  'careful',
  'additional',
  'human',
]);

/** "Time series generation (TSG)": a phrase ending in a task head names a task. */
export function endsInTaskHead(phrase: string): boolean {
  return TASK_HEADS.has(phrase.toLowerCase().split(/\s+/).pop() ?? '');
}

export function isHeadWord(word: string): boolean {
  const lower = word.toLowerCase();
  return CONCEPT_HEADS.has(lower) || TASK_HEADS.has(lower) || METRIC_HEADS.has(lower);
}

export interface HeadPhrase {
  startWord: number;
  endWord: number;
  kind: HeadKind;
}

export function findHeadPhrases(
  text: string,
  words: readonly Word[],
  pos: PosIndex | null,
  covered: Uint8Array,
  titleCase = false,
): HeadPhrase[] {
  const out: HeadPhrase[] = [];
  for (let h = 1; h < words.length; h++) {
    const headWord = joinedHead(words, h);
    const kind: HeadKind | null = CONCEPT_HEADS.has(headWord)
      ? 'concept'
      : TASK_HEADS.has(headWord)
        ? 'task'
        : METRIC_HEADS.has(headWord)
          ? 'metric'
          : null;
    if (!kind || covered[h]) continue;
    if (kind === 'task' && NOT_TASK_FOLLOWERS.has(words[h + 1]?.lower ?? '') && isPhraseGap(text, words[h].end, words[h + 1].start))
      continue;
    const headStart = headWord === 'fine-tuning' ? h - 1 : h;
    let first = headStart;
    let units = 0;
    const maxUnits = kind === 'concept' ? 1 : 2;
    for (let m = headStart - 1; m >= 0 && units < maxUnits + (kind === 'task' ? 1 : 0);) {
      if (!isPhraseGap(text, words[m].end, words[m + 1].start) || covered[m]) break;
      // A hyphenated modifier ("text-to-image", "parameter-efficient") is one unit, judged whole.
      let c = m;
      while (c > 0 && words[c - 1].end === words[c].start - 1 && text.charCodeAt(words[c].start - 1) === 45) c--;
      if (c < m && covered[c]) break;
      const unit = text.slice(words[c].start, words[m].end).toLowerCase();
      // "long-range time series forecasting": a third task modifier only when it is itself a task qualifier.
      if (units === maxUnits && !(c < m || TASK_ADJECTIVES.has(unit))) break;
      if (!acceptableModifier(unit, words[c], kind, pos, c < m, units + 1, titleCase || sentenceInitial(text, words[c].start))) break;
      first = c;
      units++;
      m = c - 1;
    }
    if (first === headStart) continue;
    if (!headFits(headWord, kind, text.slice(words[first].start, words[headStart - 1].end).toLowerCase())) continue;
    out.push({ startWord: first, endWord: h, kind });
  }
  return out;
}

/** Strict heads need a technique modifier; "evaluation" is a task only with a non-evaluative modifier. */
function headFits(head: string, kind: HeadKind, modifiers: string): boolean {
  const first = modifiers.split(/\s+/)[0];
  if (kind === 'concept' && FAMILY_HEADS.has(head)) return FAMILY_MODIFIERS.has(first);
  if (kind === 'concept' && /^embeddings?$/.test(head)) return EMBEDDING_MODIFIERS.has(first);
  if (kind === 'concept' && STRICT_CONCEPT_HEADS.has(head)) return CONCEPT_ADJECTIVES.has(first) || TECHNIQUE_NOUNS.has(first);
  if (kind === 'task' && head === 'planning') return !NOT_TASK_EVALUATION.has(first) && !modifiers.endsWith('-level');
  return true;
}

/** A qualifier that makes a known task more specific ("long-range" time series forecasting, "social" recommendation). */
export function isTaskQualifier(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    (TASK_ADJECTIVES.has(lower) && !BAD_MODIFIERS.has(lower)) ||
    /^(?:long|short|multi|single|cross|few|zero|open)-\p{L}{3,}$/u.test(lower) ||
    isInputQualifier(word)
  );
}

/** What a known task works from: "skeleton-based action recognition", "instruction-based image editing". */
const INPUT_QUALIFIER = /^\p{L}\p{Ll}{3,}-(?:based|guided|conditioned)$/u;
/** Techniques rather than inputs: "learning-based", "transformer-based" describe a method, not the task. */
const TECHNIQUE_QUALIFIERS = new Set([
  'learning',
  'model',
  'network',
  'transformer',
  'attention',
  'rule',
  'prompt',
  'optimization',
  'search',
  'diffusion',
  'graph',
  'kernel',
  'feature',
  'data',
]);

function isInputQualifier(word: string): boolean {
  return INPUT_QUALIFIER.test(word) && !TECHNIQUE_QUALIFIERS.has(word.toLowerCase().replace(/-\p{L}+$/u, ''));
}

/** "Protein function prediction is ...": a capital that only opens the sentence does not end a lower-case phrase. */
function sentenceInitial(text: string, start: number): boolean {
  return start === 0 || /[.!?]\s+$/.test(text.slice(Math.max(0, start - 4), start));
}

/** "fine-tuning" is one head: return the hyphenated form when word h closes one. */
function joinedHead(words: readonly Word[], h: number): string {
  const w = words[h].lower;
  if (w === 'tuning' && h > 0 && words[h - 1].lower === 'fine' && words[h - 1].end + 1 === words[h].start) return 'fine-tuning';
  return w;
}

function acceptableModifier(
  lower: string,
  word: Word,
  kind: HeadKind,
  pos: PosIndex | null,
  hyphenated: boolean,
  distance: number,
  titleCase: boolean,
): boolean {
  const metricQualifier = kind === 'metric' && METRIC_QUALIFIERS.has(lower);
  if (kind === 'metric' && NOT_METRIC_MODIFIERS.has(lower)) return false;
  if ((/\d/.test(lower) && !metricQualifier) || (kind !== 'metric' && notNames.has(word.text))) return false;
  if ((BAD_MODIFIERS.has(lower) && !metricQualifier) || /^\d/.test(lower) || lower.startsWith('non-') || lower.length < 2) return false;
  if (/-(?:like|style)$/.test(lower) || (kind !== 'task' && /-based$/.test(lower))) return false;
  if (metricQualifier) return true;
  if (!titleCase && word.text !== lower && !/^\p{Lu}+\d*$/u.test(word.text) && distance > 1) return false;
  if (kind === 'metric' && (METRIC_HEADS.has(lower) || /(?:ing|ed|al|ive|ous|ic|ble)$/.test(lower))) return false;
  if (kind === 'concept' && CONCEPT_ADJECTIVE_BLOCK.has(lower)) return false;
  const listed = kind === 'concept' ? CONCEPT_ADJECTIVES.has(lower) : TASK_ADJECTIVES.has(lower);
  if (listed) return true;
  if (/(?:ing|ed)$/.test(lower) && !hyphenated) return false;
  const tags = pos?.tagsAt(word.start);
  if (!tags || hyphenated) return true;
  if (kind === 'concept' && !tags.has('Noun') && !tags.has('Acronym')) return false;
  if (tags.has('Verb')) return false;
  if (tags.has('Verb') && !tags.has('Gerund') && !tags.has('Participle') && !hyphenated) return false;
  if (tags.has('Determiner') || tags.has('Pronoun') || tags.has('Preposition') || tags.has('Conjunction') || tags.has('Adverb'))
    return false;
  if (tags.has('Value') || tags.has('Possessive')) return false;
  // "handles infilling": a plural noun before a head is a verb compromise mis-tagged, or a list ("objects and ...").
  if (kind === 'task' && tags.has('Plural') && !tags.has('Acronym') && /s$/.test(lower) && !/(?:ss|us|is|ics)$/.test(lower)) return false;
  if (kind === 'task' && tags.has('Adjective') && !tags.has('Noun') && !hyphenated && !TASK_ADJECTIVES.has(lower)) return false;
  return true;
}
