/**
 * Numbers stated in a claim sentence: "2.45x", "20%", "10\%", "5times", "4,000 times", "1.6 trillion", "160GB",
 * "up to 22.89x", "$1.2M", "10^6". Digits that belong to a name ("GPT-3 175B", "RTX 3090", "OPT-175B"),
 * enumerators ("(1)"), citations ("[12]"), years and figure/table references are not claim numbers.
 */
import type { ClaimNumber } from '../types.ts';

/** Units written either way, after a space or glued to the number: "20 %" and "20%", "160 GB" and "160GB". */
const UNITS_SPACED_OR_GLUED = [
  '%',
  '\\%',
  '×',
  'x',
  'times',
  'fold',
  'bits',
  'bit',
  'Gbit/s',
  'Gb/s',
  'GB/s',
  'MB/s',
  'Gbps',
  'Mbps',
  'TFLOPS',
  'TFLOPs',
  'GFLOPS',
  'GFLOPs',
  'FLOPs',
  'FPS',
  'fps',
  'TB',
  'GB',
  'MB',
  'KB',
  'GiB',
  'MiB',
  'ms',
  'μs',
  'ns',
  'W',
  'dB',
];

/** Units that may follow the number after a space ("percentage points" beats "percent": longest are tried first). */
const SPACED_UNITS = [
  ...UNITS_SPACED_OR_GLUED,
  'percentage points',
  'percent',
  'points',
  'pp',
  'trillion',
  'billion',
  'million',
  'thousand',
  'bytes',
  'tokens/s',
  'samples/s',
  'Mbit/s',
  'us',
  'seconds',
  'second',
  'sec',
  'minutes',
  'min',
  'hours',
  'hrs',
  'days',
  'weeks',
  'mW',
  'mJ',
  'J',
  'kWh',
  'GHz',
  'MHz',
  'Hz',
];

/** Units written glued to the number: "7B", "24G", "100K", "3.2TB", "5times", "8×". */
const GLUED_UNITS = [...UNITS_SPACED_OR_GLUED, '-fold', '-bit', 'X', 'K', 'k', 'M', 'B', 'T', 'G', 's', 'h'];

/** Units that may be glued to following letters ("4timesRTX", "8×A100" from flattened LaTeX \times). */
const GLUE_TOLERANT = new Set(['times', '×']);

