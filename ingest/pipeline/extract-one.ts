/** One record through the extractor, never throwing: a failure is an outcome, not a crash. */
import type { PaperExtraction, PaperRecord } from '../types.ts';
import { extractPaper } from './extractor.ts';
import type { ExtractionOutcome } from './worker-protocol.ts';

/** The record's own (merged) listing fields win over whatever the extractor copied. */
function withRecordFields(extraction: PaperExtraction, record: PaperRecord): PaperExtraction {
  return {
    ...extraction,
    id: record.id,
    title: record.title,
    abstract: record.abstract,
    sources: record.sources,
    authors: record.authors,
    date: record.date,
    upvotes: record.upvotes,
  };
}

export function extractOutcome(record: PaperRecord): ExtractionOutcome {
  try {
    return { ok: true, extraction: withRecordFields(extractPaper(record), record) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
