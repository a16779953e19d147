/**
 * Components a paper names by a descriptive noun phrase rather than a proper name: "we propose an iterative
 * prediction-correction scheme", "our historical information extraction layer", "consisting of: i) an
 * object-centric memory module, ii) ...". Only phrases headed by a technique word, right after a proposal cue.
 */
import type { SentenceSpan } from '../context.ts';
import { lookupLexicon } from './lexicon/index.ts';
import { EVALUATIVE_MODIFIERS } from './lexicon/stoplists.ts';
import { titleMethodMention, type Mention } from './mentions.ts';

export interface NamedSpan {
  start: number;
  end: number;
  text: string;
}

const HEAD_WORDS = [
  'paradigm',
  'component',
  'approach',
  'framework',
  'technique',
  'method',
  'procedure',
  'mechanisms?',
  'modules?',
  'layers?',
  'blocks?',
  'loss(?:es)?',
  'objectives?',
  'strateg(?:y|ies)',
  'schemes?',
  'experts?',
  'residuals?',
  'prefetchers?',
  'buffers?',
  'schedulers?',
  'algorithms?',
  'attention',
  'convolutions?',
  'extraction',
  'embeddings?',
  'networks?',
  'pooling',
  'encoders?',
  'decoders?',
  'projectors?',
  'regularizers?',
  'estimators?',
  'samplers?',
  'routers?',
];
/** Heads in lower or Title case ("extraction layer", "Historical Information Extraction"). */
const HEAD = `(?:${HEAD_WORDS.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|')})`;
const WORD = String.raw`[\p{L}\d][\p{L}\d]*(?:-[\p{L}\d]+)*`;
/** Up to four modifiers and a head, ending where the noun phrase ends (punctuation, a clause, a preposition, a name, a verb). */
const PHRASE = new RegExp(
  String.raw`^((?:${WORD}\s+){1,4}?${HEAD})(?=\s*[,.;:()]|\s+(?:that|which|to|for|and|with|in|on|by|of|as|is|are|where|whose|from|into|via)\b|\s*$|\s+[\p{Lu}\d]|\s+(?:can|could|will|may|also|further|significantly|effectively|then)\b|\s+\p{Ll}+s\s+(?:the|a|an|both|its|our|up|to)\b)`,
  'u',
);
const LEAD =
  /^\s*(?:(?:a|an|the|our|two|three|its|their)\s+)?(?:(?:novel|new|simple|first|key|dedicated|lightweight|specially|carefully|designed|proposed|learnable|effective|efficient|general|unified|plug-and-play)\s+)*/i;
/** A name right after the descriptive phrase: "the first learning rate adaptation module Adaptive-eta". */
const NAME_AFTER =
  /^\s+((?:\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)+)|(?:[\p{L}\d]*\p{Lu}[\p{L}\d]*\p{Lu}[\p{L}\d+-]*))(?=\s*[,.;:()]|\s+(?:that|which|to|for|and|with|is)\b|\s*$)/u;
const EVALUATIVE = new Set(EVALUATIVE_MODIFIERS);
const NOT_OWN =
  /^(?:existing|standard|traditional|conventional|vanilla|same|each|this|these|that|such|other|previous|prior|original|typical|common|popular|well-known|several|multiple|various|many|different|both|all|any|more|most|their|its|his|her|there|independent|separate|individual|to|the|a|an|of|for|in|on|with|and|or|by|is|are|be|that|which|we|it|from)$/i;
/** A generic head after a technique nominal is not part of its name: "a dual-stage instruction tuning paradigm". */
const GENERIC_HEAD = /^(.*\S(?:ing|tion|sion|ment))\s+(?:paradigm|component|approach|framework|technique|method|procedure|strategy)$/;

const PROPOSE_CUE =
  /\b(?:we|this (?:paper|work)|us to)\s+(?:\w+ly\s+|also\s+|further\s+|then\s+|first\s+|here\s+)*(?:propose|introduce|present|develop|design|devise|build|contribute|put forward)(?:s|d|ed)?\s+/gi;
const OWNED_CUE = /\b(?:our|the (?:proposed|designed|introduced|developed|novel|new))\s+/gi;
const PARTS_CUE =
  /\b(?:consist(?:s|ing)? of|compris(?:es|ing)|composed of|made up of|incorporat(?:es|ing)|equipped with|combined with|coupled with|together with|accompanied by)\s*:?\s*/gi;
const ENUMERATOR = /(?:\(\s*(?:\d|[ivx]{1,3})\s*\)|(?:^|[\s,;:])(?:\d|[ivx]{1,3})\))\s*/gi;
const OWN_SENTENCE = /\b(?:we|our|propose[sd]?|introduce[sd]?|contributions?|components?|consists?|comprises?|innovations?)\b/i;

