/** How many nodes of each label and how many relationships the graph holds (GET /api/health). */
import type { ManagedTransaction } from 'neo4j-driver';
import { NODE_LABELS, type NodeLabel } from '../../../graph-schema/model.ts';
import type { HealthResponse } from '../../shared/api.ts';

/** Counts per model label and of relationships, all answered from Neo4j's count store: cheap at any size. */
const COUNTS = `RETURN ${NODE_LABELS.map((label) => `COUNT { (:${label}) } AS ${label}`).join(', ')},
  COUNT { ()-[]->() } AS relationships, COUNT { MATCH (p:Paper) WHERE p.date IS NULL } AS undatedPapers`;

export async function graphCounts(
  tx: ManagedTransaction,
): Promise<{ counts: HealthResponse['counts']; relationships: number; undatedPapers: number }> {
  const record = (await tx.run<Record<NodeLabel | 'relationships' | 'undatedPapers', number>>(COUNTS)).records[0];
  const counts: HealthResponse['counts'] = {};
  for (const label of NODE_LABELS) counts[label] = record.get(label);
  return { counts, relationships: record.get('relationships'), undatedPapers: record.get('undatedPapers') };
}
