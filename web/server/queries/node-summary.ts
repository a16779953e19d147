/**
 * A light projection of a node for graph payloads: what the client draws and shows on hover, not the aliases,
 * search text or abstract that whole nodes would drag along (most of the bytes on a big neighbourhood).
 * It travels as a list, not a map: the driver decodes a map's keys again on every row, which was a third of
 * the cost of decoding a 150-node neighbourhood.
 */
import type { GraphNodeDTO } from '../../shared/api.ts';
import { graphNodeId, primaryLabel } from '../dto.ts';
import { specificityCypher, TOTAL_PAPERS_CYPHER } from '../../../graph-schema/informativeness.ts';
import type { NodeLabel } from '../../../graph-schema/model.ts';

/** The model label of a node in Cypher: `Entity` is only a secondary label. `variable` is a literal of this code base. */
export function modelLabel(variable: string): string {
  return `[label IN labels(${variable}) WHERE label <> 'Entity'][0]`;
}

/** A node's API id, `Label:key`, in Cypher: the form of the entities' `coPartners` lists. */
export function nodeIdOf(variable: string): string {
  return `${modelLabel(variable)} + ':' + ${variable}.key`;
}

/** `variable` is a literal of this code base. The order is NodeSummaryRow's. */
export function nodeSummary(variable: string): string {
  const m = variable;
  return `[elementId(${m}), ${modelLabel(m)}, ${m}.key, coalesce(${m}.name, ${m}.title, ${m}.text, ${m}.key),
    ${m}.paperCount, ${m}.date, ${m}.upvotes, ${m}.firstDate, ${m}.lastDate,
    CASE WHEN ${m}:Entity THEN ${specificityCypher(`${m}.paperCount`, TOTAL_PAPERS_CYPHER, `${m}.generic`)} END, ${m}.generic]`;
}

export type NodeSummaryRow = [
  elementId: string,
  label: string | null,
  key: string | null,
  name: string | null,
  paperCount: number | null,
  date: string | null,
  upvotes: number | null,
  firstDate: string | null,
  lastDate: string | null,
  /** Entities: how much the name says (graph-schema/informativeness.ts), computed at read time. */
  specificity: number | null,
  generic: boolean | null,
];

export interface NodeSummary {
  elementId: string;
  /** `Label:key`, the node's id in API answers. */
  id: string;
  label: NodeLabel;
  key: string | null;
  name: string | null;
  paperCount: number | null;
  props: NonNullable<GraphNodeDTO['props']>;
  /** Entities only (graph-schema/informativeness.ts). */
  specificity?: number;
  generic?: boolean;
  /** Neighbourhood candidates: NPMI of the co-occurrence link they were reached through. */
  npmi?: number;
}

export function readNodeSummary(row: NodeSummaryRow): NodeSummary {
  const [elementId, rawLabel, key, name, paperCount, date, upvotes, firstDate, lastDate, specificity, generic] = row;
  const label = primaryLabel(rawLabel === null ? [] : [rawLabel]);
  const props: NodeSummary['props'] = {};
  if (date !== null) props.date = date;
  if (upvotes !== null) props.upvotes = upvotes;
  if (firstDate !== null) props.firstDate = firstDate;
  if (lastDate !== null) props.lastDate = lastDate;
  const informativeness =
    specificity === null || specificity === undefined ? {} : { specificity: round3(specificity), generic: generic === true };
  return { elementId, id: graphNodeId(label, key, elementId), label, key, name, paperCount, props, ...informativeness };
}

export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export function summaryToDTO(summary: NodeSummary): GraphNodeDTO {
  const { id, label, key, name, elementId, paperCount, props, specificity, generic, npmi } = summary;
  return {
    id,
    label,
    key: key ?? elementId,
    name: name ?? key ?? elementId,
    paperCount: label === 'Paper' ? null : (paperCount ?? null),
    props,
    ...(specificity === undefined ? {} : { specificity, generic: generic ?? false }),
    ...(npmi === undefined ? {} : { npmi }),
  };
}
