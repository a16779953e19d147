/**
 * Claims: sentences in which the paper states its own result or finding (GUIDE: measured improvement, speed-up,
 * reduction, state of the art, "outperforms", "achieves", "we show that"), each with its numbers and the
 * entities it names. Motivation, background, prior work and bare descriptions of the method are not claims.
 *
 * A sentence is scored by cue phrases (result verbs and nouns, measured numbers, evidence words) against
 * non-claim cues (proposal, availability, background, future work); its place in the abstract shifts the score
 * (background comes before the contribution, results after it).
 */
import type { ClaimExtraction, ClaimMention, EvidenceSpan, HardwareMention, MentionType } from '../types.ts';
import type { ExtractionContext, SentenceSpan } from './context.ts';
import { parseNumbers } from './numbers.ts';
import { splitSentences } from './sentences.ts';
import type { EntityExtractions } from './entities/index.ts';

interface Cue {
  pattern: RegExp;
  weight: number;
}

/** Phrases that state a result; a sentence holding one is a claim unless something speaks strongly against it. */
const RESULT_CUES: Cue[] = [
  { pattern: /\boutperform(?:s|ed|ing)?\b|\bsurpass(?:es|ed|ing)?\b|\boutperformance\b|\bbeats?\b/i, weight: 4 },
  {
    pattern:
      /\b(?:state[- ]of[- ]the[- ]art|SOTA|new record)\b(?! (?:methods?|approach(?:es)?|models?|baselines?|frameworks?|systems?|techniques?)\b)/i,
    weight: 2,
  },
  {
    pattern:
      /\b(?:results?|experiments?|evaluations?|findings|analys[ie]s|studies|study|observations?|simulations?|ablations?|evidence|benchmarks?|tests?|comparisons?)\b(?:\s+[\w-]+){0,5}?\s+(?:show|shows|showed|shown|demonstrate|demonstrates|demonstrated|indicate|indicates|indicated|suggest|suggests|reveal|reveals|revealed|confirm|confirms|confirmed|highlight|highlights|underscore|underscores|verify|verifies|verified|validate|validates|validated|prove|proves|illustrate|illustrates|corroborate|corroborates|support|supports)\b/i,
    weight: 4,
  },
  {
    pattern:
      /\b(?:we|this work|this paper|our work|our analysis|our study)\b(?:\s+[\w-]+){0,8}?\s+(?:show|prove|demonstrate|find|found|observe|report|establish|conclude|confirm|verify|validate|reveal|discover|identify|argue|obtain|achieve|attain|give an? (?:affirmative|positive|negative) answer|derive bounds?)\b/i,
    weight: 4,
  },
  { pattern: /\b(?:showing|demonstrating|validating|verifying|confirming|revealing|uncovering|proving|reveals?|uncovers?)\b/i, weight: 2 },
  {
    pattern:
      /\b(?:shows?|showed|exhibits?|demonstrates?|achieves?|offers?|delivers?|provides?|yields?)\s+(?:[\w-]+\s+){0,3}?(?:performance|accuracy|results?|gains?|improvements?|speed-?ups?|efficiency|scalability|generalization|insights?|evidence|outperformance|advantages?)\b/i,
    weight: 2,
  },
  { pattern: /\b(?:leads?|led|results?) (?:to|in)\b/i, weight: 1 },
  {
    pattern:
      /\b(?:as we (?:demonstrate|show)|we make (?:\w+ )?observations?|is shown to|are shown to|it is shown|(?:empirical|experimental|extensive|numerical) (?:results|evaluations?|experiments|studies))\b/i,
    weight: 3,
  },
  { pattern: /\b(?:achiev|attain|obtain|deliver|yield|reach)(?:e|es|ed|ing|s)?\b/i, weight: 2 },
  {
    pattern:
      /\b(?:speed[- ]?ups?|faster|accelerat(?:es|ed|ion)|fewer|less memory|lower (?:latency|cost|memory)|higher (?:accuracy|throughput)|reduc(?:es|ed|ing|tions?)|improv(?:es|ed|ements?)|gains?|savings?|boosts?|increases?|decreases?|cuts?)\b/i,
    weight: 1,
  },
  {
    pattern:
      /\b(?:competitive|comparable|superior|significant(?:ly)?|substantial(?:ly)?|remarkabl[ey]|excellent|strong(?:er)?|better|consistently|effectiveness|efficacy|robustness|outstanding|favorabl[ey]|promising|on par)\b/i,
    weight: 1,
  },
  {
    pattern:
      /\b(?:guarantees?|provabl[ey]|converges?|theorem|bound|lower bound|upper bound|necessary and sufficient|sufficient condition|fails)\b/i,
    weight: 2,
  },
  {
    pattern:
      /^(?:Empirically|Experimentally|Concretely|Overall|Notably|Remarkably|Moreover|Specifically|In particular|In our experiments|Finally|Furthermore|More importantly|Importantly)\b/,
    weight: 1,
  },
  { pattern: /^(?:Hence|Thus|Consequently|As a result|Therefore|Overall|In summary|In conclusion|Together|Taken together)\b/, weight: 2 },
  {
    pattern:
      /\b(?:our|the) (?:results|findings|experiments|analysis|evaluation|insights)\b|\b(?:main|key|central|core) (?:finding|result|insight|observation)s?\b/i,
    weight: 2,
  },
  {
    pattern:
      /\bthe first (?:work|to|method|approach|framework|study|time|among|theoretical|result|evidence|demonstration|\w+ (?:result|evidence))\b|\bfor the first time\b/i,
    weight: 2,
  },
];

