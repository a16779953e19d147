/**
 * A paper record as a reader would yield it, for extraction, pipeline and load tests: the given title and abstract,
 * no metadata and no listings unless the test gives them.
 */
import type { PaperRecord } from '../../ingest/types.ts';

export function paperRecord(title: string, abstract: string, fields: Partial<PaperRecord> = {}): PaperRecord {
  return {
    id: 'p-test',
    title,
    abstract,
    authors: null,
    date: null,
    upvotes: null,
    url: null,
    categories: [],
    sources: [],
    ...fields,
  };
}
