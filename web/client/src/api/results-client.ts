/** Typed access to the results endpoints (issue 14): leaderboards, result pairs and comparisons. */
import type { CompareResponse, LeaderboardResponse, ResultPairsResponse } from '../../../shared/results-api.ts';
import { request } from './client.ts';

export const resultsApi = {
  leaderboard(dataset: string, metric: string, options: { signal?: AbortSignal; limit?: number } = {}): Promise<LeaderboardResponse> {
    const params = new URLSearchParams({ dataset, metric, limit: String(options.limit ?? 100) });
    return request(`/api/leaderboard?${params}`, { signal: options.signal });
  },
  pairs(of: string, options: { signal?: AbortSignal } = {}): Promise<ResultPairsResponse> {
    return request(`/api/result-pairs?${new URLSearchParams({ of })}`, { signal: options.signal });
  },
  compare(a: string, b: string, options: { signal?: AbortSignal } = {}): Promise<CompareResponse> {
    return request(`/api/compare?${new URLSearchParams({ a, b })}`, { signal: options.signal });
  },
};