/** The descriptive phrase (or the name it is followed by) right after `from`, or null. */
export function techniquePhraseAt(text: string, from: number, backReference = false): NamedSpan | null {
  const lead = LEAD.exec(text.slice(from, from + 80))![0].length;
  const at = from + lead;
  const m = PHRASE.exec(text.slice(at, at + 120));
  if (!m) return null;
  const after = NAME_AFTER.exec(text.slice(at + m[1].length, at + m[1].length + 40));
  if (after) {
    const start = at + m[1].length + after[0].indexOf(after[1]);
    return { start, end: start + after[1].length, text: after[1] };
  }
  const generic = GENERIC_HEAD.exec(m[1]);
  // "the proposed forward graph learning framework" refers back to the paper's system rather than naming a part.
  if ((generic && backReference) || (!generic && /\s(?:paradigm|component|approach|framework|technique|method|procedure)$/.test(m[1])))
    return null;
  const name = generic ? generic[1] : m[1];
  const words = name.split(/\s+/);
  // An evaluative word opens a name only before two content words ("fast compound scaling"), never inside one.
  const evaluativeAt = words.findIndex((w) => EVALUATIVE.has(w.toLowerCase()));
  if (evaluativeAt > 0 || (evaluativeAt === 0 && words.length < 3)) return null;
  if (words.slice(0, -1).some((w) => NOT_OWN.test(w) || /^\d/.test(w))) return null;
  // "a GG-based initialization scheme" describes a use of another named thing.
  if (/\p{Lu}.*-(?:based|like|style|inspired|driven|guided)$/u.test(words[0])) return null;
  // Two modifiers, or one hyphenated one, make a name; "a linearization scheme" is a description.
  if (words.length < 3 && !(words.length === 2 && words[0].includes('-') && !/-(?:based|like|style|wise)$/.test(words[0]))) return null;
  if (lookupLexicon(name)) return null;
  return { start: at, end: at + name.length, text: name };
}

/** Every descriptive component name after a proposal cue, "our", a parts list or the paper's own enumeration. */
export function proposedTechniquePhrases(text: string, sentences: readonly SentenceSpan[]): NamedSpan[] {
  const out: NamedSpan[] = [];
  const sentenceOf = (offset: number) => sentences.find((s) => s.start <= offset && offset < s.end);
  const push = (span: NamedSpan | null) => {
    if (span && !out.some((o) => o.start < span.end && span.start < o.end)) out.push(span);
  };
  for (const cue of [PROPOSE_CUE, OWNED_CUE]) {
    cue.lastIndex = 0;
    for (let m = cue.exec(text); m !== null; m = cue.exec(text)) push(techniquePhraseAt(text, m.index + m[0].length, cue === OWNED_CUE));
  }
  for (const cue of [PARTS_CUE, ENUMERATOR]) {
    cue.lastIndex = 0;
    for (let m = cue.exec(text); m !== null; m = cue.exec(text)) {
      const sentence = sentenceOf(m.index);
      const previous = sentence ? sentences[sentences.indexOf(sentence) - 1] : undefined;
      if (!OWN_SENTENCE.test(sentence?.text ?? '') && !(cue === ENUMERATOR && OWN_SENTENCE.test(previous?.text ?? ''))) continue;
      const from = m.index + m[0].length;
      const first = techniquePhraseAt(text, from);
      push(first);
      // "both inter-layer and intra-layer schemes": later items count only when the first is a name itself.
      if (cue === PARTS_CUE && first)
        for (const item of listItemStarts(text, from, sentence?.end ?? text.length)) push(techniquePhraseAt(text, item));
    }
  }
  return out;
}

/** Where the later items of "X, Y and Z" start, up to the end of the sentence. */
function listItemStarts(text: string, from: number, end: number): number[] {
  const starts: number[] = [];
  const sep = /,\s*(?:and\s+)?|\s+and\s+/g;
  const span = text.slice(from, end);
  for (let m = sep.exec(span); m !== null && starts.length < 5; m = sep.exec(span)) starts.push(from + m.index + m[0].length);
  return starts;
}

/**
 * Marks the paper's descriptive component as proposed: an acronym definition it overlaps takes the role, otherwise it
 * becomes a mention of its own, replacing rule-found phrases inside it (lexicon matches inside stay: they are topics too).
 */
export function addTechniqueName(mentions: Mention[], span: NamedSpan): void {
  const defined = mentions.filter((m) => m.source === 'definition' && m.start < span.end && span.start < m.end);
  if (defined.length > 0) {
    for (const m of defined) if (m.entry === null) m.proposed = true;
    return;
  }
  const same = mentions.find((m) => m.start === span.start && m.end === span.end);
  if (same) {
    if (same.source !== 'lexicon') same.proposed = true;
    return;
  }
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.start < span.end && span.start < m.end && m.source !== 'lexicon') mentions.splice(i, 1);
  }
  mentions.push(titleMethodMention(span));
}
