/** Finds candidate mentions in one text field: lexicon phrases, acronym definitions, names, head-word phrases. */
import { canonicalKey } from '../../../graph-schema/keys.ts';
import type { SentenceSpan } from '../context.ts';
import { findAcronymDefinitions, type AcronymDefinition, type TextSpan } from './acronyms.ts';
import { endsInTaskHead, findHeadPhrases, isHeadWord, isTaskQualifier } from './heads.ts';
import { EVALUATIVE_MODIFIERS, NOT_NAME_WORDS } from './lexicon/stoplists.ts';
import { fillerKeys, lexiconMatcher, lookupLexicon, notNames, type EntityKind, type LexiconHit } from './lexicon/index.ts';
import { overlaps, STRENGTH, type Field, type Mention } from './mentions.ts';
import { findNamePhrases, findNameTokens, isNameShaped, type NamePhrase } from './names.ts';
import type { PhraseMatch } from './phrase-matcher.ts';
import type { PosIndex } from './pos.ts';
import { findProposedListItems, isDatasetContext } from './roles.ts';
import { splitWords, type Word } from './words.ts';

const EVALUATIVE = new Set(EVALUATIVE_MODIFIERS);
const notNameWords = new Set(NOT_NAME_WORDS);

export interface FieldScan {
  mentions: Mention[];
  definitions: AcronymDefinition[];
}

const ATTENTION_IDIOM =
  /(?:attract\w*|gain\w*|receiv\w*|drawn|draw\w*|garner\w*|pa(?:y|id|ying)|increasing|growing|considerable|significant|much|more|less|great|little|special|particular|widespread|wide|substantial|research|public|focus\w*|deserv\w*|caught)\s+$/i;
const PRECISION_IDIOM =
  /(?:mixed|half|single|double|full|low|high|numerical|arithmetic|floating-point|reduced|lower|higher|arbitrary|bit|numeric|machine)[\s-]+$/i;
/** Metric words that are only metrics where the sentence reports a measurement. */
const WEAK_METRICS = new Set([
  'area',
  'energy',
  'precision',
  'recall',
  'activation',
  'bandwidth',
  'modelparameter',
  'return',
  'bit',
  'purity',
  'regret',
  'mse',
  'elo',
  'return',
  'dice',
  'ap',
  'auc',
  'em',
]);

export function scanField(field: Field, text: string, sentences: readonly SentenceSpan[], pos: PosIndex | null): FieldScan {
  const words = splitWords(text);
  const definitions = findAcronymDefinitions(text).filter((d) => usefulDefinition(d));
  const mentions = definitionMentions(field, definitions);
  addLexiconAndNames(field, text, words, sentences, definitions, mentions);
  if (field === 'abstract') addAbstractPatterns(text, words, sentences, pos, mentions);
  else addTitleTasks(text, words, mentions);
  mentions.sort((a, b) => a.start - b.start);
  mergeAdjacentNames(text, mentions);
  const urls = urlSpans(text);
  const kept = urls.length === 0 ? mentions : mentions.filter((m) => !urls.some((u) => overlaps(u, m)));
  markDatasetLists(text, kept);
  extendDatasetEditions(text, kept);
  return { mentions: kept, definitions: definitions.filter((d) => !urls.some((u) => overlaps(u, d.short))) };
}

function definitionMentions(field: Field, definitions: readonly AcronymDefinition[]): Mention[] {
  const mentions: Mention[] = [];
  for (const d of definitions) {
    const known = lookupLexicon(d.long.text) ?? lookupLexicon(d.short.text) ?? null;
    for (const half of [d.long, d.short]) {
      const m = mention(field, half, 'definition', classifyDefinition(d), known ? STRENGTH.lexicon : STRENGTH.definition, half === d.long);
      m.entry = known;
      mentions.push(m);
    }
  }
  return mentions;
}

