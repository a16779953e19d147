/**
 * A paper record as a reader would yield it, for extraction, pipeline and load tests: the given title and abstract,
 * no metadata and no listings unless the test gives them.
 */
import { textOnlyRecord } from '../../ingest/sources/text-record.ts';
import type { PaperRecord } from '../../ingest/types.ts';

export function paperRecord(title: string, abstract: string, fields: Partial<PaperRecord> = {}): PaperRecord {
  return { ...textOnlyRecord('p-test', title, abstract), ...fields };
}
