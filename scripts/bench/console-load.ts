/**
 * For bench:api: keeps the Cypher console busy with a heavy query (sent again as soon as it is stopped) while the
 * explorer is under load, and reports how the explorer fared: errors (target 0) and p99.
 */
import type { LoadResult } from './api.ts';

/** A cartesian product over every node, three times: it runs until the console's time limit stops it. */
export const HEAVY_CONSOLE_QUERY = "MATCH (a), (b), (c) WHERE a.key + b.key + c.key = 'no such key' RETURN count(*) AS n";

export interface ConsoleLoadRow extends LoadResult {
  connections: number;
  seconds: number;
  /** Console answers while the load ran, by status. */
  consoleAnswers: Record<string, number>;
  /** The same load with the console idle. */
  idle: LoadResult;
}

export function keepConsoleBusy(url: string): { stop(): Promise<Record<string, number>> } {
  const answers: Record<string, number> = {};
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const response = await fetch(`${url}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: HEAVY_CONSOLE_QUERY }),
      }).catch(() => null);
      const status = response ? String(response.status) : 'network error';
      await response?.arrayBuffer();
      answers[status] = (answers[status] ?? 0) + 1;
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return answers;
    },
  };
}

export function formatConsoleLoad(row: ConsoleLoadRow): string {
  const consoleAnswers = Object.entries(row.consoleAnswers)
    .map(([status, count]) => `${count} × ${status}`)
    .join(', ');
  return [
    `bench:api under a busy console — search and neighbourhoods, ${row.connections} connections, ${row.seconds} s, the console running a heavy query throughout`,
    `  requests ${row.requests} (${row.requestsPerSecond.toFixed(0)}/s), statuses ${JSON.stringify(row.statusCounts)}`,
    `  errors ${row.errors} (target 0: ${row.errors === 0 ? 'met' : 'MISSED'})`,
    `  p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms, p99 ${row.p99.toFixed(1)} ms`,
    `  console answers meanwhile: ${consoleAnswers || 'none'}`,
    `  the same load with the console idle: errors ${row.idle.errors}, p50 ${row.idle.p50.toFixed(1)} ms, p99 ${row.idle.p99.toFixed(1)} ms; p99 busy/idle ${(row.p99 / row.idle.p99).toFixed(2)}×`,
  ].join('\n');
}
