/**
 * The subject of a result (GUIDE "Results"): the method, model or system the number is about, as named; "we", "our
 * method" stand for the paper's proposed method (or "(this paper)"). Read from the value's clause: its first name
 * that is not compared, described or a preposition's object, a relative clause's antecedent, or the clause's own
 * subject phrase when it is no extracted name.
 */
import type { Comparison } from './baseline.ts';
import type { SentenceMention } from './mentions.ts';
import type { ValueRegion } from './slots.ts';

/** Words that make the name after them something other than the clause's subject. */
const NOT_SUBJECT_BEFORE =
  /(?:\b(?:on|for|like|of|to|over|than|with|from|against|versus|vs\.?|compared (?:to|with)|relative to|outperforms?|outperforming|match(?:es|ing)?|surpass(?:es|ing)?|beats?|as|including|such as|top of|in|into|and|or|by|via|using|train|training|trains)\s+(?:the\s+|a\s+|an\s+|baseline\s+|standard\s+)?)$/i;
const OWN_WORK =
  /\b(?:we|our (?:[\w()-]+\s+){0,3}?(?:method|approach|model|framework|system|implementation|technique|algorithm|optimizer|design|work|solution|scheme|pipeline|architecture)s?|the proposed (?:[\w()-]+\s+){0,2}?(?:method|approach|model|framework|system|technique|algorithm|architecture)s?|this (?:method|approach|framework|system))\b/gi;
/** "BERT-style modeling", "GPT-like models": the name describes, it does not act. */
const DESCRIPTIVE_AFTER = /^-?(?:style|like|based|type|sized|scale|level)\b/i;

/** Where a new clause with its own subject starts: "..., while X", "(2) X", "show that X". */
const SUBJECT_CLAUSE_START =
  /(?:\bshow(?:s|ed)? that|\bdemonstrat\w* that|\bfind that|\bindicate that|\breveal\w* that|\(\d\)(?:\s*that\b)?|,\s*(?:while|whereas|and|where|but)\b)\s*/gi;

function lastMatchEnd(text: string, pattern: RegExp): number {
  let end = 0;
  for (const match of text.matchAll(pattern)) end = (match.index ?? 0) + match[0].length;
  return end;
}

export interface SubjectInput {
  sentence: string;
  region: ValueRegion;
  candidates: readonly SentenceMention[];
  comparisons: readonly Comparison[];
  proposed: string | null;
}

export function fillSubject(input: SubjectInput): string {
  const { sentence, region, candidates } = input;
  const own = input.proposed ?? '(this paper)';
  const achievedBy = /^[^.;]{0,60}?\b(?:achieved|obtained|reported|attained) by\s+(?:the\s+)?/i.exec(
    sentence.slice(region.listEnd, region.regionEnd),
  );
  if (achievedBy) {
    const at = region.listEnd + achievedBy[0].length;
    const named = candidates.find((c) => c.start === at);
    if (named) return named.name;
  }
  const sorted = [...candidates].filter((c) => c.end <= region.listStart).sort((a, b) => a.start - b.start);
  const antecedent = relativeClauseAntecedent(sentence, region, input.comparisons, sorted);
  if (antecedent) return antecedent;
  const excluded = new Set<SentenceMention>();
  sorted.forEach((c, i) => {
    const before = sentence.slice(Math.max(0, c.start - 30), c.start);
    const inComparison = input.comparisons.some((cmp) => c.start >= cmp.cueStart && c.end <= cmp.end + 1);
    const listContinues =
      i > 0 && excluded.has(sorted[i - 1]) && /^\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)$/.test(sentence.slice(sorted[i - 1].end, c.start));
    if (DESCRIPTIVE_AFTER.test(sentence.slice(c.end, c.end + 8))) excluded.add(c);
    if (inComparison || listContinues || (NOT_SUBJECT_BEFORE.test(before) && !/^\s*$/.test(before))) excluded.add(c);
  });
  // The clause's subject comes first: the earliest name (or "we"/"our method") of the value's clause.
  const clauseStart = Math.max(
    0,
    sentence.lastIndexOf(';', region.listStart) + 1,
    lastMatchEnd(sentence.slice(0, region.listStart), SUBJECT_CLAUSE_START),
  );
  let best: { name: string; at: number } | null = null;
  for (const c of sorted)
    if (!excluded.has(c) && c.start >= clauseStart && (best === null || c.start < best.at)) best = { name: c.name, at: c.start };
  for (const match of sentence.slice(clauseStart, region.listStart).matchAll(OWN_WORK)) {
    const at = clauseStart + (match.index ?? 0);
    if (best === null || at < best.at) best = { name: own, at };
  }
  if (best === null) {
    const earlier = sorted.filter((c) => !excluded.has(c));
    if (earlier.length > 0) return earlier[0].name;
    const phrase = subjectPhrase(sentence.slice(clauseStart, region.listStart));
    if (phrase) return phrase;
  }
  return best?.name ?? own;
}

