/**
 * GET /api/compare: two entities side by side — what each is named with (shared and distinct), their results on
 * the pairs both have results on, and the papers naming both. Partners are counted exactly from the papers of an
 * entity with up to 2,000 papers, from its stored top list above. Results are read in two steps: each side's
 * pair slots (small lists), then full rows for the shared pairs only. A comparison involving an entity with many
 * papers walks as much on every asking, so its answer is kept until the graph changes (GraphCache).
 */
import type { ManagedTransaction, Node } from 'neo4j-driver';
import { canonicalKey, parseNodeId } from '../../../graph-schema/keys.ts';
import { isEntityLabel, type EntityLabel } from '../../../graph-schema/model.ts';
import type { CompareEntityDTO, CompareFacetDTO, CompareResponse, ResultRowDTO } from '../../shared/results-api.ts';
import type { CompareQuery } from '../../shared/results-requests.ts';
import { parseNodeRef } from '../../shared/requests.ts';
import { int, type GraphDatabase } from '../database.ts';
import { nodeToDTO } from '../dto.ts';
import { badRequest, notFound } from '../errors.ts';
import { hubAnswerCache, type GraphCache } from '../graph-cache.ts';
import { storedResultRow, toResultRow, type StoredResultList } from '../queries/result-rows.ts';
import {
  COMPARE_ENDS,
  PAPERS_NAMING_BOTH,
  PARTNER_NAMES,
  PARTNERS_BY_PAPERS,
  RESULT_ROWS_BY_KEY,
  resultPairSlotsOfEntity,
  SLOT_LINKS,
  type PairSlot,
} from '../queries/results.ts';

const FACET_LABELS: readonly EntityLabel[] = ['Dataset', 'Metric', 'Task', 'Hardware', 'Method'];

/** Up to this many papers an entity's partners are counted exactly from its papers; above, its stored top list is used. */
const EXACT_PARTNERS_MAX_PAPERS = 2_000;

/** Comparisons where an end has more papers than this are kept until the graph changes. */
export const CACHED_COMPARE_PAPERS = 500;

interface EndPartners {
  ids: string[];
  weights: number[];
}

interface EndsRecord {
  a: Node;
  b: Node;
  aPartners: string[] | null;
  aWeights: number[] | null;
  bPartners: string[] | null;
  bWeights: number[] | null;
}

type EntityRef = { label: EntityLabel; key: string };

export class CompareAnswers {
  private readonly big: GraphCache<CompareResponse>;

  constructor(private readonly db: GraphDatabase) {
    this.big = hubAnswerCache<CompareResponse>(db);
  }

  async answer(query: CompareQuery): Promise<CompareResponse> {
    const a = parseNodeRef(query.a);
    const b = parseNodeRef(query.b);
    if (!isEntityLabel(a.label) || !isEntityLabel(b.label)) throw badRequest('a and b must be entities (Label:key).');
    if (a.label === b.label && a.key === b.key) throw badRequest('a and b must be two different entities.');
    const cacheKey = `${query.a}|${query.b}|${query.limit}`;
    const cached = await this.big.lookup(cacheKey);
    if (cached) return cached;
    const ends = (await this.db.readStatement<EndsRecord>(COMPARE_ENDS, { aKey: a.key, aLabel: a.label, bKey: b.key, bLabel: b.label }))
      .records[0];
    if (!ends) throw notFound(`No node ${query.a} or no node ${query.b}.`);
    const compute = () =>
      this.db.read((tx) =>
        compare(tx, { label: a.label as EntityLabel, key: a.key }, { label: b.label as EntityLabel, key: b.key }, ends.toObject(), query),
      );
    const papers = (node: Node) => Number(node.properties.paperCount ?? 0);
    return Math.max(papers(ends.get('a')), papers(ends.get('b'))) > CACHED_COMPARE_PAPERS ? this.big.get(cacheKey, compute) : compute();
  }
}

