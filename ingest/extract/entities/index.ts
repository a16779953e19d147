/**
 * Entity extraction: methods (proposed or used), concepts, datasets (introduced or used), tasks and metrics, each
 * with aliases and evidence spans. Works on the shared compromise parse (ExtractionContext) plus lexicons and
 * rules compiled once at module load; it never parses the abstract again.
 */
import type { ExtractionContext, SentenceSpan } from '../context.ts';
import type { AcronymDefinition } from './acronyms.ts';
import { assembleEntities, type EntityExtractions } from './assemble.ts';
import { lookupLexicon } from './lexicon/index.ts';
import { STRENGTH, type Field, type Mention } from './mentions.ts';
import { buildPosIndex } from './pos.ts';
import { findProposalZones, isAppositiveNew, isIntroducedDataset, isOwnedName, titleNamePrefix } from './roles.ts';
import { scanField } from './scan.ts';

export type { EntityExtractions } from './assemble.ts';

export function extractEntities(ctx: ExtractionContext): EntityExtractions {
  const pos = buildPosIndex(ctx);
  const abstract = scanField('abstract', ctx.abstract, ctx.sentences, pos);
  const titleSentence: SentenceSpan[] = [{ text: ctx.title, start: 0, end: ctx.title.length }];
  const title = scanField('title', ctx.title, titleSentence, null);
  applyDefinedMeanings([...title.mentions, ...abstract.mentions]);
  markProposals(ctx, abstract.mentions, title.mentions);
  const definitions: Array<{ field: Field; def: AcronymDefinition }> = [
    ...title.definitions.map((def) => ({ field: 'title' as const, def })),
    ...abstract.definitions.map((def) => ({ field: 'abstract' as const, def })),
  ];
  return assembleEntities({ title: ctx.title, abstract: ctx.abstract }, [...title.mentions, ...abstract.mentions], definitions);
}

/** An acronym the paper defines means what the paper says ("TTS" defined as test-time scaling is not speech synthesis). */
function applyDefinedMeanings(mentions: Mention[]): void {
  const defined = new Map<string, Mention>();
  for (const m of mentions) if (m.source === 'definition' && !m.longForm) defined.set(m.text.replace(/e?s$/, ''), m);
  if (defined.size === 0) return;
  for (const m of mentions) {
    if (m.source !== 'lexicon') continue;
    const d = defined.get(m.text.replace(/e?s$/, ''));
    if (!d || d.entry === m.entry) continue;
    m.entry = d.entry;
    m.kind = d.kind;
    m.strength = d.strength;
    m.source = 'definition';
  }
}

/** A name the paper introduces: not a lexicon entry, and a definition only when no lexicon knows it. */
function isNewName(m: Mention): boolean {
  if (m.source === 'shape' || m.source === 'title') return true;
  return m.source === 'definition' && m.entry === null && lookupLexicon(m.text) === undefined;
}

const TITLE_CASE_NAME = /^\s*(?:(?:the|a|an)\s+)?(?:\{\\?(?:bf|em|it|textbf|emph|textit|sc)\s+)?((?:\p{Lu}[\p{L}\d]*(?:-\p{L}[\p{L}\d]*)*)(?:\s+(?:(?:of|for|and|with|in|on|to)\s+)?\p{Lu}[\p{L}\d]*(?:-\p{L}[\p{L}\d]*)*){0,5})/u;

/** "we propose Aggregated Attention, a ...": a Title-Case phrase right after the verb is a name. */
function titleCaseNameAt(text: string, from: number): { start: number; end: number; text: string } | null {
  const m = TITLE_CASE_NAME.exec(text.slice(from, from + 120));
  if (!m) return null;
  const name = m[1].replace(/\s+(?:of|for|and|with|in|on|to)$/, '');
  // One word only when it is hyphenated Title-Case ("Elastic-Cache").
  if (name.split(/\s+/).length < 2 && !/^\p{Lu}\p{Ll}+(?:-\p{Lu}[\p{L}\d]*)+$/u.test(name)) return null;
  if (/^(?:In|On|For|To|With|The|This|These|We|Our|However|Moreover|Furthermore|Finally|Specifically|Experiments|Results)\b/.test(name)) return null;
  const start = from + m[0].length - m[1].length;
  return { start, end: start + name.length, text: name };
}

function addTitleCaseName(mentions: Mention[], span: { start: number; end: number; text: string }): void {
  if (mentions.some((m) => m.start < span.end && span.start < m.end && (m.source === 'definition' || m.source === 'list'))) return;
  for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i].start < span.end && span.start < mentions[i].end) mentions.splice(i, 1);
  mentions.push({ field: 'abstract', ...span, source: 'title', kind: 'method', strength: STRENGTH.definition + 1, entry: null,
    longForm: false, proposed: true, datasetContext: false });
}

const ENUMERATOR = /\((?:\d|[ivx]{1,3})\)\s*/g;
const OWN_CONTEXT = /\b(?:we|our|propose[sd]?|introduce[sd]?|innovations?|contributions?|components?|consists?|comprises?|includes?|techniques)\b/i;

