/**
 * The answers of the results endpoints: a leaderboard (every result on a (dataset, metric) pair, best first by the
 * metric's direction), the (dataset, metric) pairs an entity has results on, and a comparison of two entities (what
 * each is named with, shared and distinct, their results on shared pairs and the papers naming both).
 */
import type { ManagedTransaction, Node, RecordShape } from 'neo4j-driver';
import { canonicalKey, nodeId, parseNodeId } from '../../../graph-schema/keys.ts';
import { isEntityLabel, type EntityLabel } from '../../../graph-schema/model.ts';
import { metricHigherIsBetter } from '../../../graph-schema/metric-direction.ts';
import type {
  CompareEntityDTO,
  CompareFacetDTO,
  CompareResponse,
  LeaderboardResponse,
  ResultPairsResponse,
  ResultRowDTO,
} from '../../shared/results-api.ts';
import { int } from '../database.ts';
import { nodeToDTO } from '../dto.ts';
import { badRequest, notFound } from '../errors.ts';
import { toResultRow, type StoredResultRow } from './result-rows.ts';
import {
  COMPARE_ENDS,
  LEADERBOARD,
  PAPERS_NAMING_BOTH,
  PARTNER_NAMES,
  PARTNERS_BY_PAPERS,
  resultPairs,
  resultsOfEntity,
} from './results.ts';
import type { CompareQuery, LeaderboardQuery, ResultPairsQuery } from '../../shared/results-requests.ts';
import { parseNodeRef } from '../../shared/requests.ts';

export async function leaderboard(tx: ManagedTransaction, query: LeaderboardQuery): Promise<LeaderboardResponse> {
  const dataset = parseNodeRef(query.dataset);
  const metric = parseNodeRef(query.metric);
  if (dataset.label !== 'Dataset' || metric.label !== 'Metric') throw badRequest('dataset must be a Dataset:KEY and metric a Metric:KEY.');
  const names = await tx.run<{ name: string }>('MATCH (m:Metric {key: $key}) RETURN m.name AS name', { key: metric.key });
  const metricName = names.records[0]?.get('name');
  const higherIsBetter = metricName === undefined ? null : metricHigherIsBetter(metricName);
  const result = await tx.run<{ d: Node; m: Node; rows: StoredResultRow[]; total: number }>(LEADERBOARD, {
    datasetKey: dataset.key,
    metricKey: metric.key,
    higher: higherIsBetter !== false,
    limit: int(query.limit),
  });
  const record = result.records[0];
  if (!record) throw notFound(`No node ${query.dataset} or no node ${query.metric}.`);
  return {
    dataset: nodeToDTO(record.get('d')),
    metric: nodeToDTO(record.get('m')),
    higherIsBetter,
    rows: record.get('rows').map(toResultRow),
    total: record.get('total'),
  };
}

const FACET_LABELS: readonly EntityLabel[] = ['Dataset', 'Metric', 'Task', 'Hardware', 'Method'];

interface EndPartners {
  ids: string[];
  weights: number[];
}

/** What COMPARE_ENDS returns: both ends, and each one's stored top partners (ids and weights in step). */
interface CompareEndsRecord extends RecordShape {
  a: Node;
  b: Node;
  aPartners: string[] | null;
  aWeights: number[] | null;
  bPartners: string[] | null;
  bWeights: number[] | null;
}

/** Up to this many papers an entity's partners are counted exactly from its papers; above, its stored top list is used. */
const EXACT_PARTNERS_MAX_PAPERS = 2_000;

export async function compare(tx: ManagedTransaction, query: CompareQuery): Promise<CompareResponse> {
  const a = parseNodeRef(query.a);
  const b = parseNodeRef(query.b);
  if (!isEntityLabel(a.label) || !isEntityLabel(b.label)) throw badRequest('a and b must be entities (Label:key).');
  if (a.label === b.label && a.key === b.key) throw badRequest('a and b must be two different entities.');
  const ends = await tx.run<CompareEndsRecord>(COMPARE_ENDS, { aKey: a.key, aLabel: a.label, bKey: b.key, bLabel: b.label });
  const record = ends.records[0];
  if (!record) throw notFound(`No node ${query.a} or no node ${query.b}.`);
  const aNode = nodeToDTO(record.get('a'));
  const bNode = nodeToDTO(record.get('b'));
  const partnersOf = async (
    ref: { label: EntityLabel; key: string },
    paperCount: number | null,
    ids: 'aPartners' | 'bPartners',
    weights: 'aWeights' | 'bWeights',
  ): Promise<EndPartners> => {
    if ((paperCount ?? 0) > EXACT_PARTNERS_MAX_PAPERS) return { ids: record.get(ids) ?? [], weights: record.get(weights) ?? [] };
    const rows = (await tx.run<{ id: string; weight: number }>(PARTNERS_BY_PAPERS, { key: ref.key, label: ref.label })).records;
    return { ids: rows.map((r) => r.get('id')), weights: rows.map((r) => r.get('weight')) };
  };
  const partnersA = await partnersOf({ label: a.label, key: a.key }, aNode.paperCount, 'aPartners', 'aWeights');
  const partnersB = await partnersOf({ label: b.label, key: b.key }, bNode.paperCount, 'bPartners', 'bWeights');
  const facets = await compareFacets(tx, partnersA, partnersB, [query.a, query.b], query.limit);
  const results = await sharedPairResults(tx, a.label, a.key, b.label, b.key);
  const [from, to] = (aNode.paperCount ?? 0) <= (bNode.paperCount ?? 0) ? [a, b] : [b, a];
  const papers = await tx.run<{ papers: CompareResponse['papers']; total: number }>(PAPERS_NAMING_BOTH, {
    fromKey: from.key,
    fromLabel: from.label,
    toKey: to.key,
    toLabel: to.label,
    limit: int(query.limit),
  });
  const paperRecord = papers.records[0];
  return {
    a: aNode,
    b: bNode,
    facets,
    results,
    papers: paperRecord?.get('papers') ?? [],
    paperTotal: paperRecord?.get('total') ?? 0,
  };
}

