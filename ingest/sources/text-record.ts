/**
 * A paper known only by its text (an evaluation's gold paper, a benchmark's synthetic abstract): the record
 * extractPaper takes, with no metadata and no listings.
 */
import type { PaperRecord } from '../types.ts';

export function textOnlyRecord(id: string, title: string, abstract: string): PaperRecord {
  return { id, title, abstract, authors: null, date: null, upvotes: null, url: null, categories: [], sources: [] };
}
