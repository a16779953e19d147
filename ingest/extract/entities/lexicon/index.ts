/** The lexicons compiled once at module load: one phrase matcher plus canonical-key lookups. */
import type { EntityKind as RegistryKind } from '../../../../graph-schema/entity-kinds.ts';
import { canonicalKey } from '../../../../graph-schema/keys.ts';
import { CaseRule, PhraseMatcher, pluralForms } from '../phrase-matcher.ts';
import { BROAD_CONCEPT_LEXICON } from './concepts-broad.ts';
import { CONCEPT_LEXICON } from './concepts.ts';
import { DATASET_LEXICON } from './datasets.ts';
import { METHOD_LEXICON } from './methods.ts';
import { METRIC_LEXICON } from './metrics.ts';
import { FILLER_PHRASES, GENERIC_CONCEPTS, NOT_NAMES } from './stoplists.ts';
import { TASK_LEXICON } from './tasks.ts';
import { isWithheld } from './withheld.ts';

/** The registry's kinds found by name (lexicons and phrase rules); hardware has its own extractor. */
export type EntityKind = Exclude<RegistryKind, 'hardware'>;

export interface LexiconEntry {
  kind: EntityKind;
  /** Display name: the entry's first variant. */
  display: string;
  /** Canonical key of the display name: the node all variants fold to. */
  key: string;
  /** Whether the display name is a long form (lower-case words) rather than an acronym or proper name. */
  longForm: boolean;
}

export interface LexiconHit {
  entry: LexiconEntry;
  /** The matched variant is an acronym of the entry ("GNN" for graph neural network). */
  acronym: boolean;
}

/** Lexicon order is priority: a phrase listed as a dataset is not also a method. */
const SOURCES: ReadonlyArray<[EntityKind, readonly string[]]> = [
  ['dataset', DATASET_LEXICON],
  ['metric', METRIC_LEXICON],
  ['task', TASK_LEXICON],
  ['method', METHOD_LEXICON],
  ['concept', CONCEPT_LEXICON],
  ['concept', BROAD_CONCEPT_LEXICON],
];

export const lexiconMatcher = new PhraseMatcher<LexiconHit>();
/** Canonical key of every variant -> its entry (first listed wins). */
export const lexiconByKey = new Map<string, LexiconEntry>();
export const fillerKeys = new Set(FILLER_PHRASES.map(canonicalKey));
export const notNames = new Set(NOT_NAMES);
export const genericConceptKeys = new Set(GENERIC_CONCEPTS.map(canonicalKey));

/** The lexicon entry a surface names: acronyms by exact letters, other names by canonical key. */
export function lookupLexicon(surface: string): LexiconEntry | undefined {
  const letters = surface.replace(/[^\p{L}\p{N}]+/gu, '');
  const acronym = lexiconByAcronym.get(letters) ?? lexiconByAcronym.get(letters.replace(/e?s$/, ''));
  if (acronym) return acronym;
  const key = canonicalKey(surface);
  const entry = lexiconByKey.get(key);
  // A case-sensitive entry ("Adam", "Pile") does not name an all-lower-case surface.
  return entry;
}

/** Acronym variants by their exact letters ("MoS" is not "MOS"). */
export const lexiconByAcronym = new Map<string, LexiconEntry>();

function caseRule(variant: string, forced: boolean): CaseRule {
  let capitals = 0;
  for (const ch of variant) if (ch !== ch.toLowerCase()) capitals++;
  if (capitals >= 2 && !variant.includes(' ')) return CaseRule.Acronym;
  if (capitals >= 2) return CaseRule.Capitalised;
  if (forced) return CaseRule.Capitalised;
  return CaseRule.Any;
}

function isAcronymVariant(variant: string): boolean {
  return !variant.includes(' ') && /\p{Lu}.*\p{Lu}/u.test(variant) && variant.length <= 8;
}

for (const [kind, list] of SOURCES) {
  for (const line of list) {
    const wholeForced = line.startsWith('!');
    const variants = (wholeForced ? line.slice(1) : line).split('|');
    if (variants.some((v) => isWithheld(v.replace(/^!/, '')))) continue;
    const display = variants[0].replace(/^!/, '');
    const entry: LexiconEntry = {
      kind,
      display,
      key: canonicalKey(display),
      longForm: /^[\p{Ll}\d]/u.test(display) || display.includes(' '),
    };
    for (const raw of variants) {
      const forced = wholeForced || raw.startsWith('!');
      const variant = raw.replace(/^!/, '');
      const rule = caseRule(variant, forced);
      const hit: LexiconHit = { entry, acronym: isAcronymVariant(variant) && !isAcronymVariant(display) };
      const exact = rule === CaseRule.Acronym ? variant.replace(/[^\p{L}\p{N}]+/gu, '') : undefined;
      for (const form of [variant, ...pluralForms(variant)])
        lexiconMatcher.add(form, { value: hit, rule, exact, compact: !/\s/.test(variant) });
      if (exact !== undefined) {
        if (!lexiconByAcronym.has(exact)) lexiconByAcronym.set(exact, entry);
        continue;
      }
      const key = canonicalKey(variant);
      if (!lexiconByKey.has(key)) lexiconByKey.set(key, entry);
    }
  }
}