/** Lexicon phrases, capitalised name phrases and name-shaped tokens; definitions already found win overlaps. */
function addLexiconAndNames(
  field: Field,
  text: string,
  words: readonly Word[],
  sentences: readonly SentenceSpan[],
  definitions: readonly AcronymDefinition[],
  mentions: Mention[],
): void {
  const defSpans = definitions.flatMap((d) => [d.long, d.short]);
  const sentenceOf = (offset: number) => sentences.find((s) => s.start <= offset && offset < s.end)?.text ?? text;
  const lexicalHits = lexiconMatcher.matchAll(text, words, (m) => acceptLexical(text, m, field, sentenceOf));
  const phrases = field === 'abstract' ? findNamePhrases(text).filter((p) => keepNamePhrase(p, lexicalHits, defSpans)) : [];
  for (const p of phrases) mentions.push(mention(field, p, 'phrase', p.kind, STRENGTH.phrase, false));
  for (const hit of lexicalHits) {
    const span = extendVersion(text, hit.start, hit.end);
    const inDef = [...defSpans, ...phrases].find((d) => overlaps(d, span));
    if (inDef && !(inDef.start === span.start && inDef.end === span.end)) continue;
    const extended = span.end !== hit.end;
    const kind = extended && hit.value.entry.kind !== 'dataset' ? 'method' : hit.value.entry.kind;
    const m = mention(field, span, extended ? 'shape' : 'lexicon', kind, extended ? STRENGTH.definition : STRENGTH.lexicon, false);
    m.entry = extended ? null : hit.value.entry;
    mentions.push(m);
  }
  for (const token of findNameTokens(text, field === 'title' && text === text.toUpperCase())) {
    const span = trimLowerSuffix(trimListDash(token));
    if (!span || mentions.some((m) => overlaps(m, span))) continue;
    if (/^\p{Lu}{2}s?$/u.test(span.text)) continue; // two capitals mean too many things unless defined
    const m = mention(field, span, 'shape', 'method', STRENGTH.shape, false);
    m.datasetContext = isDatasetContext(text, span.start, span.end);
    mentions.push(m);
  }
  if (field !== 'abstract') return;
  addWordsNamedByDatasetWord(field, text, mentions);
  addDatasetListNames(field, text, mentions);
}

