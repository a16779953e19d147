/**
 * The statements of the corpus pass (corpus-pass.ts), apart from the writer's own: a paper's stored extraction, the
 * papers read back for the pass, and the entity names and aliases the pass decides.
 */
import { PENDING_PROPERTY } from './pending.ts';

/** Written with every paper (writer.ts), after MERGE_PAPERS: the evidence the pass is recomputed from. */
export const SET_PAPER_EXTRACTIONS = `
UNWIND $rows AS row
MATCH (p:Paper {key: row.key})
SET p.extraction = row.extraction, p.writtenHash = row.writtenHash`;

/** Every stored extraction, in key order (the pass's result does not depend on it, but its work list does). */
export const READ_STORED_EXTRACTIONS = `
MATCH (p:Paper) WHERE p.extraction IS NOT NULL
RETURN p.key AS key, p.extraction AS extraction, p.writtenHash AS writtenHash
ORDER BY p.key`;

/** The entity nodes of one label whose name or aliases differ from the pass's: set, and marked for derivation. */
export function setEntityNames(label: string): string {
  return `
UNWIND $rows AS row
MATCH (e:${label} {key: row.key})
WHERE e.name <> row.name OR e.aliases <> row.aliases OR e.generic <> row.generic
SET e.name = row.name, e.aliases = row.aliases, e.generic = row.generic, e.${PENDING_PROPERTY} = true
RETURN count(e) AS renamed`;
}
