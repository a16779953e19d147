/**
 * One parse per paper, shared by every extractor: the full extraction must cost at most 1.5x a bare
 * compromise parse, so no extractor parses the text again.
 */
import nlp from 'compromise';
import type { PaperRecord } from '../types.ts';

/** compromise's document type (`nlp(text)`). */
export type CompromiseDoc = ReturnType<typeof nlp>;

export interface SentenceSpan {
  text: string;
  /** Offsets in the abstract, end exclusive. */
  start: number;
  end: number;
}

export interface ExtractionContext {
  title: string;
  abstract: string;
  /** compromise parse of the abstract (parsed once). */
  doc: CompromiseDoc;
  /** The abstract's sentences with offsets. */
  sentences: SentenceSpan[];
}

export function buildContext(record: Pick<PaperRecord, 'title' | 'abstract'>): ExtractionContext {
  const doc = nlp(record.abstract);
  const sentences: SentenceSpan[] = [];
  // `terms: false` skips per-term output (cheaper); compromise's typings only declare the object form.
  const jsonOptions = { offset: true, terms: false } as unknown as Parameters<CompromiseDoc['json']>[0];
  for (const s of doc.json(jsonOptions) as Array<{ text: string; offset: { start: number; length: number } }>) {
    const start = s.offset.start;
    const end = start + s.offset.length;
    sentences.push({ text: record.abstract.slice(start, end), start, end });
  }
  return { title: record.title, abstract: record.abstract, doc, sentences };
}
