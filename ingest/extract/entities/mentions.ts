/** A candidate mention found by one of the rules, before mentions are grouped into entities. */
import type { LexiconEntry, EntityKind } from './lexicon/index.ts';

export type Field = 'title' | 'abstract';
export type MentionSource = 'lexicon' | 'definition' | 'shape' | 'phrase' | 'head' | 'list' | 'title';

export interface Mention {
  field: Field;
  start: number;
  end: number;
  text: string;
  source: MentionSource;
  /** The type this rule suggests, with how much to trust it (lexicon beats patterns). */
  kind: EntityKind;
  strength: number;
  entry: LexiconEntry | null;
  /** Long form of an acronym definition: the preferred display name. */
  longForm: boolean;
  proposed: boolean;
  datasetContext: boolean;
  /** A benchmark the paper names as its own system (title "XBench: ..."): both a proposed method and an introduced dataset. */
  benchmarkSystem?: boolean;
}

export const STRENGTH = { lexicon: 4, datasetContext: 3, definition: 2, phrase: 1.5, head: 1, shape: 1 } as const;

/** The paper's own method, named in its abstract after a proposal cue: ranked as a title's name, above a definition. */
export function titleMethodMention(span: { start: number; end: number; text: string }): Mention {
  return {
    field: 'abstract',
    ...span,
    source: 'title',
    kind: 'method',
    strength: STRENGTH.definition + 1,
    entry: null,
    longForm: false,
    proposed: true,
    datasetContext: false,
  };
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