/** A capitalised word right before a dataset word: "on the Nuscenes dataset", "the Million Song Dataset". */
const BEFORE_DATASET_WORD =
  /(?<![\p{L}\p{N}.-])\p{Lu}[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*(?: (?:19|20)\d\d)?(?= (?:[Dd]atasets?|[Dd]ata [Ss]ets?|[Dd]atabases?|[Bb]enchmarks?|[Cc]orpus|[Cc]orpora|(?:[Tt]est )?[Cc]ollections?)\b)/gu;
const CAPITALISED_BEFORE = /(?:^|[^\p{L}\p{N}.-])(\p{Lu}[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*) $/u;

/**
 * Such a word, with up to two capitalised words before it, is typed by the dataset word after it; a word that opens
 * the sentence or is a common word ("The", "English", "Public") is not part of the name.
 */
function addWordsNamedByDatasetWord(field: Field, text: string, mentions: Mention[]): void {
  BEFORE_DATASET_WORD.lastIndex = 0;
  for (let r = BEFORE_DATASET_WORD.exec(text); r !== null; r = BEFORE_DATASET_WORD.exec(text)) {
    if (!namesDataset(text, r.index, r[0].replace(/ \d{4}$/, ''))) continue;
    let start = r.index;
    for (let k = 0; k < 2; k++) {
      const before = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
      if (!before || !namesDataset(text, start - before[0].length + before[0].indexOf(before[1]), before[1])) break;
      start -= before[1].length + 1;
    }
    const span = { start, end: r.index + r[0].length, text: text.slice(start, r.index + r[0].length) };
    if (mentions.some((m) => overlaps(m, span))) continue;
    const m = mention(field, span, 'shape', 'method', STRENGTH.shape, false);
    m.datasetContext = true;
    mentions.push(m);
  }
}

/** "on the datasets Cora, Citeseer and Pubmed", "three benchmarks: Alpha, Beta and Gamma": capitalised list items. */
const DATASET_LIST =
  /\b(?:(?:the|two|three|four|five|six|seven|eight)\s+(?:[\p{L}-]+\s+)?(?:datasets|benchmarks|corpora)|(?:datasets|benchmarks|corpora)\s*,?\s*(?:such as|including|namely|i\.e\.,?|e\.g\.,?))(?:\s*:?\s+|-)(\p{Lu}[\p{L}\p{N}-]*(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\p{Lu}[\p{L}\p{N}-]*)+)/gu;

function addDatasetListNames(field: Field, text: string, mentions: Mention[]): void {
  DATASET_LIST.lastIndex = 0;
  for (let r = DATASET_LIST.exec(text); r !== null; r = DATASET_LIST.exec(text)) {
    const listStart = r.index + r[0].length - r[1].length;
    for (const item of r[1].matchAll(/\p{Lu}[\p{L}\p{N}]*(?:-[\p{Lu}\p{N}][\p{L}\p{N}]*)*/gu)) {
      const start = listStart + item.index;
      const span = { start, end: start + item[0].length, text: item[0] };
      if (mentions.some((m) => overlaps(m, span)) || !namesDataset(text, start, item[0])) continue;
      const m = mention(field, span, 'shape', 'method', STRENGTH.shape, false);
      m.datasetContext = true;
      mentions.push(m);
    }
  }
}

function namesDataset(text: string, start: number, word: string): boolean {
  if (/(?:^|[.!?:]\s*)$/.test(text.slice(Math.max(0, start - 3), start))) return false;
  const lower = word.toLowerCase();
  return !(notNames.has(word) || notNameWords.has(lower) || EVALUATIVE.has(lower) || lookupLexicon(word)?.kind === 'task');
}

/** Abstract only: proposed lists, head-word phrases (which may grow a one-word lexicon match) and "the proposed X". */
function addAbstractPatterns(
  text: string,
  words: readonly Word[],
  sentences: readonly SentenceSpan[],
  pos: PosIndex | null,
  mentions: Mention[],
): void {
  for (const item of findProposedListItems(text, sentences)) {
    if (mentions.some((m) => overlaps(m, item) && m.source !== 'lexicon')) continue;
    const m = mention('abstract', item, 'list', 'method', STRENGTH.definition, false);
    m.proposed = true;
    removeOverlapping(mentions, item);
    mentions.push(m);
  }
  const covered = coveredWords(
    words,
    mentions.filter((m) => !isExtendableHead(m)),
  );
  for (const h of findHeadPhrases(text, words, pos, covered)) {
    const span = { start: words[h.startWord].start, end: words[h.endWord].end };
    const surface = text.slice(span.start, span.end);
    if (fillerKeys.has(canonicalKey(surface))) continue;
    removeOverlapping(mentions, span);
    mentions.push(mention('abstract', { ...span, text: surface }, 'head', h.kind, STRENGTH.head, false));
  }
  qualifyKnownTasks(text, mentions);
  mentions.sort((a, b) => a.start - b.start);
  markProposedPhrases('abstract', text, mentions);
}

const WORD_BEFORE = /(?:^|[\s(])([\p{L}][\p{L}-]*)\s$/u;

/** "long-range time series forecasting": the annotated task is the most specific phrase, qualifier included. */
function qualifyKnownTasks(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.kind !== 'task' || !/\s/.test(m.text)) continue;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start));
    if (!before || !isTaskQualifier(before[1]) || mentions.some((o) => o !== m && o.end > m.start - before[0].length && o.end <= m.start))
      continue;
    m.start -= before[1].length + 1;
    m.text = text.slice(m.start, m.end);
    m.source = 'head';
    m.entry = null;
  }
}

/** Titles are Title Case, so only task phrases ("Skin Lesion Classification") are read from their head words. */
function addTitleTasks(text: string, words: readonly Word[], mentions: Mention[]): void {
  const covered = coveredWords(
    words,
    mentions.filter((m) => !isExtendableHead(m)),
  );
  for (const h of findHeadPhrases(text, words, null, covered, true)) {
    if (h.kind !== 'task') continue;
    const span = { start: words[h.startWord].start, end: words[h.endWord].end };
    removeOverlapping(mentions, span);
    mentions.push(mention('title', { ...span, text: text.slice(span.start, span.end) }, 'head', h.kind, STRENGTH.head, false));
  }
  mentions.sort((a, b) => a.start - b.start);
  qualifyKnownTasks(text, mentions);
}

