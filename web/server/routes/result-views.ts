/**
 * GET /api/result-pairs?of= — the (dataset, metric) pairs an entity has results on; GET /api/leaderboard?dataset=&metric=
 * — every result on a pair, best first; GET /api/compare?a=&b= — two entities side by side (queries/result-views.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../context.ts';
import { compare, leaderboard, pairsOf } from '../queries/result-views.ts';
import { CompareQuery, LeaderboardQuery, ResultPairsQuery } from '../../shared/results-requests.ts';

export function registerResults(app: FastifyInstance, context: ApiContext): void {
  app.get<{ Querystring: ResultPairsQuery }>('/api/result-pairs', { schema: { querystring: ResultPairsQuery } }, (request) =>
    context.db.read((tx) => pairsOf(tx, request.query)),
  );
  app.get<{ Querystring: LeaderboardQuery }>('/api/leaderboard', { schema: { querystring: LeaderboardQuery } }, (request) =>
    context.db.read((tx) => leaderboard(tx, request.query)),
  );
  app.get<{ Querystring: CompareQuery }>('/api/compare', { schema: { querystring: CompareQuery } }, (request) =>
    context.db.read((tx) => compare(tx, request.query)),
  );
}
