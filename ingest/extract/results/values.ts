/**
 * The numbers of a claim sentence that are results (GUIDE "Results"): the claim's parsed numbers, located in the
 * sentence, ranges joined ("12.4% to 17.5%", "2x to 13x" is one result; "from 3 days to 76 minutes" keeps only
 * the end), and inputs dropped: model and data sizes, hardware counts, batch sizes, resolutions, bit widths
 * chosen as a design, counts of things ("21 circuits", "2027 production rules").
 */
import type { ClaimNumber } from '../../types.ts';

export interface ResultValue {
  raw: string;
  value: number;
  unit: string;
  /** Offsets in the sentence, end exclusive. */
  start: number;
  end: number;
  /** The end of a change ("from 3 days to 76 minutes"): an absolute value reached. */
  reached?: boolean;
  /** Position in a slash pair ("FID of 1.91/2.43" on "CIFAR-10/FFHQ"), which pairs with the names the same way. */
  slashIndex?: number;
}

/** Units of sizes, never outcomes: "7B", "1.6 trillion", "100K". */
const SIZE_UNITS = new Set(['B', 'M', 'K', 'k', 'T', 'G', 'billion', 'million', 'trillion', 'thousand']);
/** Units that always measure something: kept whatever follows. */
const MEASURE_UNITS = new Set(['%', 'x', 'times', 'fold', 'points', 'percentage points', 'pp', 'percent']);

/** Words after a number that make it a setting or a count: "256 GPUs", "64 layers", "batch sizes of 32". */
const COUNT_AFTER =
  /^[\s-]*(?:[a-z-]+\s)?(?:gpus?|tpus?|cpus?|nodes?|devices?|sockets?|machines?|workers?|servers?|cores?|layers?|heads?|experts?|parameters?|params|tokens?|samples?|examples?|images?|videos?|hours of|languages?|datasets?|benchmarks?|tasks?|circuits?|rules?|production rules|teams?|registrations?|vertices|edges|nodes|users?|participants?|subjects?|classes|categories|steps?|epochs?|iterations?|rounds?|bits?|bytes|characters|words|sentences|pages|papers?|models?|variants?|domains?|queries|questions|problems|instances|frames|pixels|dimensions?|channels?|-?socket|-?bit|-?layer|-?way|-?shot|-?dimensional|-?parameter|k context)\b/i;
/** Words before a number that make it a setting: "batch size of 32", "resolution of 224", "on 256 GPUs". */
const SETTING_BEFORE =
  /(?:batch sizes?|resolution|sequence length|context length|length|window|budget|rank|width|depth|seed|temperature|learning rate|up to|with|using|on|of|across|at)\s+(?:of\s+)?(?:about |approximately |around |only |just |over |more than |nearly )?$/i;

export function resultValues(sentence: string, numbers: readonly ClaimNumber[]): ResultValue[] {
  const located = withSlashPairs(sentence, locate(sentence, numbers));
  const joined = joinRanges(sentence, located);
  return joined.filter((value) => !isSetting(sentence, value));
}

function locate(sentence: string, numbers: readonly ClaimNumber[]): ResultValue[] {
  const located: ResultValue[] = [];
  let from = 0;
  for (const number of numbers) {
    const start = sentence.indexOf(number.raw, from);
    if (start < 0) continue;
    located.push({ raw: number.raw, value: number.value, unit: number.unit, start, end: start + number.raw.length });
    from = start + number.raw.length;
  }
  return located;
}

/** "1.91/2.43": the number after the slash is a second value (the claim's numbers skip it as part of a word). */
function withSlashPairs(sentence: string, values: ResultValue[]): ResultValue[] {
  const out: ResultValue[] = [];
  for (const value of values) {
    const tail = /^\/(\d+(?:\.\d+)?)(%|x|×)?(?![\w/])/.exec(sentence.slice(value.end));
    if (!tail || sentence[value.start - 1] === '/') {
      out.push(value);
      continue;
    }
    const start = value.end + 1;
    out.push({ ...value, slashIndex: 0 });
    out.push({
      raw: tail[1] + (tail[2] ?? ''),
      value: Number(tail[1]),
      unit: tail[2] ? value.unit : value.unit,
      start,
      end: start + tail[0].length - 1,
      slashIndex: 1,
    });
  }
  return out;
}

