/**
 * Entity extraction: methods (proposed or used), concepts, datasets (introduced or used), tasks and metrics, each
 * with aliases and evidence spans. Works on the shared compromise parse (ExtractionContext) plus lexicons and
 * rules compiled once at module load; it never parses the abstract again.
 */
import type { ExtractionContext, SentenceSpan } from '../context.ts';
import type { AcronymDefinition } from './acronyms.ts';
import { assembleEntities, type EntityExtractions } from './assemble.ts';
import type { Field, Mention } from './mentions.ts';
import { buildPosIndex } from './pos.ts';
import { markProposals } from './proposals.ts';
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
