/**
 * Name-shaped tokens: CamelCase and acronyms (GNNPipe, QMoE, NCN), names with versions or sizes (Seaweed-7B,
 * GLM-130B, ResNet18), and capitalised name phrases ending in a method head ("Slepian model", "Hopfield network").
 */
import { notNames } from './lexicon/index.ts';
import { EVALUATIVE_MODIFIERS, NOT_NAME_WORDS } from './lexicon/stoplists.ts';
import type { TextSpan } from './acronyms.ts';

const COMPOUND = /[\p{L}\p{N}]+(?:(?:[-·][\p{L}\p{N}]+)|(?<=\d)\.\d+|(?:'s\b))*\+{0,2}/gu;
const NUMBER_UNIT = /^\d+(?:[.,]\d+)?(?:[a-zA-Z]{1,3}|-?(?:bit|bits|shot|way|layer|layers|dim|d|D|fold|step|steps))?$/;
const PRECISION_FORMAT = /^(?:u?int|fp|bf|tf|w\d+a|e\d+m)\d+/i;
const COUNTED_WORD =
  /^(?:top|pass|hits|recall|ndcg|precision|rank|level|step|stage|phase|type|version|layer|round|epoch|table|figure|fig|section|eq|equation|appendix|day|year|part|task|setting|group|class|block|node|covid|gpt|llm|k|n|o)s?-?\d/i;
const ROMAN = /^[IVXL]+$/;
const LATEX_TIMES = /^\d+(?:times|x)/i;
const HARDWARE_MODEL = /^(?:MI|RTX|GTX|DGX|HGX|GH|GB|A|H|V|P|T|L|B|K|M)\d{1,4}[A-Z]?(?:-\d+)?$/;
const FLOP_UNIT = /^(?:[KMGTPE]|kilo|mega|giga|tera|peta|exa)?-?FLOP(?:S|s)?$/i;

/** Whether a compound token looks like the proper name of a method, model, system or dataset. */
export function isNameShaped(token: string): boolean {
  if (token.length < 2 || notNames.has(token) || notNames.has(token.replace(/s$/, ''))) return false;
  if (NUMBER_UNIT.test(token) || PRECISION_FORMAT.test(token) || ROMAN.test(token) || LATEX_TIMES.test(token)) return false;
  if (HARDWARE_MODEL.test(token) || FLOP_UNIT.test(token)) return false;
  const segments = token.replace(/'s$/, '').replace(/\+/g, '').split(/[-.·]/);
  if (notNames.has(segments[0]) && segments.slice(1).every((s) => /^\d/.test(s) || /^[a-z]+$/.test(s))) return false;
  // "multi-GPU", "CPU-GPU": the capitals come only from words that are not names.
  if (segments.some((s) => hasInnerCapital(s) && !notNames.has(s) && !notNames.has(s.replace(/s$/, ''))))
    return !isAllCapsWord(token) || token.replace(/[^\p{L}]/gu, '').length >= 2;
  // "Dual-Swin-L", "ViT-B", "U-Net": Title-Case segments with a single-capital segment.
  if (segments.length > 1 && segments.every((s) => /^\p{Lu}/u.test(s)) && segments.some((s) => /^\p{Lu}$/u.test(s))) return true;
  // Capitalised word with a version or size: Seaweed-7B, Llama-2, Phi-3 (not "Sub-1-Bit", not "Top-1").
  const last = segments[segments.length - 1];
  return /^\p{Lu}\p{Ll}+$/u.test(segments[0]) && segments.length > 1 && /\d/.test(last) && !COUNTED_WORD.test(token);
}

/** An upper-case letter after another letter within one segment: CamelCase (OneFlow) or acronym (GNN). */
function hasInnerCapital(segment: string): boolean {
  for (let i = 1; i < segment.length; i++) {
    const c = segment[i];
    if (c !== c.toLowerCase() && /\p{L}/u.test(segment[i - 1])) return true;
  }
  // Letters and digits fused with a capital: T5, S4, ResNet50 is covered above, "A3C".
  return /^\p{Lu}\d/u.test(segment) && segment.length >= 2 && /\p{L}/u.test(segment);
}

function isAllCapsWord(token: string): boolean {
  return token === token.toUpperCase();
}

/** "Symbolics.jl", "Transformers.js": a capitalised package name with a language suffix. */
const PACKAGE_NAME = /(?<![\p{L}\p{N}.])\p{Lu}[\p{L}\p{N}]+\.(?:jl|js|py|rs|cpp|ts|rb|go)(?![\p{L}\p{N}])/gu;

export function findNameTokens(text: string, skipAllCaps: boolean): TextSpan[] {
  const out: TextSpan[] = [];
  if (text.includes('.'))
    for (const m of text.matchAll(PACKAGE_NAME)) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  COMPOUND.lastIndex = 0;
  for (let m = COMPOUND.exec(text); m !== null; m = COMPOUND.exec(text)) {
    if (m[0] === m[0].toLowerCase()) continue; // names carry a capital; lower-case ones come from the lexicon
    let token = m[0].replace(/'s$/, '');
    // A sentence-final period is not part of the name ("... by NCN.").
    token = token.replace(/[.·]+$/, '');
    if (token.length <= 2 || !isNameShaped(token) || out.some((o) => o.start <= m!.index && m!.index < o.end)) continue;
    if (skipAllCaps && /^[\p{Lu}\d\-]+$/u.test(token) && token.length > 5) continue;
    out.push({ start: m.index, end: m.index + token.length, text: token });
  }
  return out;
}

const NAME_HEADS = new Map<string, 'method' | 'concept'>([
  ['model', 'method'],
  ['models', 'method'],
  ['algorithm', 'method'],
  ['algorithms', 'method'],
  ['method', 'method'],
  ['network', 'method'],
  ['networks', 'method'],
  ['optimizer', 'method'],
  ['sampler', 'method'],
  ['estimator', 'method'],
  ['filter', 'method'],
  ['interpolation', 'method'],
  ['architecture', 'method'],
  ['transformer', 'method'],
  ['process', 'concept'],
  ['processes', 'concept'],
  ['theorem', 'concept'],
  ['distribution', 'concept'],
  ['distributions', 'concept'],
  ['transform', 'concept'],
  ['equation', 'concept'],
  ['equations', 'concept'],
  ['inequality', 'concept'],
  ['kernel', 'concept'],
  ['decomposition', 'concept'],
  ['dynamics', 'concept'],
  ['divergence', 'concept'],
  ['loss', 'method'],
  ['principle', 'concept'],
  ['hypothesis', 'concept'],
]);
const CAP_WORD = /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?(?:'s)?$/u;
const notNameWords = new Set(NOT_NAME_WORDS);
const evaluative = new Set(EVALUATIVE_MODIFIERS);
/** Verb forms that end a name phrase ("Wukong outperforms ... models"). */
const VERB_LIKE =
  /^(?:outperforms|achieves|shows|uses|yields|improves|reduces|enables|provides|requires|performs|leads|allows|makes|gives|takes|learns|generates|produces|remains|becomes|exhibits|demonstrates|trained|used|proposed|based|called|named|introduced|designed|obtained|achieved|compared|evaluated|applied)$/;

export interface NamePhrase extends TextSpan {
  kind: 'method' | 'concept';
}

/**
 * "the Sherrington-Kirkpatrick model", "Guerra's interpolation", "Gaussian processes": a capitalised word that
 * does not start a sentence, up to three lower-case words, and a head noun. Not used on title-case titles.
 */
export function findNamePhrases(text: string): NamePhrase[] {
  const out: NamePhrase[] = [];
  const re = /[\p{L}'’-]+/gu;
  const words: Array<{ s: number; e: number; t: string }> = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) words.push({ s: m.index, e: m.index + m[0].length, t: m[0] });
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (!CAP_WORD.test(w.t) || notNameWords.has(w.t.toLowerCase().replace(/'s$/, ''))) continue;
    const before = text.slice(words[i - 1].e, w.s);
    if (/[.!?:;"(]/.test(before) || !/^\s+$/.test(before)) continue;
    for (let j = i + 1; j <= i + 4 && j < words.length; j++) {
      const gap = text.slice(words[j - 1].e, words[j].s);
      if (!/^\s+$/.test(gap)) break;
      const head = NAME_HEADS.get(words[j].t);
      if (head) {
        out.push({ start: w.s, end: words[j].e, text: text.slice(w.s, words[j].e), kind: head });
        i = j;
        break;
      }
      if (
        j - i > 2 ||
        !/^\p{Ll}[\p{Ll}-]*$/u.test(words[j].t) ||
        notNameWords.has(words[j].t) ||
        evaluative.has(words[j].t) ||
        /ly$/.test(words[j].t)
      )
        break;
      if (/(?:s|ed)$/.test(words[j].t) && VERB_LIKE.test(words[j].t)) break;
    }
  }
  return out;
}
