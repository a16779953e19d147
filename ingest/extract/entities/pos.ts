/**
 * Part-of-speech tags from the shared compromise parse, looked up by character offset in the abstract.
 * Reads the parse's term list directly (one linear pass) instead of asking compromise to serialise offsets.
 */
import type { ExtractionContext } from '../context.ts';

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

export interface PosIndex {
  /** Tags of the compromise term covering `offset` in the abstract, or null when none does. */
  tagsAt(offset: number): ReadonlySet<string> | null;
}

const NO_TAGS: PosIndex = { tagsAt: () => null };

export function buildPosIndex(ctx: ExtractionContext): PosIndex {
  const document = (ctx.doc as unknown as { document?: CompromiseTerm[][] }).document;
  if (!Array.isArray(document)) return NO_TAGS;
  const text = ctx.abstract;
  const termAt = new Int32Array(text.length).fill(-1);
  const tagList: Array<Set<string>> = [];
  let pos = 0;
  for (const sentence of document) {
    for (const term of sentence) {
      if (!term.text) continue;
      const start = text.indexOf(term.text, pos);
      if (start < 0 || start - pos > term.pre.length + 8) continue;
      const id = tagList.push(term.tags) - 1;
      termAt.fill(id, start, start + term.text.length);
      pos = start + term.text.length;
    }
  }
  return {
    tagsAt(offset: number) {
      const id = offset >= 0 && offset < termAt.length ? termAt[offset] : -1;
      return id >= 0 ? tagList[id] : null;
    },
  };
}