/** Phrases that speak against a claim. */
const NON_CLAIM_CUES: Cue[] = [
  {
    pattern:
      /\b(?:code|codes|implementation|models?|data|dataset|weights|benchmark|project page|demo|website)\b[^.]{0,60}\b(?:is|are|will be|has been|have been)\s+(?:publicly\s+|freely\s+|openly\s+)?(?:available|released|open-?sourced|accessible|provided)|https?:\/\/|github\.com|\bavailable (?:at|on|from)\b/i,
    weight: -8,
  },
  {
    pattern:
      /\b(?:we|this (?:paper|work|study|report|technical report|article)|the paper)\s+(?:first\s+|also\s+|further\s+|then\s+|hereby\s+)?(?:propose|proposes|introduce|introduces|present|presents|develop|develops|design|designs|describe|describes|build|builds|formulate|formulates|study|studies|investigate|investigates|explore|explores|consider|considers|address|addresses|focus|focuses|aim|aims|tackle|tackles|provide|provides|release|releases|analy[sz]e|analy[sz]es|evaluate|evaluates|compare|compares|examine|examines|discuss|discusses|leverage|leverages|employ|employs|adopt|adopts|want|seek|seeks|take|takes|extend|extends|summarize|summarizes|review|reviews|outline|outlines)\b/i,
    weight: -3,
  },
  {
    pattern:
      /\b(?:we hope|future (?:work|research|directions?|studies)|we believe|we envision|we plan|may (?:inspire|illuminate|pave|shed|open|serve)|could (?:inspire|pave|serve))\b/i,
    weight: -3,
  },
  {
    pattern:
      /^(?:To (?:address|tackle|overcome|solve|mitigate|alleviate|bridge|fill|this end|do so|remedy|achieve|enable|further|train|capture|upgrade)|In this (?:paper|work|study|article|report)|This (?:paper|work|study|article|report)|Here,? we|However|Nevertheless|Unfortunately|Despite|Although|Recently|Existing|Previous|Prior|Current|Traditional|Conventional|Most|Many|While)\b/,
    weight: -2,
  },
  {
    pattern:
      /\b(?:has|have) been (?:widely|extensively|increasingly|commonly|proposed|used|applied|studied|shown|developed|adopted)\b|\b(?:remains?|remained) (?:a |an )?(?:challenging|open|unclear|limited|difficult|unexplored|elusive|underexplored)|\b(?:is|are) (?:challenging|costly|expensive|prohibitive|limited|difficult)\b|\bsuffer(?:s|ing)? from\b|\bstruggle\b|\bbottlenecks?\b|\b(?:but|yet|while) (?:they |it |these |such )?(?:lacks?|fails?|suffers?|struggles?)\b|\b(?:key|main|major|primary|fundamental) (?:barrier|limitation|challenge|obstacle|bottleneck)s?\b/i,
    weight: -2,
  },
  { pattern: /\?\s*$/, weight: -4 },
  { pattern: /\b(?:we|this paper)\s+(?:\w+\s+)?(?:called|named|dubbed|termed)\b|\b(?:called|named|dubbed|termed)\s+[A-Z]/, weight: -1 },
  {
    pattern:
      /\bconsists? of\b|\bcomprises?\b|\bis composed of\b|\bis based on\b|\bbuilds? (?:on|upon)\b|\bleverages?\b|\butilizes?\b|\bincorporat(?:es|ing)\b|\bemploys?\b|\bproceeds? in\b/i,
    weight: -1,
  },
];

