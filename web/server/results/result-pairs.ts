/** GET /api/result-pairs: the (dataset, metric) pairs an entity has results on, most results first. */
import type { Node } from 'neo4j-driver';
import { nodeId } from '../../../graph-schema/keys.ts';
import type { ResultPairsResponse } from '../../shared/results-api.ts';
import type { ResultPairsQuery } from '../../shared/results-requests.ts';
import { parseNodeRef } from '../../shared/requests.ts';
import { int, type GraphDatabase } from '../database.ts';
import { nodeToDTO } from '../dto.ts';
import { badRequest, notFound } from '../errors.ts';
import { resultPairs } from '../queries/results.ts';

/** How each kind of entity ties to its results. */
const RESULT_TIES = { Method: 'BY', Dataset: 'ON', Metric: 'OF' } as const;

interface PairRow {
  datasetKey: string;
  datasetName: string;
  metricKey: string;
  metricName: string;
  results: number;
}

export async function resultPairsOf(db: GraphDatabase, query: ResultPairsQuery): Promise<ResultPairsResponse> {
  const of = parseNodeRef(query.of);
  if (!(of.label in RESULT_TIES)) throw badRequest('of must be a Method, Dataset or Metric (Label:key).');
  const label = of.label as keyof typeof RESULT_TIES;
  const result = await db.read((tx) =>
    tx.run<{ e: Node; pairs: PairRow[] }>(resultPairs(RESULT_TIES[label], label), { key: of.key, limit: int(query.limit) }),
  );
  const record = result.records[0];
  if (!record) throw notFound(`No node ${query.of}.`);
  return {
    of: nodeToDTO(record.get('e')),
    pairs: record.get('pairs').map((p) => ({
      dataset: { id: nodeId('Dataset', p.datasetKey), name: p.datasetName },
      metric: { id: nodeId('Metric', p.metricKey), name: p.metricName },
      results: p.results,
    })),
  };
}
