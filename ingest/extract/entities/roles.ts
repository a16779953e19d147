/**
 * Where the paper names what it introduces: "we propose X", "This paper presents X", "a framework called X",
 * "X, a novel ...", lists after "namely", and a title "X: ...". Also the contexts that make a name a dataset.
 */
import type { SentenceSpan } from '../context.ts';
import type { TextSpan } from './acronyms.ts';

export interface ProposalZone {
  start: number;
  end: number;
  /** Only the first name in the zone ("called X", "namely X"); otherwise every new name up to a comparison. */
  firstOnly: boolean;
}

const PROPOSE =
  /\b(?:we|this (?:\w+ )?(?:paper|work|study|report|article|thesis)|our (?:paper|work|study))\s+(?:\w+ly\s+|also\s+|further\s+|then\s+|first\s+|thus\s+|therefore\s+|hence\s+|here\s+|now\s+)*(?:propose|introduce|present|develop|design|devise|build|create|construct|release|curate|collect|contribute|put forward|establish|formulate|unveil|open-source|offer|provide|describe)(?:s|d|ed)?\b(?!\s+to\b)/gi;
const PROPOSE_GERUND = /\b(?:by|through|via)\s+(?:proposing|introducing|presenting|developing|designing|devising|building)\b/gi;
const NAMING =
  /(?<!so-)\b(?:called|named|dubbed|termed|coined|namely|term(?:ed)? (?:it |this |them )?(?:as )?|call (?:it |this |them )?|name (?:it |this |them )?|refer to (?:it |this |them )?as)\s*/gi;
const COMPARISON =
  /\b(?:than|over|outperform\w*|compared|comparison|baselines?|such as|including|e\.g\.|like|versus|vs\.?|against|unlike|existing|previous|prior|state-of-the-art|SOTA)\b/i;

export function findProposalZones(text: string, sentences: readonly SentenceSpan[]): ProposalZone[] {
  const zones: ProposalZone[] = [];
  for (const re of [PROPOSE, PROPOSE_GERUND, NAMING]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const from = m.index + m[0].length;
      const sentenceEnd = sentences.find((s) => s.start <= m!.index && m!.index < s.end)?.end ?? text.length;
      let end = Math.min(sentenceEnd, from + (re === NAMING ? 60 : 220));
      const comparison = COMPARISON.exec(text.slice(from, end));
      if (comparison) end = from + comparison.index;
      zones.push({ start: from, end, firstOnly: re === NAMING });
    }
  }
  return zones;
}

/** "X, a novel ...", "X is a new ...": the name right before is introduced by the paper. */
const APPOSITIVE_NEW =
  /^(?:\)?,\s*(?:a|an|the)\s+|\s+(?:is|are)\s+(?:a|an|the)\s+)(?:first\s+)?(?:[\w-]+\s+){0,2}?(?:novel|new|simple|unified|general|scalable|lightweight|first|open|generalist|principled|efficient)\b/;

export function isAppositiveNew(text: string, end: number): boolean {
  return APPOSITIVE_NEW.test(text.slice(end, end + 80));
}