async function compare(
  tx: ManagedTransaction,
  a: EntityRef,
  b: EntityRef,
  ends: EndsRecord,
  query: CompareQuery,
): Promise<CompareResponse> {
  const aNode = nodeToDTO(ends.a);
  const bNode = nodeToDTO(ends.b);
  const partnersOf = async (
    ref: EntityRef,
    paperCount: number | null,
    ids: string[] | null,
    weights: number[] | null,
  ): Promise<EndPartners> => {
    if ((paperCount ?? 0) > EXACT_PARTNERS_MAX_PAPERS) return { ids: ids ?? [], weights: weights ?? [] };
    const record = (await tx.run<EndPartners>(PARTNERS_BY_PAPERS, { key: ref.key, label: ref.label })).records[0];
    return { ids: record.get('ids'), weights: record.get('weights') };
  };
  const partnersA = await partnersOf(a, aNode.paperCount, ends.aPartners, ends.aWeights);
  const partnersB = await partnersOf(b, bNode.paperCount, ends.bPartners, ends.bWeights);
  const facets = await compareFacets(tx, partnersA, partnersB, [query.a, query.b], query.limit);
  const results = await sharedPairResults(tx, a, b);
  const [from, to] = (aNode.paperCount ?? 0) <= (bNode.paperCount ?? 0) ? [a, b] : [b, a];
  const papers = await tx.run<{ total: number; papers: CompareResponse['papers'] }>(PAPERS_NAMING_BOTH, {
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
  const names = new Map((await tx.run<{ names: Array<[string, string]> }>(PARTNER_NAMES, { refs })).records[0]?.get('names') ?? []);
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
} as const satisfies Record<string, { relationship: 'BY' | 'ON' | 'OF'; pair: readonly [PairSlot, PairSlot] }>;
type ResultsLabel = keyof typeof RESULT_TIES;
const RESULTS_CAP = 2_000;

/** A slot as resultPairSlotsOfEntity returns it: [linked entity key, written name]. */
type SlotValue = [string | null, string | null];
type PairSlotsRow = [key: string, first: SlotValue, second: SlotValue];

/** A slot's part of a pair: the linked entity's id, else the written name's canonical key; null when empty. */
function slotPart(slot: PairSlot, [linkedKey, written]: SlotValue): string | null {
  if (linkedKey !== null) return `${SLOT_LINKS[slot].label}:${linkedKey}`;
  return written === null ? null : `name:${canonicalKey(written)}`;
}

async function sharedPairResults(tx: ManagedTransaction, a: EntityRef, b: EntityRef): Promise<CompareResponse['results']> {
  if (a.label !== b.label || !(a.label in RESULT_TIES)) return [];
  const label = a.label as ResultsLabel;
  const tie = RESULT_TIES[label];
  const statement = resultPairSlotsOfEntity(tie.relationship, label, tie.pair);
  /** Each result's pair (`part × part`), for the results whose both slots are filled. */
  const pairsOf = async (key: string): Promise<Map<string, string>> => {
    const record = (await tx.run<{ results: PairSlotsRow[] }>(statement, { key, cap: int(RESULTS_CAP) })).records[0];
    const pairs = new Map<string, string>();
    for (const [resultKey, first, second] of record?.get('results') ?? []) {
      const parts = [slotPart(tie.pair[0], first), slotPart(tie.pair[1], second)];
      if (parts[0] !== null && parts[1] !== null) pairs.set(resultKey, parts.join(' × '));
    }
    return pairs;
  };
  const [pairsA, pairsB] = [await pairsOf(a.key), await pairsOf(b.key)];
  const onB = new Set(pairsB.values());
  const shared = new Set([...pairsA.values()].filter((pair) => onB.has(pair)));
  const sides = [
    { side: 'a' as const, pairs: pairsA },
    { side: 'b' as const, pairs: pairsB },
  ];
  const wanted = sides.flatMap(({ side, pairs }) =>
    [...pairs].filter(([, pair]) => shared.has(pair)).map(([key, pair]) => ({ key, pair, side })),
  );
  if (wanted.length === 0) return [];
  const record = (await tx.run<{ rows: StoredResultList[] }>(RESULT_ROWS_BY_KEY, { keys: [...new Set(wanted.map((w) => w.key))] }))
    .records[0];
  const rows = new Map<string, ResultRowDTO>(record.get('rows').map((list) => [list[0], toResultRow(storedResultRow(list))]));
  return wanted
    .flatMap(({ key, pair, side }) => {
      const row = rows.get(key);
      return row ? [{ ...row, side, pair }] : [];
    })
    .sort((x, y) => x.pair.localeCompare(y.pair) || x.side.localeCompare(y.side) || x.key.localeCompare(y.key));
}
