/**
 * The kind of a result (GUIDE "Results"): speedup, reduction, improvement, other (losses and overheads) or score
 * (an absolute value). Read from the words right after the value ("2.45x faster", "55% reduction", "3% higher"),
 * then from the verb that governs it ("reduces X by", "speeds up X by", "outperforms X by", "speedups of"), then
 * from the unit: a bare factor is a speedup unless the sentence speaks of reducing.
 */
import type { ResultKind } from '../../types.ts';

interface KindCue {
  kind: ResultKind;
  pattern: RegExp;
}

/** Words following the value (or its coordinated list: "17.77%, 2.49x, and 2.32x reductions"). */
const AFTER_CUES: KindCue[] = [
  { kind: 'other', pattern: /^\s*(?:[\w-]+\s+){0,2}?(?:loss|losses|overhead|overheads|degradation|drop|slowdown)\b/i },
  {
    kind: 'speedup',
    pattern:
      /^\s*(?:end-to-end\s+|overall\s+|training\s+|inference\s+|average\s+|geomean\s+)*(?:faster|speed-?ups?|acceleration|quicker|higher throughput|more throughput|throughput (?:gain|improvement|increase))\b/i,
  },
  {
    kind: 'reduction',
    pattern: /^\s*(?:[\w-]+\s+)?(?:fewer|less|lower|smaller|cheaper|reductions?|savings?|decrease|compression|shorter|cut)\b/i,
  },
  {
    kind: 'improvement',
    pattern:
      /^\s*(?:(?!(?:and|or|with|while|whereas)\s)[\w@-]+\s+){0,2}?(?:higher|better|more|improvements?|gains?|increase|boost|absolute improvement|relative improvement)\b/i,
  },
];

/** The governing verb or noun before the value, nearest wins. */
const BEFORE_CUES: KindCue[] = [
  {
    kind: 'speedup',
    pattern:
      /\b(?:speed(?:s|ed|ing)?[\s-]?up|speed-?ups?|accelerat\w*|throughput)\b[^.;]{0,60}?\b(?:by|of|to|is|reaching)?\s*(?:up to|over|about|around|approximately|nearly|at least|more than|an average of|on average)?\s*$/i,
  },
  {
    kind: 'reduction',
    pattern:
      /\b(?:reduc\w*|cut\w*|sav\w*|lower\w*|decreas\w*|shrink\w*|compress\w*|shorten\w*|minimi[sz]\w*)\b[^.;]{0,60}?\b(?:by|of|to)?\s*(?:up to|over|about|around|approximately|nearly|at least|more than|only|just|less than)?\s*$/i,
  },
  {
    kind: 'improvement',
    pattern:
      /\b(?:improv\w*|outperform\w*|increas\w*|boost\w*|gains?|surpass\w*|exceed\w*|beat\w*|advanc(?:e|es|ing)|enhanc\w*|rais\w*)\b[^.;]{0,90}?\b(?:by|of)\s*(?:,\s*(?:on average|in average|on the whole)\s*,\s*)?(?:up to|over|about|around|approximately|nearly|at least|more than|an average of)?\s*$/i,
  },
];

export interface KindContext {
  sentence: string;
  /** The value's offsets in the sentence. */
  start: number;
  end: number;
  unit: string;
  raw: string;
  /** End of the coordinated list the value belongs to ("A, B, and C reductions"), or the value's own end. */
  listEnd: number;
  /** Start of that list, or the value's own start. */
  listStart: number;
  /** End of the result value before this one (0 for the first): its verb is not this value's. */
  previousEnd: number;
}

const FACTOR_UNITS = new Set(['x', 'times', 'fold']);

export function resultKind(ctx: KindContext): ResultKind {
  if (ctx.sentence[ctx.start - 1] === '+') return 'improvement';
  const after = ctx.sentence.slice(ctx.listEnd, ctx.listEnd + 60);
  for (const cue of AFTER_CUES) if (cue.pattern.test(after)) return adjustForUnit(cue.kind, ctx);
  const before = ctx.sentence.slice(Math.max(0, ctx.previousEnd, ctx.listStart - 90), ctx.listStart);
  const nearest = nearestBeforeCue(before);
  if (nearest) return adjustForUnit(nearest, ctx);
  if (FACTOR_UNITS.has(ctx.unit))
    return /\breduc|\bsav(?:e|es|ing)\b|\bless\b|\bfewer\b/i.test(ctx.sentence) && !/\bfaster|speed/i.test(ctx.sentence)
      ? 'reduction'
      : 'speedup';
  return 'score';
}

/** The cue whose word is nearest the value (a regex alone would find the leftmost). */
function nearestBeforeCue(before: string): ResultKind | null {
  for (let at = before.length - 1; at >= 0; at--) {
    if (at > 0 && /\w/.test(before[at - 1])) continue;
    const tail = before.slice(at);
    for (const cue of BEFORE_CUES) if (cue.pattern.test(tail)) return cue.kind;
  }
  return null;
}

/** Throughput gains are speedups whatever the verb; "higher throughput" after a factor is one too. */
function adjustForUnit(kind: ResultKind, ctx: KindContext): ResultKind {
  if (kind === 'improvement' && FACTOR_UNITS.has(ctx.unit)) {
    const around = ctx.sentence.slice(Math.max(0, ctx.listStart - 60), Math.min(ctx.sentence.length, ctx.listEnd + 40));
    if (/\bthroughput|faster|speed/i.test(around) || !/%|accuracy|score/i.test(around)) return 'speedup';
  }
  return kind;
}