/** "our X", "the proposed X", "our proposed X". */
const OUR_BEFORE =
  /(?:\bour(?:\s+(?!(?:of|for|on|in|with|to|from|by|and|or|than|over|versus|against|compared|outperform\w*|surpass\w*|beat\w*|exceed\w*|improv\w*|achiev\w*|reach\w*|match\w*|rival\w*|us(?:e|es|ed|ing)|employ\w*|adopt\w*|leverag\w*|extend\w*|build\w*|buil[dt]|relies|rely\w*)\b)[\p{Ll}-]+){0,3}|\bthe\s+(?:proposed|resulting)(?:\s+[\p{Ll}-]+){0,2})\s*\(?\s*$/iu;

export function isOwnedName(text: string, start: number, end: number): boolean {
  if (/^-(?:based|like|style|type|inspired|driven)\b/.test(text.slice(end, end + 10))) return false;
  return OUR_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/** Title "X: ..." with X a short name, not a label such as "Survey" or "Position". */
const TITLE_LABELS =
  /^(?:survey|review|position|tutorial|perspective|opinion|editorial|overview|report|note|book|chapter|preface|erratum|correction|comment|reply|keynote|abstract)s?$/i;

/** A prefix that starts like a sentence or a topic ("Towards MoE Deployment", "Revisiting ResNets") is not a name. */
const TITLE_PHRASE_START =
  /^(?:towards?|revisiting|rethinking|understanding|beyond|on|exploring|analy[sz]ing|demystifying|benchmarking|evaluating|characteri[sz]ing|improving|learning|scaling|unlocking|when|why|how|what|is|are|do|does|can|the|a|an|in|from|through|with|for|and|from)\b/i;

export function titleNamePrefix(title: string): TextSpan | null {
  const colon = title.search(/\s*[:：]\s/);
  if (colon <= 0) return null;
  // Spans are offsets into the title as given, leading whitespace included.
  const lead = title.length - title.trimStart().length;
  const prefix = title.slice(lead, colon).trim();
  if (prefix === '') return null;
  if (colon <= 40 && !TITLE_LABELS.test(prefix) && !TITLE_PHRASE_START.test(prefix) && prefix.split(/\s+/).length <= 4) {
    return { start: lead, end: lead + prefix.length, text: prefix };
  }
  const trailing = titleTrailingName(prefix);
  return trailing && { start: lead + trailing.start, end: lead + trailing.end, text: trailing.text };
}

/** "Boosting Large-scale Parallel Training Efficiency with C4: A ...": a name closing a prefix phrase is the paper's own. */
const TRAILING_NAME = /(?:^|\s)(?:with|via|using|through|by|from|in|for|and|of|to|into|meets)\s+((?:\p{Lu}|\d)[\p{L}\p{N}.+\-]*)$/u;

function titleTrailingName(prefix: string): TextSpan | null {
  const m = TRAILING_NAME.exec(prefix);
  if (!m) return null;
  const name = m[1];
  // A proper name, not a Title-Case word: capitals or digits after the first character ("C4", "MoE++", "GSLB").
  if (name.length < 2 || !/^.[\s\S]*[\p{Lu}\d+]/u.test(name) || TITLE_LABELS.test(name)) return null;
  const start = prefix.length - name.length;
  return { start, end: prefix.length, text: name };
}

const LIST_OF_METHODS =
  /\b(?:methods?|techniques?|strateg(?:y|ies)|approach(?:es)?|modules?|components?|mechanisms?|schemes?|designs?|operations?|losses|objectives?|tricks?|variants?|stages?|steps?|algorithms?|innovations?|contributions?|extensions?|interventions?|operators?|layers?|blocks?)\b/i;
const PROBLEM_WORDS =
  /\b(?:assumptions?|requirements?|issues?|challenges?|limitations?|costs?|problems?|drawbacks?|overheads?|bottlenecks?|difficult\w*|high|low|poor|over-\w+|lack)\b/i;

/** Items of a "namely a, b, and c" or "...: a and b" list in a sentence that proposes something. */
export function findProposedListItems(text: string, sentences: readonly SentenceSpan[]): TextSpan[] {
  const out: TextSpan[] = [];
  for (const s of sentences) {
    PROPOSE.lastIndex = 0;
    const trigger = PROPOSE.exec(s.text);
    if (!trigger) continue;
    const rest = s.text.slice(trigger.index);
    const intro = /(?:,\s*namely|:)\s+/.exec(rest);
    if (!intro || !LIST_OF_METHODS.test(rest.slice(0, intro.index))) continue;
    const listStart = s.start + trigger.index + intro.index + intro[0].length;
    const listText = text.slice(listStart, s.end).replace(/[.;]\s*$/, '');
    const parts = listText.split(/,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+/);
    if (parts.length < 2 || parts.length > 6) continue;
    let offset = listStart;
    const items: TextSpan[] = [];
    let ok = true;
    for (const part of parts) {
      const at = text.indexOf(part, offset);
      const item = part.trim();
      if (
        at < 0 ||
        !/^[\p{Ll}][\p{Ll}-]*(?: [\p{Ll}][\p{Ll}-]*){0,3}$/u.test(item) ||
        item.split(' ').length < 2 ||
        PROBLEM_WORDS.test(item)
      ) {
        ok = false;
        break;
      }
      const itemStart = at + part.indexOf(item);
      items.push({ start: itemStart, end: itemStart + item.length, text: item });
      offset = itemStart + item.length;
    }
    if (ok) out.push(...items);
  }
  return out;
}

const DATASET_HEAD =
  /^[\s-]*(?:datasets?|data\s+sets?|database|benchmarks?|corpus|corpora|suite|testbed|leaderboard|collection|challenge|(?:test|training|train|validation|dev|evaluation)\s+(?:sets?|splits?))\b/i;
const DATASET_LIST_BEFORE =
  /\b(?:(?:datasets?|benchmarks?|corpora|corpus)\s*(?:\(|,)?\s*(?:such as|including|like|namely|e\.g\.,?|i\.e\.,?|:|-)|(?:the|two|three|four|five|six)\s+(?:[\w-]+\s+)?(?:datasets|benchmarks|corpora|collections))\s*(?:the\s+)?$/i;
/** "evaluated on X", "experiments on the X", "achieves 91% accuracy on X", "trained on X": what a result is measured on. */
const MEASURED_ON_BEFORE =
  /\b(?:train(?:ed|ing)?|evaluat(?:e|ed|es|ing|ion)|test(?:ed|ing|s)?|experiments?|experimented|results?|benchmark(?:ed|ing)|fine-?tun(?:ed|ing)|pre-?train(?:ed|ing)|performance|accuracy|scores?|state-of-the-art|SOTA|validat(?:ed|ion)|assessed|achiev(?:es|ed|ing)|outperform(?:s|ed|ing)?|improv(?:es|ed|ing|ements?)|gains?)\b[^.;:()]{0,40}?\b(?:on|across)\s+(?:the\s+|both\s+|several\s+|multiple\s+|two\s+|three\s+|four\s+|five\s+|six\s+)?(?:(?:popular|public|standard|challenging|large-scale|real-world|widely[\s-]used)\s+)*$/i;
/** A model checkpoint's name ("LLaDA-Instruct", "Llama-3-8B", "Qwen2-VL-Chat"): experiments "on" it run a model. */
const MODEL_LIKE = /(?:-(?:Instruct|Chat|Base|it|VL)|[-_ ]\d+(?:\.\d+)?[BM])$/;
/** Compute a paper runs on is hardware, never a dataset ("trained on A100 GPUs", "on TPU v4"). */
const HARDWARE_LIKE = /^(?:[AHVTPLKB]\d{2,3}\w*|RTX\w*|GTX\w*|[TGCN]PU\w*|Jetson\w*|Gaudi\w*)$/;

/** The name is followed by "dataset"/"benchmark"/"test set", listed after "datasets such as", or what a result is measured on. */
export function isDatasetContext(text: string, start: number, end: number): boolean {
  if (DATASET_HEAD.test(text.slice(end, end + 20)) || DATASET_LIST_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return true;
  if (HARDWARE_LIKE.test(text.slice(start, end)) || /^\s*(?:GPU|TPU|CPU|cluster|node|device|machine)s?\b/i.test(text.slice(end, end + 12)))
    return false;
  if (MODEL_LIKE.test(text.slice(start, end))) return false;
  return MEASURED_ON_BEFORE.test(text.slice(Math.max(0, start - 90), start));
}

const APPOSITIVE_DATASET =
  /^(?:\s*\([^)]{1,20}\))?(?:\s*(?:,\s*(?:a|an|the)\s+|\s+(?:is|are)\s+(?:a|an|the)\s+)(?:[\w-]+\s+){0,4}?|\s+)(?:datasets?|benchmarks?|corpus|corpora|suite|testbed|leaderboard|collection of [\w\s-]{0,30}datasets)\b/i;

/** An introduced name that is described as a dataset or benchmark (its appositive or its own shape says so). */
export function isIntroducedDataset(text: string, span: TextSpan): boolean {
  if (/(?:bench|Bench|BENCH|QA|Eval|Arena|Corpus)$/.test(span.text)) return true;
  // "X, a large-scale benchmark for ...", "X (XB), a new dataset", "X benchmark": the appositive's head is a dataset word.
  if (APPOSITIVE_DATASET.test(text.slice(span.end, span.end + 90))) return true;
  // "a new benchmark, X", "the X benchmark": the dataset word right before the name.
  const before = text.slice(Math.max(0, span.start - 50), span.start);
  return (
    /\b(?:the|a|an|new|our|this)\s+(?:[\w-]+\s+){0,2}?(?:dataset|benchmark|corpus|suite|testbed)s?(?:\s+(?:called|named|dubbed|termed|coined))?\s*$/i.test(
      before,
    ) || /\b(?:new|novel|our)\s+(?:[\w-]+\s+){0,2}(?:dataset|benchmark|corpus|suite|testbed)s?,\s*$/i.test(before)
  );
}