/** A capitalised name phrase wins over the lexicon words inside it, unless its first word is itself a known name. */
function keepNamePhrase(p: NamePhrase, hits: ReadonlyArray<PhraseMatch<LexiconHit>>, defSpans: readonly TextSpan[]): boolean {
  if (defSpans.some((d) => overlaps(d, p))) return false;
  const firstWord = p.text.split(/\s+/)[0].replace(/'s$/, '');
  if (lookupLexicon(firstWord)) return false;
  return !hits.some((h) => h.start === p.start && h.end === p.end);
}

function mention(
  field: Field,
  span: { start: number; end: number; text: string },
  source: Mention['source'],
  kind: EntityKind,
  strength: number,
  longForm: boolean,
): Mention {
  return {
    field,
    start: span.start,
    end: span.end,
    text: span.text,
    source,
    kind,
    strength,
    entry: null,
    longForm,
    proposed: false,
    datasetContext: false,
  };
}

function usefulDefinition(d: AcronymDefinition): boolean {
  const short = d.short.text;
  if (notNames.has(short) || notNames.has(short.replace(/s$/, ''))) return false;
  return !fillerKeys.has(canonicalKey(d.long.text)) && !fillerKeys.has(canonicalKey(short));
}

const METRIC_HEAD =
  /(?:accuracy|error|score|rate|ratio|distance|divergence|index|precision|recall|latency|throughput|time|cost|usage|consumption|overhead|efficiency|similarity|loss|likelihood|gain|utilization|footprint|complexity|operations)$/i;
/** Task heads a definition may end in beyond those of heads.ts ("Natural Language Understanding (NLU)", "Argument Mining (AM)"). */
const DEFINED_TASK_HEAD = /(?:inference|understanding|mining)$/i;
const DATASET_HEAD = /(?:dataset|data set|benchmark|corpus|bench|suite|collection|database|archive)s?$/i;

/** The type an acronym definition suggests when no lexicon knows it. */
function classifyDefinition(d: AcronymDefinition): EntityKind {
  const known = lookupLexicon(d.long.text) ?? lookupLexicon(d.short.text);
  if (known) return known.kind;
  const long = d.long.text;
  if (DATASET_HEAD.test(long)) return 'dataset';
  if (METRIC_HEAD.test(long)) return 'metric';
  if (endsInTaskHead(long) || DEFINED_TASK_HEAD.test(long)) return 'task';
  return /^\p{Ll}/u.test(long) ? 'concept' : 'method';
}

/** Words after a sentence-initial "-ing" word that show it is a verb with an object ("Boosting Large-scale Training"). */
const GERUND_OBJECT_TITLE = /^\s+(?!(?:is|are|was|were|and|or|for|of|in|on|with|via|as|at|by|from|to|under|versus|vs)\b)[\p{L}\d]/u;
const GERUND_OBJECT_SENTENCE = /^\s+(?:the|a|an|our|their|its|this|these|those|such|large|deep|neural|existing|pre-?trained)\b/i;

/** A title- or sentence-initial verb form ("Boosting ...", "Pruning the network ...") is not a technique mention. */
function isInitialVerbForm(text: string, m: PhraseMatch<LexiconHit>, field: Field, sentenceOf: (o: number) => string): boolean {
  const surface = text.slice(m.start, m.end);
  if (!/^\p{L}+ing$/u.test(surface) || m.value.entry.kind !== 'concept') return false;
  const after = text.slice(m.end, m.end + 24);
  if (field === 'title') return (m.start === 0 || /[:：]\s*$/.test(text.slice(0, m.start))) && GERUND_OBJECT_TITLE.test(after);
  const sentence = sentenceOf(m.start);
  return text.startsWith(sentence, m.start) && GERUND_OBJECT_SENTENCE.test(after);
}

function acceptLexical(text: string, m: PhraseMatch<LexiconHit>, field: Field, sentenceOf: (o: number) => string): boolean {
  const entry = m.value.entry;
  if (isInitialVerbForm(text, m, field, sentenceOf)) return false;
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  if (entry.key === 'attention' && ATTENTION_IDIOM.test(before)) return false;
  if (entry.key === 'precision' && PRECISION_IDIOM.test(before)) return false;
  // "inference-time scaling", "training-time compute": a hyphenated metric phrase is an adjective.
  if (entry.kind === 'metric' && !entry.display.includes('-') && text.slice(m.start, m.end).includes('-')) return false;
  // "at runtime", "during inference time": a moment of execution, not a measure of it.
  if (entry.kind === 'metric' && /time$/i.test(text.slice(m.start, m.end)) && /\b(?:at|during)\s+$/i.test(before)) return false;
  if (entry.kind === 'metric' && WEAK_METRICS.has(entry.key)) {
    if (field === 'title' || !/\d/.test(sentenceOf(m.start))) return false;
    if (entry.key === 'recall' && /\b(?:to|we|they|and)\s+$/i.test(before)) return false;
  }
  return true;
}

/** "Llama-2-7B", "ResNet-200": a known name followed by a version or size segment is that versioned name. */
const VERSION_TAIL =
  /^(?:\.\d+(?=-|[^\p{L}\p{N}.]|\.\D|$))?(?:-[\p{L}\p{N}]*[\p{Lu}\p{N}][\p{L}\p{N}]*(?:\.\d+)?)*(?:\+{1,2}(?![\p{L}\p{N}]))?/u;

function extendVersion(text: string, start: number, end: number): { start: number; end: number; text: string } {
  const tail = VERSION_TAIL.exec(text.slice(end, end + 24));
  let stop = tail ? end + tail[0].length : end;
  // "GEMM-Based", "MoE-Driven": a descriptive suffix is not a version.
  while (stop > end && DESCRIPTIVE_SUFFIX.test(text.slice(end, stop))) stop = end + text.slice(end, stop).replace(/-[\p{L}]+$/u, '').length;
  return { start, end: stop, text: text.slice(start, stop) };
}

const DESCRIPTIVE_SUFFIX =
  /-(?:Based|Like|Aware|Free|Style|Driven|Guided|Specific|Agnostic|Oriented|Centric|Level|Scale|Augmented|Enhanced|Powered|Efficient)$/;

/** "datasets-TriviaQA, NQ": a dash that opens a list after a dataset word is punctuation, not part of the name. */
function trimListDash(token: { start: number; end: number; text: string }): { start: number; end: number; text: string } {
  const lead = /^(?:datasets?|benchmarks?|corpora|tasks?)-(?=\p{Lu})/u.exec(token.text);
  if (!lead) return token;
  return { start: token.start + lead[0].length, end: token.end, text: token.text.slice(lead[0].length) };
}

/** "GNN-based", "MoE-like": drop trailing lower-case word segments from a name. */
function trimLowerSuffix(token: { start: number; end: number; text: string }): { start: number; end: number; text: string } | null {
  let t = token.text;
  while ((/-[\p{Ll}]+$/u.test(t) || DESCRIPTIVE_SUFFIX.test(t)) && !/^[\p{Ll}]/u.test(t)) t = t.replace(/-[\p{L}]+$/u, '');
  if (t !== token.text && !isNameShaped(t)) return null;
  return { start: token.start, end: token.start + t.length, text: t };
}

/** A one-word lexicon match on a head word ("quantization", "retrieval") may grow into "INT4 quantization". */
function isExtendableHead(m: Mention): boolean {
  return m.source === 'lexicon' && isHeadWord(m.text) && !/[\s-]/.test(m.text);
}

function removeOverlapping(mentions: Mention[], span: { start: number; end: number }): void {
  for (let i = mentions.length - 1; i >= 0; i--) if (overlaps(mentions[i], span)) mentions.splice(i, 1);
}

const PROPOSED_BEFORE = /\b(?:the|our)\s+(?:newly\s+)?proposed\s+/gi;

/** "the proposed fast compound scaling": the words before a known phrase name the paper's own variant of it. */
function markProposedPhrases(field: Field, text: string, mentions: Mention[]): void {
  PROPOSED_BEFORE.lastIndex = 0;
  for (let m = PROPOSED_BEFORE.exec(text); m !== null; m = PROPOSED_BEFORE.exec(text)) {
    const from = m.index + m[0].length;
    const next = mentions.find((x) => x.start >= from && x.start - from < 40);
    if (!next || next.start === from || next.source === 'shape' || next.source === 'definition') continue;
    const gap = text.slice(from, next.start);
    if (!/^(?:[\p{Ll}][\p{Ll}-]*\s+){1,3}$/u.test(gap) || gap.split(/\s+/).some((w) => EVALUATIVE.has(w))) continue;
    const span = { start: from, end: next.end, text: text.slice(from, next.end) };
    removeOverlapping(mentions, span);
    const own = mention(field, span, 'list', 'method', STRENGTH.definition, false);
    own.proposed = true;
    mentions.push(own);
  }
}

const SIZE_OR_VERSION = /^ (?:\d+(?:\.\d+)?[BMKT]|v\d+(?:\.\d+)*|\d+\.\d+)(?![\p{L}\p{N}])/u;

/** "ERNIE TITAN 3.0 260B", "GPT-3 175B": adjacent names and their size or version are one name. */
function mergeAdjacentNames(text: string, mentions: Mention[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (!(m.source === 'shape' || (m.source === 'lexicon' && m.kind === 'method'))) continue;
    let end = m.end;
    for (;;) {
      const next = mentions[i + 1];
      if (
        next &&
        next.start === end + 1 &&
        text[end] === ' ' &&
        (next.source === 'shape' || (next.source === 'lexicon' && next.kind === 'method'))
      ) {
        end = next.end;
        mentions.splice(i + 1, 1);
        continue;
      }
      const size = SIZE_OR_VERSION.exec(text.slice(end, end + 12));
      if (size && !mentions.some((x) => x !== m && x.start >= end && x.start < end + size[0].length)) {
        end += size[0].length;
        continue;
      }
      break;
    }
    if (end !== m.end) {
      m.end = end;
      m.text = text.slice(m.start, end);
    }
  }
}

const URL = /(?:https?:\/\/|www\.)\S+|\b(?:github|gitlab|huggingface|bitbucket)\.(?:com|co)\/\S+|\b[\w-]+\.github\.io\S*/gi;

function urlSpans(text: string): Array<{ start: number; end: number }> {
  if (!/https?:|www\.|github|gitlab|huggingface|bitbucket/i.test(text)) return [];
  const spans: Array<{ start: number; end: number }> = [];
  URL.lastIndex = 0;
  for (let m = URL.exec(text); m !== null; m = URL.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

function coveredWords(words: readonly Word[], mentions: readonly Mention[]): Uint8Array {
  const covered = new Uint8Array(words.length);
  let w = 0;
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (const m of sorted) {
    while (w < words.length && words[w].end <= m.start) w++;
    for (let k = w; k < words.length && words[k].start < m.end; k++) covered[k] = 1;
  }
  return covered;
}

const EDITION = /^ (?:19|20)\d\d(?![\p{L}\p{N}])/u;

/** "PASCAL VOC 2012", "TREC 2007": a year right after a dataset names its edition, a variant of its own. */
function extendDatasetEditions(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (!(m.kind === 'dataset' || m.datasetContext)) continue;
    const edition = EDITION.exec(text.slice(m.end, m.end + 6));
    if (!edition || mentions.some((o) => o !== m && o.start >= m.end && o.start < m.end + edition[0].length)) continue;
    m.end += edition[0].length;
    m.text = text.slice(m.start, m.end);
    m.entry = null;
  }
}

const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|\/)\s*(?:the\s+)?$/;

/** "on Cora, Citeseer and PubMed datasets": every name in a list that ends in a dataset word is a dataset. */
function markDatasetLists(text: string, mentions: Mention[]): void {
  const names = mentions.filter((m) => m.source === 'shape' || m.kind === 'dataset').sort((a, b) => a.start - b.start);
  for (let i = names.length - 1; i > 0; i--) {
    const here = names[i];
    if (!(here.datasetContext || here.kind === 'dataset')) continue;
    const prev = names[i - 1];
    if (prev.source === 'shape' && LIST_GAP.test(text.slice(prev.end, here.start))) prev.datasetContext = true;
  }
  for (let i = 0; i + 1 < names.length; i++) {
    const here = names[i];
    const next = names[i + 1];
    if ((here.datasetContext || here.kind === 'dataset') && next.source === 'shape' && LIST_GAP.test(text.slice(here.end, next.start)))
      next.datasetContext = true;
  }
}
