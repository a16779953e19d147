/** The sentences of an abstract that hold given evidence spans ("why are these connected?"). */
import type { EvidenceSpanDTO } from '../../shared/api.ts';

export interface Sentence {
  text: string;
  start: number;
  end: number;
  field?: 'title' | 'abstract';
}

/** A sentence ends at . ! or ? followed by space and a capital, digit or quote; "e.g. a" does not end one. */
const SENTENCE_END = /[.!?](?=\s+["'(\[]?[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = (match.index ?? 0) + 1;
    pushTrimmed(sentences, text, start, end);
    start = end;
  }
  pushTrimmed(sentences, text, start, text.length);
  return sentences;
}

function pushTrimmed(sentences: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) sentences.push({ text: text.slice(start, end), start, end, field: 'abstract' });
}

/** Sentences overlapping any span, in text order; a title span yields the title itself. */
export function sentencesWithSpans(title: string, abstract: string, spans: readonly EvidenceSpanDTO[]): Sentence[] {
  const picked: Sentence[] = [];
  if (spans.some((span) => span.field === 'title')) picked.push({ text: title, start: 0, end: title.length, field: 'title' });
  const abstractSpans = spans.filter((span) => span.field === 'abstract');
  for (const sentence of splitSentences(abstract)) {
    if (abstractSpans.some((span) => span.start < sentence.end && span.end > sentence.start)) picked.push(sentence);
  }
  return picked;
}
