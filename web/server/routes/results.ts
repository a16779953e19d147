/**
 * GET /api/leaderboard?dataset=&metric= — every result on a (dataset, metric) pair, best first by the metric's
 * direction; GET /api/result-pairs?of= — the (dataset, metric) pairs an entity has results on; GET /api/compare?a=&b=
 * — two entities side by side: what each is named with (shared and distinct), their results on shared pairs and
 * the papers naming both. The answers are built in web/server/results/.
 */
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../context.ts';
import { CompareAnswers } from '../results/compare.ts';
import { LeaderboardAnswers } from '../results/leaderboard.ts';
import { resultPairsOf } from '../results/result-pairs.ts';
import { CompareQuery, LeaderboardQuery, ResultPairsQuery } from '../../shared/results-requests.ts';

export function registerResults(app: FastifyInstance, context: ApiContext): void {
  const leaderboards = new LeaderboardAnswers(context.db);
  const comparisons = new CompareAnswers(context.db);
  app.get<{ Querystring: ResultPairsQuery }>('/api/result-pairs', { schema: { querystring: ResultPairsQuery } }, (request) =>
    resultPairsOf(context.db, request.query),
  );
  app.get<{ Querystring: LeaderboardQuery }>('/api/leaderboard', { schema: { querystring: LeaderboardQuery } }, (request) =>
    leaderboards.answer(request.query),
  );
  app.get<{ Querystring: CompareQuery }>('/api/compare', { schema: { querystring: CompareQuery } }, (request) =>
    comparisons.answer(request.query),
  );
}
