/**
 * Names a paper gives its own contributions without the shape of a name: Title-Case phrases right after
 * "we propose" or in the paper's own enumeration, quoted terms, and "a tree-sharing approach".
 */
import type { SentenceSpan } from '../context.ts';
import { isHeadWord } from './heads.ts';
import { lookupLexicon } from './lexicon/index.ts';
import { EVALUATIVE_MODIFIERS } from './lexicon/stoplists.ts';
import { titleMethodMention, type Mention } from './mentions.ts';

const EVALUATIVE = new Set(EVALUATIVE_MODIFIERS);

const TITLE_CASE_NAME =
  /^\s*(?:(?:the|a|an)\s+)?(?:\{\\?(?:bf|em|it|textbf|emph|textit|sc)\s+)?((?:\p{Lu}[\p{L}\d]*(?:-\p{L}[\p{L}\d]*)*)(?:\s+(?:(?:of|for|and|with|in|on|to)\s+)?\p{Lu}[\p{L}\d]*(?:-\p{L}[\p{L}\d]*)*){0,5})/u;

/** "we propose Aggregated Attention, a ...": a Title-Case phrase right after the verb is a name. */
export function titleCaseNameAt(text: string, from: number): { start: number; end: number; text: string } | null {
  const m = TITLE_CASE_NAME.exec(text.slice(from, from + 120));
  if (!m) return null;
  const name = m[1].replace(/\s+(?:of|for|and|with|in|on|to)$/, '');
  // One word only when it is hyphenated Title-Case ("Elastic-Cache").
  if (name.split(/\s+/).length < 2 && !/^\p{Lu}\p{Ll}+(?:-\p{Lu}[\p{L}\d]*)+$/u.test(name)) return null;
  if (/^(?:In|On|For|To|With|The|This|These|We|Our|However|Moreover|Furthermore|Finally|Specifically|Experiments|Results)\b/.test(name))
    return null;
  const start = from + m[0].length - m[1].length;
  return { start, end: start + name.length, text: name };
}

const QUOTED_OBJECT = /^\s*(?:(?:a|an|the)\s+)?(?:(?:new|novel|simple|general|lightweight)\s+)?["“']([^"”']{3,60})["”']/;
const DESCRIBED_OBJECT =
  /^\s*(?:a|an)\s+((?:[\p{Ll}\d]+(?:-[\p{Ll}\d]+)*\s+){1,4}?)(?:approach|method|technique|mechanism|scheme|strategy|module|paradigm|component|loss|algorithm|regularizer|procedure)\b/u;

/** 'a new "unified tensor" type', "a tree-sharing approach", "a dual-stage instruction tuning paradigm". */
export function quotedOrDescribedName(text: string, from: number): { start: number; end: number; text: string } | null {
  const window = text.slice(from, from + 120);
  const quoted = QUOTED_OBJECT.exec(window);
  if (quoted) {
    const start = from + quoted.index + quoted[0].indexOf(quoted[1]);
    return { start, end: start + quoted[1].length, text: quoted[1] };
  }
  const described = DESCRIBED_OBJECT.exec(window);
  if (!described) return null;
  const words = described[1].trim().split(/\s+/);
  while (words.length > 0 && (EVALUATIVE.has(words[0]) || /^(?:yet|and|but)$/.test(words[0]))) words.shift();
  if (words.length === 0 || words.some((w) => EVALUATIVE.has(w) || /-(?:based|like|free|aware|style)$/.test(w))) return null;
  if (words.length < 2 && !words[0].includes('-')) return null;
  const phrase = words.join(' ');
  const start = from + window.indexOf(phrase, described.index);
  return start < from ? null : { start, end: start + phrase.length, text: phrase };
}

export function addOwnName(mentions: Mention[], span: { start: number; end: number; text: string }): boolean {
  const known = lookupLexicon(span.text);
  if (known || /-(?:based|like|style)$|\bbased$/i.test(span.text) || /^[\p{Lu}\d\s]+(?:\s(?:and|of)\s[\p{Lu}\d\s]+)*$/u.test(span.text))
    return false;
  if (/^(?:two|three|four|single|multi|one)-|-(?:stage|step|level|centric|wise|based)$/.test(span.text)) return false;
  if (isHeadWord(span.text.split(/\s+/).at(-1) ?? '') && !/\p{Lu}/u.test(span.text)) return false;
  if (mentions.some((m) => m.start < span.end && span.start < m.end && (m.source === 'definition' || m.source === 'list'))) return false;
  for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i].start < span.end && span.start < mentions[i].end) mentions.splice(i, 1);
  mentions.push(titleMethodMention(span));
  return true;
}

const ENUMERATOR = /\((?:\d|[ivx]{1,3})\)\s*/g;
const OWN_CONTEXT =
  /\b(?:we|our|propose[sd]?|introduce[sd]?|innovations?|contributions?|components?|consists?|comprises?|includes?|techniques)\b/i;

/** "two key innovations: (1) Dynamic Range Expansion, which ...": Title-Case names in the paper's own enumeration. */
export function enumeratedNames(text: string, sentences: readonly SentenceSpan[]): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  ENUMERATOR.lastIndex = 0;
  for (let m = ENUMERATOR.exec(text); m !== null; m = ENUMERATOR.exec(text)) {
    const name = titleCaseNameAt(text, m.index + m[0].length);
    if (!name) continue;
    const sentence = sentences.find((s) => s.start <= m!.index && m!.index < s.end);
    const previous = sentence ? sentences[sentences.indexOf(sentence) - 1] : undefined;
    if (OWN_CONTEXT.test(sentence?.text ?? '') || OWN_CONTEXT.test(previous?.text ?? '')) out.push(name);
  }
  return out;
}