/** "…the latest LLMs (A and B), which achieved a 27.77% success rate": the relative clause's antecedent is the subject. */
function relativeClauseAntecedent(
  sentence: string,
  region: ValueRegion,
  found: readonly Comparison[],
  names: readonly SentenceMention[],
): string | null {
  const clause = /,\s*(?:which|who)\s+(?:only\s+)?(?:achiev|obtain|reach|attain|scor|yield|get|got)\w*\s+[^,;]{0,80}$/i.exec(
    sentence.slice(0, region.listStart),
  );
  if (!clause) return null;
  const comma = clause.index;
  const compared = found.find((c) => c.end <= comma && comma - c.end <= 1);
  if (compared) return compared.name;
  const named = names.find((n) => n.end <= comma && comma - n.end <= 1);
  return named?.name ?? null;
}

/** Finite verbs that state a result of their subject: "X achieves", "X yields", "X raises accuracy". */
const RESULT_VERB =
  /\b(?:achiev(?:e|es|ed)|obtain(?:s|ed)?|reach(?:es|ed)?|attain(?:s|ed)?|yield(?:s|ed)?|produc(?:e|es|ed)|leads? to|led to|rais(?:e|es|ed)|improv(?:e|es|ed)|outperform(?:s|ed)?|surpass(?:es|ed)?|reduc(?:e|es|ed)|struggl(?:e|es|ed)|scor(?:es|ed)|deliver(?:s|ed)?|offer(?:s|ed)?|enhanc(?:e|es|ed))\b/i;
/** Subjects that point back to the paper's own work or say nothing: "it", "the network", "experiments". */
const NOT_A_SUBJECT_PHRASE =
  /^(?:(?:it|this|that|they|we|these|those|which|there|such|here)\b|(?:the|a|an|this|each|every|its|their)\s+(?:[\w-]+\s+){0,4}(?:model|method|approach|framework|system|network|algorithm|technique|pipeline|architecture)s?$|.*\b(?:experiments?|results?|evaluations?|analys[ie]s|findings|studies|study)$)/i;

/**
 * The clause's own subject when it is no extracted name: "using pseudo-code instructions leads to …" →
 * "pseudo-code instructions", "state-of-the-art obtains 52.26%" → "state-of-the-art".
 */
export function subjectPhrase(clause: string): string | null {
  const verb = RESULT_VERB.exec(clause);
  if (!verb) return null;
  let phrase = clause.slice(0, verb.index);
  phrase = phrase.slice(phrase.lastIndexOf(',') + 1);
  phrase = phrase
    .replace(/\s+(?:on|of|in|at|for|with|from|under|over|across|during|after)\s.*$/is, '')
    .replace(/^\s*(?:that|using|applying|adding|employing)\s+/i, '')
    .replace(
      /(?:\s+(?:also|consistently|significantly|still|only|further|can|could|may|might|will|would|generally|largely|substantially|even|always))+\s*$/i,
      '',
    )
    .trim();
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5 || /[\d()]/.test(phrase) || NOT_A_SUBJECT_PHRASE.test(phrase)) return null;
  return phrase;
}
