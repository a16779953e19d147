/** Entities in the time and hardware answers: a small list projection in Cypher, read into EntityRefDTO. */
import { isEntityLabel } from '../../../graph-schema/model.ts';
import { nodeId } from '../../../graph-schema/keys.ts';
import type { EntityRefDTO } from '../../shared/trends-api.ts';
import { modelLabel } from './node-summary.ts';

/** `[label, key, name, paperCount]`; `variable` is a literal of this code base. */
export function entityRef(variable: string): string {
  return `[${modelLabel(variable)}, ${variable}.key, coalesce(${variable}.name, ${variable}.key), coalesce(${variable}.paperCount, 0)]`;
}

export type EntityRefRow = [label: string, key: string, name: string, paperCount: number];

export function entityRefFromRow([label, key, name, paperCount]: EntityRefRow): EntityRefDTO {
  if (!isEntityLabel(label)) throw new Error(`not an entity label: ${label}`);
  return { id: nodeId(label, key), label, key, name, paperCount };
}

/** Finds entities from `$refs` (`[{label, key}]`) through the Entity.key index, binding `e` and keeping `ref`. */
export const MATCH_REFS = `
  UNWIND $refs AS ref
  MATCH (e:Entity {key: ref.key}) WHERE ref.label IN labels(e)`;
