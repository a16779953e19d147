/**
 * Roles: which names the paper introduces (methods proposed, datasets introduced), from the proposal zones,
 * appositives, "our X", enumerations and the title prefix that roles.ts finds.
 */
import type { ExtractionContext } from '../context.ts';
import { lookupLexicon } from './lexicon/index.ts';
import { STRENGTH, type Mention } from './mentions.ts';
import { addOwnName, enumeratedNames, quotedOrDescribedName, titleCaseNameAt } from './own-names.ts';
import { addTechniqueName, proposedTechniquePhrases } from './technique-names.ts';
import { findProposalZones, isAppositiveNew, isIntroducedDataset, isOwnedName, titleNamePrefix } from './roles.ts';

/** A name the paper introduces: not a lexicon entry, and a definition only when no lexicon knows it. */
export function isNewName(m: Mention): boolean {
  if (m.source === 'shape' || m.source === 'title') return true;
  return m.source === 'definition' && m.entry === null && lookupLexicon(m.text) === undefined;
}

/** "... (LRGB) with 5 graph learning datasets: A, B and C": the datasets a benchmark is made of. */
const DATASET_LIST_INTRO =
  /^\)?\s*(?:with|of|containing|comprising|including|consisting of)\s+[\w\s-]{0,40}?(?:datasets|benchmarks|tasks|corpora)\s*(?::|,|including|such as)?\s*$/;

/** Words between "we propose" and a name that show the name is not what is proposed ("a method for X"). */
const NOT_OBJECT =
  /\b(?:of|for|on|in|with|to|from|by|about|that|which|where|when|using|via|under|over|into|based|through|between|across|among|and)\b/i;

