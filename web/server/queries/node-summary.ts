/**
 * A light projection of a node for graph payloads: what the client draws and shows on hover, not the aliases,
 * search text or abstract that whole nodes would drag along (most of the bytes on a big neighbourhood).
 */
import type { GraphNodeDTO } from '../../shared/api.ts';
import { graphNodeId, primaryLabel } from '../dto.ts';

/** `variable` is a literal of this code base. */
export function nodeSummary(variable: string): string {
  const m = variable;
  return `{elementId: elementId(${m}), labels: labels(${m}), key: ${m}.key,
    name: coalesce(${m}.name, ${m}.title, ${m}.text, ${m}.key), paperCount: ${m}.paperCount,
    date: ${m}.date, upvotes: ${m}.upvotes, firstDate: ${m}.firstDate, lastDate: ${m}.lastDate}`;
}

export interface NodeSummaryRow {
  elementId: string;
  labels: string[];
  key: string | null;
  name: string | null;
  paperCount: number | null;
  date: string | null;
  upvotes: number | null;
  firstDate: string | null;
  lastDate: string | null;
}

export function summaryToDTO(row: NodeSummaryRow): GraphNodeDTO {
  const label = primaryLabel(row.labels);
  const props: NonNullable<GraphNodeDTO['props']> = {};
  for (const name of ['date', 'upvotes', 'firstDate', 'lastDate'] as const) {
    if (row[name] !== null && row[name] !== undefined) props[name] = row[name];
  }
  return {
    id: graphNodeId(label, row.key, row.elementId),
    label,
    key: row.key ?? row.elementId,
    name: row.name ?? row.key ?? row.elementId,
    paperCount: label === 'Paper' ? null : row.paperCount ?? null,
    props,
  };
}
