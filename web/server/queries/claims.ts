/** Claims as ClaimDTOs: the claim node, its paper, its parsed numbers (parallel arrays) and the entities it names. */
import type { ManagedTransaction } from 'neo4j-driver';
import { nodeId } from '../../../graph-schema/keys.ts';
import type { ClaimDTO, ClaimNumberDTO } from '../../shared/api.ts';
import { primaryLabel } from '../dto.ts';

/** Continues a query that has bound `c` (Claim); returns one row per claim. */
export const CLAIM_PROJECTION = `
  OPTIONAL MATCH (paper:Paper)-[:CLAIMS]->(c)
  OPTIONAL MATCH (c)-[:ABOUT]->(m)
  WITH c, paper, collect(CASE WHEN m IS NULL THEN NULL ELSE {labels: labels(m), key: m.key, name: m.name} END) AS mentions
  RETURN c {.key, .paperKey, .text, .start, .end, .numberRaws, .numberValues, .numberUnits} AS claim,
         paper.title AS paperTitle, paper.key AS paperKey, mentions`;

interface ClaimRow {
  claim: {
    key: string;
    paperKey: string | null;
    text: string;
    start: number;
    end: number;
    numberRaws: string[] | null;
    numberValues: number[] | null;
    numberUnits: string[] | null;
  };
  paperTitle: string | null;
  paperKey: string | null;
  mentions: Array<{ labels: string[]; key: string; name: string | null }>;
}

function claimNumbers(claim: ClaimRow['claim']): ClaimNumberDTO[] {
  const raws = claim.numberRaws ?? [];
  const values = claim.numberValues ?? [];
  const units = claim.numberUnits ?? [];
  const count = Math.min(raws.length, values.length);
  return Array.from({ length: count }, (_, index) => ({ raw: raws[index], value: values[index], unit: units[index] ?? '' }));
}

export function claimFromRow(row: ClaimRow): ClaimDTO {
  const { claim } = row;
  return {
    key: claim.key,
    paperKey: row.paperKey ?? claim.paperKey ?? '',
    paperTitle: row.paperTitle ?? '',
    text: claim.text,
    start: claim.start,
    end: claim.end,
    numbers: claimNumbers(claim),
    mentions: row.mentions.map((mention) => {
      const label = primaryLabel(mention.labels);
      return { id: nodeId(label, mention.key), label, key: mention.key, name: mention.name ?? mention.key };
    }),
  };
}

/** `match` binds `c`; it is a constant statement prefix from this code base. */
export async function readClaims(tx: ManagedTransaction, match: string, params: Record<string, unknown>): Promise<ClaimDTO[]> {
  const result = await tx.run<ClaimRow>(`${match} ${CLAIM_PROJECTION} ORDER BY paperKey, claim.start`, params);
  return result.records.map((record) => claimFromRow(record.toObject()));
}