const NUMBER_BODY = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:[eE][-+]?\d+)?`;
const RANGE_TAIL = String.raw`(?:\s?[-–~]\s?|\s(?:to)\s)(?:${NUMBER_BODY})`;
const POWER_TAIL = String.raw`\^\{?-?\d+\}?`;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const unitAlternation = (units: string[]): string =>
  [...units]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

const NUMBER_PATTERN = new RegExp(
  String.raw`(\$|€|£)?([-−]?)(${NUMBER_BODY})(${RANGE_TAIL})?(${POWER_TAIL})?` +
    String.raw`(?:(${unitAlternation(GLUED_UNITS)})|\s(${unitAlternation(SPACED_UNITS)})(?![A-Za-z0-9]))?`,
  'g',
);

/** The upper end of a range whose both ends carry the unit: the "-2.7x" of "1.9x-2.7x". */
const UNIT_RANGE_TAIL = /^[-–~]\d+(?:\.\d+)?(x|×|%|times)(?![A-Za-z0-9])/;

const REFERENCE_WORDS =
  /\b(?:Table|Tab|Fig|Figure|Section|Sec|Eq|Equation|Appendix|Theorem|Lemma|Chapter|Step|Stage|Phase|Version|v)\.?\s*$/i;
/** Name-like words whose following digits are part of the name ("RTX 3090", "TITAN 3.0", "Llama 2"). */
const NAME_PREFIXES =
  /(?:RTX|GTX|NVIDIA|Nvidia|TITAN|Titan|Tesla|Quadro|Radeon|Llama|LLaMA|Qwen|Mistral|Gemma|Phi|Claude|Gemini|Mixtral|Falcon|Pythia|OPT|BLOOM|GPT|T5|ResNet|VGG|Xeon|Core|Ryzen|Jetson|Snapdragon|Apple|Cortex|CIFAR|Windows|Python|iPhone|Pixel|Galaxy|Ascend)\s$/;

export function parseNumbers(sentence: string): ClaimNumber[] {
  const numbers: ClaimNumber[] = [];
  const bracketDepth = bracketDepthAt(sentence);
  let previousSkippedEnd = -2;
  let consumedUntil = 0;
  for (const match of sentence.matchAll(NUMBER_PATTERN)) {
    const start = match.index ?? 0;
    if (start < consumedUntil) continue;
    const [raw, currency = '', sign, body, range, power, gluedUnit, spacedUnit] = match;
    const unit = gluedUnit ?? spacedUnit ?? '';
    const upper = unit && range === undefined ? UNIT_RANGE_TAIL.exec(sentence.slice(start + raw.length, start + raw.length + 16)) : null;
    const written = upper && upper[1] === unit ? raw + upper[0] : raw;
    const end = start + written.length;
    const skip =
      bracketDepth[start] > 0 ||
      isPartOfWord(sentence, start + currency.length + sign.length, end, unit) ||
      isNameContinuation(sentence, start, previousSkippedEnd) ||
      isEnumerator(sentence, start, end, unit) ||
      isYear(sentence, start, end, body, unit, range) ||
      REFERENCE_WORDS.test(sentence.slice(Math.max(0, start - 12), start)) ||
      isDimension(sentence, end, unit);
    if (skip) {
      previousSkippedEnd = end;
      continue;
    }
    const value = numericValue(sign, body, power);
    if (!Number.isFinite(value)) continue;
    numbers.push({ raw: written, value, unit: normaliseUnit(currency, unit) });
    consumedUntil = end;
  }
  return numbers;
}

/** "[12]" and "[3, 4]" are citations: mark every position inside square brackets. */
function bracketDepthAt(text: string): number[] {
  const depth = new Array<number>(text.length + 1).fill(0);
  let level = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '[') level++;
    depth[i] = level;
    if (text[i] === ']' && level > 0) level--;
  }
  return depth;
}

/** Digits glued to letters or joined by a hyphen to a word belong to a name: "GPT-3", "ResNet50", "top-1", "100B-scale". */
function isPartOfWord(text: string, numberStart: number, end: number, unit: string): boolean {
  const previous = text[numberStart - 1] ?? '';
  if (/[\p{L}\p{N}_.^@#/\\]/u.test(previous)) return true;
  if (previous === '-' && /[\p{L}\p{N}]/u.test(text[numberStart - 2] ?? '')) return true;
  if (GLUE_TOLERANT.has(unit)) return false;
  const after = text.slice(end, end + 2);
  if (/^[\p{L}\p{N}_]/u.test(after)) return true;
  return /^-[\p{L}\p{N}]/u.test(after);
}

/** The digits right after a model or product word, or right after other skipped name digits ("ERNIE TITAN 3.0 260B"). */
function isNameContinuation(text: string, start: number, previousSkippedEnd: number): boolean {
  if (previousSkippedEnd === start - 1 && text[start - 1] === ' ') return true;
  const before = text.slice(Math.max(0, start - 16), start);
  if (NAME_PREFIXES.test(before)) return true;
  return /(?:^|\s)[A-Za-z]*[A-Z][A-Za-z]*-?\d+[A-Za-z]*\s$/.test(before);
}

/** "(1)", "(2)" and "1)" list markers. */
function isEnumerator(text: string, start: number, end: number, unit: string): boolean {
  if (unit !== '') return false;
  const before = text.slice(Math.max(0, start - 1), start);
  const after = text.slice(end, end + 1);
  return after === ')' && (before === '(' || before === '' || before === ' ');
}

/** "in 2023", "(2020)", "NeurIPS 2024": a year; "2027 production rules": a count. */
function isYear(text: string, start: number, end: number, body: string, unit: string, range: string | undefined): boolean {
  if (unit !== '' || range !== undefined || !/^(?:19|20)\d\d$/.test(body)) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 1);
  return YEAR_CONTEXT.test(before) || after === ')' || after === ']' || /\(\s*$/.test(before) || start === 0;
}

const YEAR_CONTEXT =
  /(?:\b(?:in|since|until|till|from|by|of|during|before|after|circa|early|late|mid-?|year|[A-Z][A-Za-z]*[A-Z]|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)|,)\s$/;

/** "3x3 convolutions" and "224x224" are sizes, not factors. */
function isDimension(text: string, end: number, unit: string): boolean {
  return (unit === 'x' || unit === '×' || unit === 'X') && /^\d/.test(text.slice(end, end + 1));
}

function numericValue(sign: string, body: string, power: string | undefined): number {
  const base = Number(body.replace(/,/g, ''));
  const signed = sign ? -base : base;
  if (!power) return signed;
  const exponent = Number(power.replace(/[\^{}]/g, ''));
  return Math.pow(signed, exponent);
}

function normaliseUnit(currency: string, unit: string): string {
  const folded = unit === '\\%' ? '%' : unit === '×' || unit === 'X' ? 'x' : unit.replace(/^-/, '');
  return currency + folded;
}