export function markProposals(ctx: ExtractionContext, abstractMentions: Mention[], titleMentions: Mention[]): void {
  const text = ctx.abstract;
  const datasetSentence = (m: Mention) =>
    /\b(?:datasets?|benchmarks?|corpus|corpora)\b/i.test(ctx.sentences.find((s) => s.start <= m.start && m.start < s.end)?.text ?? '');
  const candidates = abstractMentions
    .filter((m) => isNewName(m) || ((m.source === 'lexicon' || m.source === 'definition') && m.kind === 'dataset' && datasetSentence(m)))
    .sort((a, b) => a.start - b.start);
  const named = abstractMentions
    .filter((m) => isNewName(m) || (m.source === 'lexicon' && m.kind === 'method'))
    .sort((a, b) => a.start - b.start);
  for (const zone of findProposalZones(text, ctx.sentences)) {
    if (!zone.firstOnly && markKnownNameAtVerb(text, zone.start, abstractMentions)) continue;
    const inZone = (zone.firstOnly ? named : candidates).filter((m) => m.start >= zone.start && m.start < zone.end);
    const adjacent = inZone.length > 0 && /^\s*(?:(?:the|a|an)\s+)?$/.test(text.slice(zone.start, inZone[0].start));
    if (!adjacent) {
      const titled = titleCaseNameAt(text, zone.start) ?? (zone.firstOnly ? null : quotedOrDescribedName(text, zone.start));
      if (titled && addOwnName(abstractMentions, titled)) continue;
    }
    if (inZone.length === 0 || (zone.firstOnly && !adjacent) || inZone[0].start - zone.start > 120) continue;
    const lead = text.slice(zone.start, inZone[0].start);
    // "this work introduces a label-free ... pipeline, LLM-GNN.": a name closing the object as its appositive.
    const closingAppositive =
      !zone.firstOnly &&
      /,\s*$/.test(lead) &&
      !/[,;:]/.test(lead.slice(0, -2).replace(/\s*,\s*$/, '')) &&
      /^\s*(?:[.;,(]|which\b|that\b|$)/.test(text.slice(inZone[0].end, inZone[0].end + 8));
    if (!zone.firstOnly && NOT_OBJECT.test(lead) && !closingAppositive) continue;
    inZone[0].proposed = true;
    // "we propose NCN and NCNC", "X (Y)": names coordinated with the first are introduced too.
    for (let i = 1; i < inZone.length && !zone.firstOnly; i++) {
      if (inZone[i].start < inZone[i - 1].end) {
        inZone[i].proposed = inZone[i - 1].proposed;
        continue;
      }
      const gap = text.slice(inZone[i - 1].end, inZone[i].start);
      const listed = /^\s*(?:\(|\)?\s*(?:,|and|or|,\s*and)\s*)\s*$/.test(gap) || DATASET_LIST_INTRO.test(gap);
      if (!listed) break;
      inZone[i].proposed = true;
    }
  }
  for (const m of candidates)
    if (isAppositiveNew(text, m.end) || isOwnedName(text, m.start, m.end) || isReleasedName(text, m)) m.proposed = true;
  for (const item of enumeratedNames(text, ctx.sentences)) addOwnName(abstractMentions, item);
  for (const item of proposedTechniquePhrases(text, ctx.sentences)) addTechniqueName(abstractMentions, item);
  // Definitions: both halves share the role of either.
  for (const m of candidates) {
    if (m.source !== 'definition' || !m.proposed) continue;
    for (const other of candidates) if (other.source === 'definition' && Math.abs(other.start - m.end) <= 3) other.proposed = true;
    for (const other of candidates) if (other.source === 'definition' && Math.abs(m.start - other.end) <= 3) other.proposed = true;
  }
  // "we propose IGPG (Instruction Guided Parameter Generation)": what a paper proposes under a new name is a method, whatever its head.
  for (const m of candidates) if (m.source === 'definition' && m.proposed && m.kind === 'task' && m.entry === null) m.kind = 'method';
  markTitlePrefix(ctx, titleMentions);
  for (const m of abstractMentions) if ((m.proposed || isNewName(m)) && isIntroducedDataset(text, m)) m.datasetContext = true;
}

/** "available as an open-source project at GPPerf [url]": a new name the paper releases is its own. */
const RELEASED_BEFORE =
  /\b(?:available|released?|open[- ]sourced?|publicly accessible)\b[^.]{0,50}?\b(?:at|as|in|on|via|under|named|called)\s+$/i;
const CODE_HOSTS = /^(?:GitHub|GitLab|Bitbucket|Hugging\s?Face|HF|Zenodo|PyPI|Kaggle|Colab|Figshare|OpenReview)$/i;

function isReleasedName(text: string, m: Mention): boolean {
  return m.kind === 'method' && !CODE_HOSTS.test(m.text) && RELEASED_BEFORE.test(text.slice(Math.max(0, m.start - 90), m.start));
}

/** What may follow a name the paper presents: an appositive, a definition, a clause, the end of the sentence. */
const AFTER_PRESENTED_NAME = /^(?:\s*[,(:;.]|\s+(?:which|that|to|for|as|in|with|on|is|are|and)\b|$)/;

/**
 * "We present FastRP, a scalable algorithm ...", "we introduce C4, which ...": a lexicon name right after the verb is
 * the paper's own (lexicons list well-known systems, whose own papers present them this way).
 */
function markKnownNameAtVerb(text: string, zoneStart: number, mentions: Mention[]): boolean {
  const lead = /^\s*(?:(?:the|a|an)\s+)?/.exec(text.slice(zoneStart, zoneStart + 8))![0].length;
  const m = mentions.find((x) => x.start === zoneStart + lead);
  if (!m || m.source !== 'lexicon' || (m.kind !== 'method' && m.kind !== 'dataset') || !/\p{Lu}/u.test(m.text)) return false;
  if (!AFTER_PRESENTED_NAME.test(text.slice(m.end, m.end + 12))) return false;
  m.proposed = true;
  return true;
}

const TITLE_DATASET_WORDS = /\b(?:benchmark|dataset|data set|corpus|challenge|suite|testbed|leaderboard|arena)s?\b/i;
/** A benchmark the title names is also the paper's system (GUIDE: benchmarks-as-systems); datasets and corpora are not. */
const TITLE_BENCHMARK = /(?:bench|Bench|BENCH|Benchmark)$/;
const TITLE_BENCHMARK_WORDS = /\bbenchmark(?:s|ing)?\b/i;

function markTitlePrefix(ctx: ExtractionContext, titleMentions: Mention[]): void {
  const prefix = titleNamePrefix(ctx.title);
  if (!prefix) return;
  const benchmark = TITLE_BENCHMARK.test(prefix.text) || TITLE_BENCHMARK_WORDS.test(ctx.title.slice(prefix.end, prefix.end + 60));
  const exact = titleMentions.find((m) => m.start === prefix.start && m.end === prefix.end);
  if (exact) {
    if (exact.source === 'lexicon' && exact.kind === 'dataset' && !TITLE_DATASET_WORDS.test(ctx.title)) {
      // "Kinetics: Rethinking Test-Time Scaling Laws", "... with C4: A Communication-Driven Approach" name a method after a dataset.
      exact.kind = 'method';
      exact.entry = null;
      exact.strength = STRENGTH.lexicon + 1;
    }
    if (exact.source === 'lexicon' && exact.kind === 'concept' && prefix.start > 0) return;
    if (exact.source !== 'lexicon' || exact.kind === 'method' || exact.kind === 'dataset') exact.proposed = true;
    if (/(?:bench|Bench|BENCH|QA|Eval|Arena)$/.test(exact.text) || TITLE_DATASET_WORDS.test(ctx.title))
      exact.datasetContext = exact.kind !== 'method' || exact.source !== 'lexicon';
    if (exact.proposed && benchmark) exact.benchmarkSystem = true;
    return;
  }
  const words = prefix.text.split(/\s+/);
  if (words.some((w) => !/^[\p{Lu}\d]/u.test(w))) return;
  const inner = titleMentions.filter((m) => m.start < prefix.end && m.end > prefix.start);
  // "1-bit Adam: ...", "Lagrangian PINNs: ...": a name built on a known one; else the name must recur in the abstract.
  if (inner.length === 0 && !ctx.abstract.includes(prefix.text)) return;
  if (inner.length > 0 && inner.every((m) => m.start === prefix.start && m.end === prefix.end)) return;
  // "MoE++: ...": the name replaces the known name inside it.
  if (!/\s/.test(prefix.text))
    for (let i = titleMentions.length - 1; i >= 0; i--)
      if (titleMentions[i].start >= prefix.start && titleMentions[i].end <= prefix.end) titleMentions.splice(i, 1);
  const m: Mention = {
    field: 'title',
    start: prefix.start,
    end: prefix.end,
    text: prefix.text,
    source: 'title',
    kind: 'method',
    strength: STRENGTH.definition,
    entry: null,
    longForm: false,
    proposed: true,
    datasetContext: TITLE_DATASET_WORDS.test(ctx.title.slice(prefix.end, prefix.end + 40)),
    benchmarkSystem: benchmark,
  };
  titleMentions.push(m);
}
