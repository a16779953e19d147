/**
 * Constraints and indexes. Every statement is idempotent (IF NOT EXISTS), so applying the schema on
 * each start is safe.
 */
import { SEARCHABLE_ENTITY_LABELS } from './entity-kinds.ts';
import { MONTH_LABEL } from './entity-months.ts';
import { ENTITY_LABELS, ENTITY_SUPER_LABEL, NODE_LABELS } from './model.ts';

export const FULLTEXT_ENTITY_INDEX = 'entity_search';
export const FULLTEXT_PAPER_INDEX = 'paper_search';

function keyConstraint(label: string): string {
  return `CREATE CONSTRAINT ${label.toLowerCase()}_key IF NOT EXISTS FOR (n:${label}) REQUIRE n.key IS UNIQUE`;
}

function rangeIndex(label: string, property: string): string {
  return `CREATE INDEX ${label.toLowerCase()}_${property.toLowerCase()} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`;
}

/** `standard-folding` folds accents, so search is case- and accent-insensitive. */
const FULLTEXT_OPTIONS = "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}}";

export const SCHEMA_STATEMENTS: readonly string[] = [
  ...NODE_LABELS.map(keyConstraint),
  ...ENTITY_LABELS.map((label) => rangeIndex(label, 'paperCount')),
  rangeIndex(ENTITY_SUPER_LABEL, 'paperCount'),
  rangeIndex(ENTITY_SUPER_LABEL, 'key'),
  rangeIndex('Paper', 'date'),
  rangeIndex('Paper', 'contentHash'),
  rangeIndex('Claim', 'paperKey'),
  rangeIndex('Result', 'paperKey'),
  // Entities whose derived values an ingest made stale (ingest/load/derived-properties.ts).
  rangeIndex(ENTITY_SUPER_LABEL, 'derivePending'),
  // The derived monthly paper counts (entity-months.ts): months by key, entities new in a window by firstDay.
  keyConstraint(MONTH_LABEL),
  rangeIndex(ENTITY_SUPER_LABEL, 'firstDay'),
  `CREATE FULLTEXT INDEX ${FULLTEXT_ENTITY_INDEX} IF NOT EXISTS FOR (n:${SEARCHABLE_ENTITY_LABELS.join('|')}) ON EACH [n.name, n.searchText] ${FULLTEXT_OPTIONS}`,
  `CREATE FULLTEXT INDEX ${FULLTEXT_PAPER_INDEX} IF NOT EXISTS FOR (n:Paper) ON EACH [n.title, n.abstract] ${FULLTEXT_OPTIONS}`,
];