/** "A to B" (or "ranging from A to B") with the same unit is one result; "from A to B" is a change: B only. */
function joinRanges(sentence: string, values: ResultValue[]): ResultValue[] {
  const joined: ResultValue[] = [];
  for (let i = 0; i < values.length; i++) {
    const current = values[i];
    const next = values[i + 1];
    const between = next ? sentence.slice(current.end, next.start) : '';
    const before = sentence.slice(Math.max(0, current.start - 24), current.start);
    const isChange =
      /\bfrom\s+(?:just\s+|only\s+|about\s+)?$/i.test(before) && !/\b(?:rang\w*|between|vary\w*)\s+from\s+\S*\s*$/i.test(before);
    if (next && isChange && /^\s*to\s+(?:just\s+|only\s+|about\s+)?$/.test(between)) {
      joined.push({ ...next, reached: true });
      i++;
      continue;
    }
    if (!next || !/^\s*(?:to|-|–)\s*$/.test(between) || (current.unit !== next.unit && current.unit !== '')) {
      joined.push(current);
      continue;
    }
    if (isChange) joined.push({ ...next, reached: true });
    else
      joined.push({
        raw: sentence.slice(current.start, next.end),
        value: current.value,
        unit: next.unit,
        start: current.start,
        end: next.end,
      });
    i++;
  }
  return joined;
}

function isSetting(sentence: string, value: ResultValue): boolean {
  const after = sentence.slice(value.end, value.end + 40);
  const before = sentence.slice(Math.max(0, value.start - 40), value.start);
  if (/^\^/.test(after) || /\^\{?\d/.test(value.raw)) return true;
  // "(D95 >= 40.0 Gy)", "(<42.0 Gy)": a bound written as a constraint is a setting, not an outcome.
  if (/\(\s*(?:[\w-]+\s*)?(?:[<>≤≥]=?|=)\s*$/.test(before) && /^[^()]{0,12}\)/.test(after)) return true;
  // "7.89M FLOPs": the compute of the method's output is a result; "at 305M FLOPs", "(301M FLOPs)" are settings.
  if (SIZE_UNITS.has(value.unit) && /^\s*(?:FLOPs|MACs|GFLOPs|multiply-adds)\b/.test(after))
    return /(?:\bat|\bunder|\bof|\bwith(?:in)? a budget of|\()\s*(?:about |around |only |just )?$/i.test(before);
  if (SIZE_UNITS.has(value.unit)) return true;
  if (
    /^\s*[\w-]+\s+(?:per|\/)\s*(?:second|s|sec|query|token|sample|image)\b|^\s*(?:dollars?|USD|cents?)\b|^\s*per\s+(?:parameter|weight|channel|token)\b/i.test(
      after,
    )
  )
    return false;
  // A factor glued to a product name is a device count: "4x NVIDIA A6000", "4timesRTX 3090"; "1-bit Adam" is a name.
  if (/^(?:x|times|bit|-bit)$/.test(value.unit) && /^\s?\p{Lu}/u.test(after)) return true;
  if (/^-?bit$/.test(value.unit) && /^[-\s]*(?:weights?|activations?|quantization|precision|baseline|model|integer|float)/i.test(after))
    return true;
  if (MEASURE_UNITS.has(value.unit)) return false;
  if (/^(?:GB|MB|TB|GiB|MiB)$/.test(value.unit))
    return (
      /^\s*(?:of\s+)?(?:memory|GPU|VRAM|RAM|HBM|in parameters|of parameters|model)/i.test(after) ||
      /(?:with|exceeds?|of)\s+(?:a\s+)?$/i.test(before)
    );
  if (value.unit === '') {
    if (COUNT_AFTER.test(after)) return true;
    if (!value.raw.includes('.') && SETTING_BEFORE.test(before)) return true;
    // A bare integer with no metric word near it is a count rather than a measurement.
    if (!value.raw.includes('.') && !/^\s*(?:[\w@-]+\s){0,2}?(?:points?|pp|score|accuracy|AP|mAP|BLEU|F1|FID|NDCG)/.test(after))
      return true;
  }
  return (
    COUNT_AFTER.test(after) &&
    !/^(?:ms|s|h|seconds|minutes|hours|days|tokens\/s|samples\/s|Gbit\/s|Gb\/s|GB\/s|MB\/s|Gbps|Mbps|fps|FPS)$/.test(value.unit)
  );
}
