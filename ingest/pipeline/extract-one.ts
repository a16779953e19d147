/** One record through the extractor, never throwing: a failure is an outcome, not a crash. */
import type { PaperRecord } from '../types.ts';
import { extractPaper } from './extractor.ts';
import type { ExtractionOutcome } from './worker-protocol.ts';

export function extractOutcome(record: PaperRecord): ExtractionOutcome {
  try {
    // extractPaper copies the record's own (merged) listing fields into its result.
    return { ok: true, extraction: extractPaper(record) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