export const CLAIM_THRESHOLD = 3;
const THRESHOLD = CLAIM_THRESHOLD;
/** Before the contribution sentence an abstract gives background: results must be explicit there. */
const BACKGROUND_PENALTY = -2;
/** After a result sentence the abstract usually continues reporting results. */
const RESULT_ZONE_BONUS = 1;
const CONTRIBUTION =
  /\b(?:we|this (?:paper|work|study|report|technical report|article))\s+(?:first\s+|also\s+|further\s+|then\s+|hereby\s+)?(?:propose|proposes|introduce|introduces|present|presents|develop|develops|design|designs|establish|build|builds|formulate)\b|\b(?:we|our)\b/i;

export function extractClaims(ctx: ExtractionContext, entities: EntityExtractions, hardware: HardwareMention[]): ClaimExtraction[] {
  const sentences = splitSentences(ctx.abstract, ctx.sentences);
  const located = locatedMentions(entities, hardware);
  const claims: ClaimExtraction[] = [];
  const proposed = entities.methods.filter((m) => m.role === 'proposed').flatMap((m) => m.evidence);
  let contributionSeen = false;
  let previousWasResult = false;
  for (const sentence of sentences) {
    const numbers = parseNumbers(sentence.text);
    const namesProposedMethod = proposed.some((e) => e.field === 'abstract' && e.start >= sentence.start && e.end <= sentence.end);
    const score = claimScore(sentence.text, { numberCount: numbers.length, contributionSeen, previousWasResult, namesProposedMethod });
    if (CONTRIBUTION.test(sentence.text)) contributionSeen = true;
    previousWasResult = score >= THRESHOLD;
    if (!previousWasResult) continue;
    claims.push({
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      numbers,
      mentions: mentionsWithin(located, sentence),
    });
  }
  return claims;
}

/** What the sentence's neighbourhood and the other extractors say about it. */
export interface SentenceFacts {
  numberCount: number;
  /** An earlier sentence introduced the paper's own work ("we ...", "this paper ..."). */
  contributionSeen: boolean;
  previousWasResult: boolean;
  /** The sentence names a method this paper proposes: results are usually stated about it. */
  namesProposedMethod: boolean;
}

/** At or above THRESHOLD means claim; exported for the tests that explain a decision. */
export function claimScore(text: string, facts: SentenceFacts): number {
  let score = 0;
  for (const cue of RESULT_CUES) if (cue.pattern.test(text)) score += cue.weight;
  for (const cue of NON_CLAIM_CUES) if (cue.pattern.test(text)) score += cue.weight;
  if (facts.numberCount > 0) score += MEASURED_NUMBER.test(text) ? MEASURED_NUMBER_WEIGHT : 1;
  if (!facts.contributionSeen && !CONTRIBUTION.test(text)) score += BACKGROUND_PENALTY;
  if (facts.previousWasResult) score += RESULT_ZONE_BONUS;
  if (facts.namesProposedMethod && facts.contributionSeen) score += PROPOSED_METHOD_BONUS;
  return score;
}

const MEASURED_NUMBER_WEIGHT = 4;
const PROPOSED_METHOD_BONUS = 1;

/** A number with a unit that measures an outcome: "2.45x", "20%", "5 times", "3.5 points". */
const MEASURED_NUMBER =
  /\d(?:\s?(?:%|\\%|x|×|times|fold|-fold|points|pp|percent)(?![A-Za-wyz]))|\b(?:up to|at least|at most|less than|more than|fewer than|over|nearly|almost|only|by|under|within|approximately|about)\s+\$?\d/;

interface LocatedMention {
  type: MentionType;
  name: string;
  evidence: EvidenceSpan[];
}

function locatedMentions(entities: EntityExtractions, hardware: HardwareMention[]): LocatedMention[] {
  const typed: Array<[MentionType, Array<{ name: string; evidence: EvidenceSpan[] }>]> = [
    ['method', entities.methods],
    ['concept', entities.concepts],
    ['dataset', entities.datasets],
    ['task', entities.tasks],
    ['metric', entities.metrics],
    ['hardware', hardware],
  ];
  return typed.flatMap(([type, list]) => list.map((entity) => ({ type, name: entity.name, evidence: entity.evidence })));
}

function mentionsWithin(located: LocatedMention[], sentence: SentenceSpan): ClaimMention[] {
  const mentions: ClaimMention[] = [];
  const seen = new Set<string>();
  for (const entity of located) {
    const inside = entity.evidence.some((e) => e.field === 'abstract' && e.start >= sentence.start && e.end <= sentence.end);
    const key = `${entity.type}\u0000${entity.name}`;
    if (!inside || seen.has(key)) continue;
    seen.add(key);
    mentions.push({ type: entity.type, name: entity.name });
  }
  return mentions;
}
