/**
 * Technique and task phrases by their head word: "<modifier> learning", "<modifier> parallelism",
 * "<noun> classification", "<noun> generation". Modifiers must be content words (compromise tags them as nouns
 * or adjectives) and not evaluative ("efficient learning" is not a technique).
 */
import { EVALUATIVE_MODIFIERS } from './lexicon/stoplists.ts';
import type { PosIndex } from './pos.ts';
import { isPhraseGap, type Word } from './words.ts';

export type HeadKind = 'concept' | 'task' | 'metric';

const CONCEPT_HEADS = new Set([
  'learning', 'parallelism', 'distillation', 'quantization', 'quantisation', 'pruning', 'sampling', 'attention',
  'regularization', 'normalization', 'augmentation', 'compression', 'finetuning', 'fine-tuning', 'tuning', 'sparsification',
  'factorization', 'decomposition', 'scheduling', 'offloading', 'batching', 'caching', 'parallelization', 'partitioning',
]);
const TASK_HEADS = new Set([
  'classification', 'prediction', 'detection', 'segmentation', 'generation', 'recognition', 'translation', 'retrieval', 'answering',
  'summarization', 'estimation', 'forecasting', 'captioning', 'synthesis', 'reconstruction', 'tracking', 'localization', 'parsing',
  'editing', 'completion', 'grounding', 'reasoning', 'rendering', 'insertion',
]);
/** Measures that take a qualifier: "prefill latency", "training accuracy", "CPU utilization", "box AP". */
const METRIC_HEADS = new Set(['latency', 'accuracy', 'error', 'errors', 'utilization', 'overhead', 'overheads', 'quality', 'footprint',
  'ap', 'power', 'intensity', 'throughput', 'bandwidth', 'perplexity']);

const METRIC_QUALIFIERS = new Set(['training', 'inference', 'test', 'memory', 'decoding', 'prefill', 'end-to-end', 'top-1', 'top-5',
  'validation', 'generation', 'model', 'system', 'retrieval', 'quantization', 'reconstruction', 'classification', 'prediction']);

/** Words after the head that show the phrase names a step of a method, not a task ("solution generation scheme"). */
const NOT_TASK_FOLLOWERS = new Set(['scheme', 'process', 'pipeline', 'module', 'step', 'stage', 'strategy', 'head', 'layer', 'loss',
  'quality', 'speed', 'time', 'latency', 'cost', 'phase', 'procedure', 'mechanism', 'component', 'network', 'error', 'errors']);
/** Modifiers that never make a task or technique name. */
const BAD_MODIFIERS = new Set([...EVALUATIVE_MODIFIERS, 'machine', 'deep', 'statistical', 'model', 'models', 'method', 'performance',
  'solution', 'response', 'answer', 'output', 'result', 'results', 'sample', 'data', 'feature', 'features', 'token', 'task', 'tasks',
  'human', 'further', 'downstream', 'training', 'inference', 'test', 'end', 'end-to-end', 'better', 'fine', 'online', 'offline',
  'high-quality', 'controllable', 'accurate', 'diverse', 'realistic', 'faithful', 'consistent', 'precise', 'dense', 'sparse',
  'error', 'failure', 'outcome', 'future', 'next', 'user', 'system', 'step', 'process', 'work', 'paper', 'research', 'study',
  'problem', 'problems', 'question', 'questions', 'information', 'knowledge', 'content', 'structure', 'quality', 'time', 'speed',
  'like', 'based', 'style', 'benchmark', 'benchmarks', 'scaling', 'core', 'forward', 'backward', 'various', 'main', 'target',
  'parallel', 'real-time', 'customizable', 'classification', 'context', 'context-aware', 'complex', 'long-context', 'distinct', 'corresponding', 'collected', 'predefined', 'direct', 'indirect', 'overall', 'initial', 'alternative', 'additional', 'standard', 'non-standard', 'specialized', 'related', 'proper', 'improper']);
/** Adjectival modifiers that do make task names. */
const TASK_ADJECTIVES = new Set(['semantic', 'visual', 'temporal', 'spatial', 'binary', 'abstractive', 'extractive', 'conditional',
  'unconditional', 'multimodal', 'cross-modal', 'neural', 'optical', 'medical', 'molecular', 'zero-shot', 'few-shot',
  'open-vocabulary', 'open-domain', 'multi-label', 'multi-class', 'long-form', 'monocular', 'stereo', 'lossless', 'lossy', 'visual',
  'mathematical', 'logical', 'commonsense', 'causal', 'symbolic', 'relational', 'syntactic', 'sequential', 'multi-hop', 'facial',
  'human', 'robotic', 'textual', 'spoken', 'musical', 'generative', 'inductive', 'transductive', 'conversational']);
/** Adjectives that do name technique families ("contrastive learning", "negative sampling"). */
const CONCEPT_ADJECTIVES = new Set(['contrastive', 'adversarial', 'federated', 'distributed', 'collaborative', 'hierarchical',
  'probabilistic', 'variational', 'bayesian', 'causal', 'relational', 'geometric', 'symbolic', 'sparse', 'structured', 'unstructured',
  'quantized', 'differentiable', 'stochastic', 'evolutionary', 'incremental', 'progressive', 'multimodal', 'cross-modal', 'neural',
  'recurrent', 'convolutional', 'generative', 'discriminative', 'residual', 'spectral', 'temporal', 'spatial', 'semantic', 'visual',
  'linear', 'nonlinear', 'iterative', 'negative', 'positive', 'importance', 'supervised', 'unsupervised', 'self-supervised',
  'semi-supervised', 'weakly-supervised', 'mixed', 'randomized', 'weighted', 'learned', 'multi-agent', 'multi-task', 'multi-view',
  'multi-head', 'cross', 'inverse', 'active', 'passive', 'continual', 'lifelong', 'asynchronous', 'synchronous', 'decentralized',
  'centralized', 'robust', 'private', 'secure', 'optimal', 'uniform', 'random', 'greedy', 'beam', 'nucleus', 'predictive',
  'transductive', 'inductive', 'deductive', 'abductive', 'analogical', 'compositional', 'modular', 'implicit', 'explicit', 'latent',
  'autoregressive', 'diffusion', 'kernel', 'gradient', 'structural', 'unrolled', 'amortized', 'equivariant', 'invariant',
  'conformal', 'topological', 'algebraic', 'numerical', 'statistical', 'logical', 'mathematical']);
