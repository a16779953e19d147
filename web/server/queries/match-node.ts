/**
 * MATCH clauses that find one node by label and key through the key constraints/indexes. Entities are found
 * through the shared `Entity.key` index and then checked for their label, so no label is ever spliced into text.
 */
import { isEntityLabel, type NodeLabel } from '../../../graph-schema/model.ts';

/**
 * `variable` and the parameter names are literals of this code base; the label only selects which of four
 * fixed clause shapes is used.
 */
export function matchNode(label: NodeLabel, variable: string, keyParam: string, labelParam: string): string {
  if (isEntityLabel(label)) return `MATCH (${variable}:Entity {key: $${keyParam}}) WHERE $${labelParam} IN labels(${variable})`;
  switch (label) {
    case 'Paper':
      return `MATCH (${variable}:Paper {key: $${keyParam}})`;
    case 'Claim':
      return `MATCH (${variable}:Claim {key: $${keyParam}})`;
    case 'Listing':
      return `MATCH (${variable}:Listing {key: $${keyParam}})`;
    case 'Result':
      return `MATCH (${variable}:Result {key: $${keyParam}})`;
    default:
      throw new Error(`unknown label ${label}`);
  }
}