async function compareFacets(
  tx: ManagedTransaction,
  a: EndPartners,
  b: EndPartners,
  ends: string[],
  limit: number,
): Promise<CompareFacetDTO[]> {
  const weightA = new Map(a.ids.map((id, i) => [id, a.weights[i] ?? 0]));
  const weightB = new Map(b.ids.map((id, i) => [id, b.weights[i] ?? 0]));
  const all = [...new Set([...a.ids, ...b.ids])].filter((id) => !ends.includes(id));
  const facets = FACET_LABELS.map((label) => {
    const ofLabel = all.filter((id) => id.startsWith(`${label}:`));
    const byWeight = (ids: string[]) =>
      ids
        .sort((x, y) => (weightA.get(y) ?? 0) + (weightB.get(y) ?? 0) - (weightA.get(x) ?? 0) - (weightB.get(x) ?? 0) || x.localeCompare(y))
        .slice(0, limit);
    return {
      label,
      shared: byWeight(ofLabel.filter((id) => weightA.has(id) && weightB.has(id))),
      onlyA: byWeight(ofLabel.filter((id) => weightA.has(id) && !weightB.has(id))),
      onlyB: byWeight(ofLabel.filter((id) => !weightA.has(id) && weightB.has(id))),
    };
  });
  const shown = facets.flatMap((f) => [...f.shared, ...f.onlyA, ...f.onlyB]);
  const refs = shown.flatMap((id) => {
    const parsed = parseNodeId(id);
    return parsed ? [{ id, label: parsed.label, key: parsed.key }] : [];
  });
  const names = new Map<string, string>();
  for (const row of (await tx.run<{ id: string; name: string }>(PARTNER_NAMES, { refs })).records)
    names.set(row.get('id'), row.get('name'));
  const entity = (id: string): CompareEntityDTO => {
    const parsed = parseNodeId(id);
    return {
      id,
      label: (parsed?.label ?? 'Method') as EntityLabel,
      key: parsed?.key ?? id,
      name: names.get(id) ?? parsed?.key ?? id,
      weightA: weightA.get(id) ?? null,
      weightB: weightB.get(id) ?? null,
    };
  };
  return facets.map((f) => ({ label: f.label, shared: f.shared.map(entity), onlyA: f.onlyA.map(entity), onlyB: f.onlyB.map(entity) }));
}

/** How an entity ties to its results, and which two slots make the pair its results are compared on. */
const RESULT_TIES = {
  Method: { relationship: 'BY', pair: ['dataset', 'metric'] },
  Dataset: { relationship: 'ON', pair: ['subject', 'metric'] },
  Metric: { relationship: 'OF', pair: ['subject', 'dataset'] },
} as const;
type ResultsLabel = keyof typeof RESULT_TIES;
const RESULTS_CAP = 2_000;

async function sharedPairResults(
  tx: ManagedTransaction,
  aLabel: EntityLabel,
  aKey: string,
  bLabel: EntityLabel,
  bKey: string,
): Promise<CompareResponse['results']> {
  if (aLabel !== bLabel || !(aLabel in RESULT_TIES)) return [];
  const label = aLabel as ResultsLabel;
  const tie = RESULT_TIES[label];
  const read = async (key: string): Promise<ResultRowDTO[]> => {
    const result = await tx.run<{ row: StoredResultRow }>(resultsOfEntity(tie.relationship, label), { key, cap: int(RESULTS_CAP) });
    return result.records.map((r) => toResultRow(r.get('row')));
  };
  const pairOf = (row: ResultRowDTO): string | null => {
    const parts = tie.pair.map((slot) => row[slot]?.id ?? (row[slot] ? `name:${canonicalKey(row[slot]?.name ?? '')}` : null));
    return parts.every((p) => p !== null) ? parts.join(' × ') : null;
  };
  const [rowsA, rowsB] = [await read(aKey), await read(bKey)];
  const pairsB = new Set(rowsB.map(pairOf).filter((p): p is string => p !== null));
  const shared = new Set(rowsA.map(pairOf).filter((p): p is string => p !== null && pairsB.has(p)));
  const tagged = [...rowsA.map((row) => ({ row, side: 'a' as const })), ...rowsB.map((row) => ({ row, side: 'b' as const }))];
  return tagged
    .flatMap(({ row, side }) => {
      const pair = pairOf(row);
      return pair !== null && shared.has(pair) ? [{ ...row, side, pair }] : [];
    })
    .sort((x, y) => x.pair.localeCompare(y.pair) || x.side.localeCompare(y.side) || x.key.localeCompare(y.key));
}

interface PairRow {
  datasetKey: string;
  datasetName: string;
  metricKey: string;
  metricName: string;
  results: number;
}

export async function pairsOf(tx: ManagedTransaction, query: ResultPairsQuery): Promise<ResultPairsResponse> {
  const of = parseNodeRef(query.of);
  if (!(of.label in RESULT_TIES)) throw badRequest('of must be a Method, Dataset or Metric (Label:key).');
  const label = of.label as ResultsLabel;
  const result = await tx.run<{ e: Node; pairs: PairRow[] }>(resultPairs(RESULT_TIES[label].relationship, label), {
    key: of.key,
    limit: int(query.limit),
  });
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