const CONCEPT_ADJECTIVE_BLOCK = new Set(['local', 'global', 'joint', 'hybrid', 'layer-wise', 'layer-level', 'fine-grained',
  'coarse-grained', 'dynamic', 'static', 'adaptive', 'automatic', 'automated', 'manual', 'careful', 'additional', 'human']);

export function isHeadWord(word: string): boolean {
  const lower = word.toLowerCase();
  return CONCEPT_HEADS.has(lower) || TASK_HEADS.has(lower) || METRIC_HEADS.has(lower);
}

export interface HeadPhrase {
  startWord: number;
  endWord: number;
  kind: HeadKind;
}

export function findHeadPhrases(text: string, words: readonly Word[], pos: PosIndex | null, covered: Uint8Array, titleCase = false): HeadPhrase[] {
  const out: HeadPhrase[] = [];
  for (let h = 1; h < words.length; h++) {
    const headWord = joinedHead(words, h);
    const kind: HeadKind | null = CONCEPT_HEADS.has(headWord) ? 'concept' : TASK_HEADS.has(headWord) ? 'task' : METRIC_HEADS.has(headWord) ? 'metric' : null;
    if (!kind || covered[h]) continue;
    if (kind === 'task' && NOT_TASK_FOLLOWERS.has(words[h + 1]?.lower ?? '') && isPhraseGap(text, words[h].end, words[h + 1].start)) continue;
    const headStart = headWord === 'fine-tuning' ? h - 1 : h;
    let first = headStart;
    let units = 0;
    const maxUnits = kind === 'concept' ? 1 : 2;
    for (let m = headStart - 1; m >= 0 && units < maxUnits; ) {
      if (!isPhraseGap(text, words[m].end, words[m + 1].start) || covered[m]) break;
      // A hyphenated modifier ("text-to-image", "parameter-efficient") is one unit, judged whole.
      let c = m;
      while (c > 0 && words[c - 1].end === words[c].start - 1 && text.charCodeAt(words[c].start - 1) === 45) c--;
      if (c < m && covered[c]) break;
      const unit = text.slice(words[c].start, words[m].end).toLowerCase();
      if (!acceptableModifier(unit, words[c], kind, pos, c < m, units + 1, titleCase)) break;
      first = c;
      units++;
      m = c - 1;
    }
    if (first === headStart) continue;
    out.push({ startWord: first, endWord: h, kind });
  }
  return out;
}

/** "fine-tuning" is one head: return the hyphenated form when word h closes one. */
function joinedHead(words: readonly Word[], h: number): string {
  const w = words[h].lower;
  if (w === 'tuning' && h > 0 && words[h - 1].lower === 'fine' && words[h - 1].end + 1 === words[h].start) return 'fine-tuning';
  return w;
}

function acceptableModifier(lower: string, word: Word, kind: HeadKind, pos: PosIndex | null, hyphenated: boolean, distance: number, titleCase: boolean): boolean {
  if (/\d/.test(lower)) return false;
  const metricQualifier = kind === 'metric' && METRIC_QUALIFIERS.has(lower);
  if ((BAD_MODIFIERS.has(lower) && !metricQualifier) || /^\d/.test(lower) || lower.startsWith('non-') || lower.length < 2) return false;
  if (/-(?:like|style)$/.test(lower) || (kind !== 'task' && /-based$/.test(lower))) return false;
  if (!titleCase && word.text !== lower && !/^\p{Lu}+\d*$/u.test(word.text) && distance > 1) return false;
  if (kind === 'metric' && !metricQualifier && (METRIC_HEADS.has(lower) || /(?:ing|ed|al|ive|ous|ic|ble)$/.test(lower))) return false;
  if (metricQualifier) return true;
  if (kind === 'concept' && CONCEPT_ADJECTIVE_BLOCK.has(lower)) return false;
  const listed = kind === 'concept' ? CONCEPT_ADJECTIVES.has(lower) : TASK_ADJECTIVES.has(lower);
  if (listed) return true;
  if (/(?:ing|ed)$/.test(lower) && !hyphenated) return false;
  const tags = pos?.tagsAt(word.start);
  if (!tags || hyphenated) return true;
  if (kind === 'concept' && !tags.has('Noun') && !tags.has('Acronym')) return false;
  if (tags.has('Verb')) return false;
  if (tags.has('Verb') && !tags.has('Gerund') && !tags.has('Participle') && !hyphenated) return false;
  if (tags.has('Determiner') || tags.has('Pronoun') || tags.has('Preposition') || tags.has('Conjunction') || tags.has('Adverb')) return false;
  if (tags.has('Value') || tags.has('Possessive')) return false;
  if (kind === 'task' && tags.has('Adjective') && !tags.has('Noun') && !hyphenated && !TASK_ADJECTIVES.has(lower)) return false;
  return true;
}
