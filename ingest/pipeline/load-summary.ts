/** The end-of-ingest report: papers new/updated/unchanged, what was created per label and type, warnings, time. */
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../graph-schema/model.ts';
import type { ReadSummary } from './index.ts';
import { CO_OCCURRENCE_PARTNERS } from '../load/derive.ts';
import type { LoadSummary } from './load-run.ts';

export interface SummaryInput {
  load: LoadSummary;
  read: ReadSummary;
  seconds: number;
}

function counts(entries: Array<[string, number | undefined]>): string {
  const present = entries.filter(([, n]) => (n ?? 0) > 0).map(([name, n]) => `${name} ${n}`);
  return present.length > 0 ? present.join(', ') : 'none';
}

export function formatLoadSummary({ load, read, seconds }: SummaryInput): string {
  const { tally, derive } = load;
  const lines = [
    'ingest summary',
    `  files:          ${read.files}${read.unreadableFiles > 0 ? ` (${read.unreadableFiles} unreadable)` : ''}, ${read.records} records, ${read.duplicatesMerged} duplicates merged`,
    `  papers:         ${load.papersNew} new, ${load.papersUpdated} updated, ${load.papersUnchanged} unchanged (${load.batches} batch transaction(s))`,
    `  nodes created:  ${counts(NODE_LABELS.map((label) => [label, tally.nodesCreated[label]]))}`,
    `  relationships created: ${counts(RELATIONSHIP_TYPES.map((type) => [type, tally.relationshipsCreated[type]]))}`,
    `  replaced:       ${tally.nodesDeleted} node(s) and ${tally.relationshipsDeleted} relationship(s) of re-extracted papers removed`,
    load.corpus
      ? `  corpus pass:    ${load.corpus.papers} papers resolved together, ${load.corpus.rewritten} rewritten, ${load.corpus.report.retyped} mentions retyped by vote, ${load.corpus.report.acronymsResolved} bare acronyms resolved, ${load.corpus.renamedEntities} entities renamed`
      : '  corpus pass:    unchanged (no paper new or re-extracted)',
    derive
      ? `  derived:        paper counts and dates on every entity; ${derive.coOccurrences} CO_OCCURS (top ${CO_OCCURRENCE_PARTNERS} partners per entity)`
      : '  derived:        unchanged (no paper new or re-extracted)',
    `  warnings:       ${read.warnings}`,
    `  time:           ${seconds.toFixed(1)} s (read, extract and write ${(load.loadMs / 1000).toFixed(1)} s, derived structure ${derive ? ((derive.entityStatsMs + derive.coOccurrenceMs) / 1000).toFixed(1) : '0.0'} s)`,
  ];
  return `${lines.join('\n')}\n`;
}