/** "two key innovations: (1) Dynamic Range Expansion, which ...": Title-Case names in the paper's own enumeration. */
function enumeratedNames(text: string, sentences: readonly SentenceSpan[]): Array<{ start: number; end: number; text: string }> {
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

/** Words between "we propose" and a name that show the name is not what is proposed ("a method for X"). */
const NOT_OBJECT = /\b(?:of|for|on|in|with|to|from|by|about|that|which|where|when|using|via|under|over|into|based|through|between|across|among|and)\b/i;

function markProposals(ctx: ExtractionContext, abstractMentions: Mention[], titleMentions: Mention[]): void {
  const text = ctx.abstract;
  const candidates = abstractMentions.filter((m) => isNewName(m) || (m.source === 'lexicon' && m.kind === 'dataset')).sort((a, b) => a.start - b.start);
  const named = abstractMentions.filter((m) => isNewName(m) || (m.source === 'lexicon' && m.kind === 'method')).sort((a, b) => a.start - b.start);
  for (const zone of findProposalZones(text, ctx.sentences)) {
    const inZone = (zone.firstOnly ? named : candidates).filter((m) => m.start >= zone.start && m.start < zone.end);
    if (inZone.length === 0 || inZone[0].start - zone.start > 4) {
      const titled = titleCaseNameAt(text, zone.start);
      if (titled) {
        addTitleCaseName(abstractMentions, titled);
        continue;
      }
    }
    if (inZone.length === 0 || inZone[0].start - zone.start > (zone.firstOnly ? 4 : 120)) continue;
    if (!zone.firstOnly && NOT_OBJECT.test(text.slice(zone.start, inZone[0].start))) continue;
    inZone[0].proposed = true;
    // "we propose NCN and NCNC", "X (Y)": names coordinated with the first are introduced too.
    for (let i = 1; i < inZone.length && !zone.firstOnly; i++) {
      const gap = text.slice(inZone[i - 1].end, inZone[i].start);
      if (!/^\s*(?:\(|\)?\s*(?:,|and|or|,\s*and)\s*)\s*$/.test(gap)) break;
      inZone[i].proposed = true;
    }
  }
  for (const m of candidates) if (isAppositiveNew(text, m.end) || isOwnedName(text, m.start, m.end)) m.proposed = true;
  for (const item of enumeratedNames(text, ctx.sentences)) addTitleCaseName(abstractMentions, item);
  // Definitions: both halves share the role of either.
  for (const m of candidates) {
    if (m.source !== 'definition' || !m.proposed) continue;
    for (const other of candidates) if (other.source === 'definition' && Math.abs(other.start - m.end) <= 3) other.proposed = true;
    for (const other of candidates) if (other.source === 'definition' && Math.abs(m.start - other.end) <= 3) other.proposed = true;
  }
  markTitlePrefix(ctx, abstractMentions, titleMentions);
  for (const m of abstractMentions) if ((m.proposed || isNewName(m)) && isIntroducedDataset(text, m)) m.datasetContext = true;
}

const TITLE_DATASET_WORDS = /\b(?:benchmark|dataset|data set|corpus|challenge|suite|testbed|leaderboard|arena)s?\b/i;

function markTitlePrefix(ctx: ExtractionContext, abstractMentions: Mention[], titleMentions: Mention[]): void {
  const prefix = titleNamePrefix(ctx.title);
  if (!prefix) return;
  const exact = titleMentions.find((m) => m.start === prefix.start && m.end === prefix.end);
  if (exact) {
    if (exact.source === 'lexicon' && exact.kind === 'dataset' && !TITLE_DATASET_WORDS.test(ctx.title)) {
      // "Kinetics: Rethinking Test-Time Scaling Laws" names a method after a dataset.
      exact.kind = 'method';
      exact.entry = null;
      exact.strength = STRENGTH.lexicon + 1;
    }
    if (exact.source !== 'lexicon' || exact.kind === 'method' || exact.kind === 'dataset') exact.proposed = true;
    if (/(?:bench|Bench|BENCH|QA|Eval|Arena)$/.test(exact.text) || TITLE_DATASET_WORDS.test(ctx.title)) exact.datasetContext = exact.kind !== 'method' || exact.source !== 'lexicon';
    return;
  }
  const words = prefix.text.split(/\s+/);
  if (words.some((w) => !/^[\p{Lu}\d]/u.test(w))) return;
  const inner = titleMentions.filter((m) => m.start < prefix.end);
  // "1-bit Adam: ...", "Lagrangian PINNs: ...": a name built on a known one; else the name must recur in the abstract.
  if (inner.length === 0 && !ctx.abstract.includes(prefix.text)) return;
  if (inner.length > 0 && inner.every((m) => m.start === prefix.start && m.end === prefix.end)) return;
  const m: Mention = {
    field: 'title', start: prefix.start, end: prefix.end, text: prefix.text, source: 'title', kind: 'method',
    strength: STRENGTH.definition, entry: null, longForm: false, proposed: true,
    datasetContext: TITLE_DATASET_WORDS.test(ctx.title.slice(prefix.end, prefix.end + 40)),
  };
  titleMentions.push(m);
  void abstractMentions;
}
