/**
 * GET /api/leaderboard: every result on a (dataset, metric) pair, best first by the metric's direction. The
 * pair's results are walked from the end with fewer results (a node's degree is read without walking it); an
 * answer whose walk is long (a hub dataset with a hub metric) is kept until the graph changes (GraphCache, as
 * for hub neighbourhoods and trends), since it costs the same on every asking.
 */
import type { Node } from 'neo4j-driver';
import { metricHigherIsBetter } from '../../../graph-schema/metric-direction.ts';
import type { LeaderboardResponse } from '../../shared/results-api.ts';
import type { LeaderboardQuery } from '../../shared/results-requests.ts';
import { parseNodeRef } from '../../shared/requests.ts';
import { int, type GraphDatabase } from '../database.ts';
import { nodeToDTO } from '../dto.ts';
import { badRequest, notFound } from '../errors.ts';
import { hubAnswerCache, type GraphCache } from '../graph-cache.ts';
import { storedResultRow, toResultRow, type StoredResultList } from '../queries/result-rows.ts';
import { LEADERBOARD_ENDS, leaderboard } from '../queries/results.ts';

/** Walks over more results than this are kept until the graph changes. */
export const CACHED_LEADERBOARD_WALK = 2_000;

interface EndsRecord {
  d: Node | null;
  m: Node | null;
  datasetResults: number;
  metricResults: number;
}

interface LeaderboardRecord {
  total: number;
  rows: StoredResultList[];
}

export class LeaderboardAnswers {
  private readonly long: GraphCache<LeaderboardResponse>;

  constructor(private readonly db: GraphDatabase) {
    this.long = hubAnswerCache<LeaderboardResponse>(db);
  }

  async answer(query: LeaderboardQuery): Promise<LeaderboardResponse> {
    const dataset = parseNodeRef(query.dataset);
    const metric = parseNodeRef(query.metric);
    if (dataset.label !== 'Dataset' || metric.label !== 'Metric')
      throw badRequest('dataset must be a Dataset:KEY and metric a Metric:KEY.');
    const cacheKey = `${dataset.key}|${metric.key}|${query.limit}`;
    const cached = await this.long.lookup(cacheKey);
    if (cached) return cached;
    const params = { datasetKey: dataset.key, metricKey: metric.key };
    const ends = (await this.db.readStatement<EndsRecord>(LEADERBOARD_ENDS, params)).records[0];
    const d = ends?.get('d');
    const m = ends?.get('m');
    if (!ends || !d || !m) throw notFound(`No node ${query.dataset} or no node ${query.metric}.`);
    const metricName = m.properties.name as unknown;
    const higherIsBetter = typeof metricName === 'string' ? metricHigherIsBetter(metricName) : null;
    const walk = Math.min(ends.get('datasetResults'), ends.get('metricResults'));
    const from = ends.get('datasetResults') <= ends.get('metricResults') ? 'dataset' : 'metric';
    const read = async (): Promise<LeaderboardResponse> => {
      const record = (
        await this.db.readStatement<LeaderboardRecord>(leaderboard(from), {
          ...params,
          higher: higherIsBetter !== false,
          limit: int(query.limit),
        })
      ).records[0];
      return {
        dataset: nodeToDTO(d),
        metric: nodeToDTO(m),
        higherIsBetter,
        rows: record.get('rows').map((list) => toResultRow(storedResultRow(list))),
        total: record.get('total'),
      };
    };
    return walk > CACHED_LEADERBOARD_WALK ? this.long.get(cacheKey, read) : read();
  }
}
