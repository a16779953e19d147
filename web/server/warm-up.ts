/**
 * The explorer's first clicks after a start: on a freshly started Neo4j a hub's neighbourhood took 17–24 s (0.09 s
 * warm) while Neo4j planned its statements and read the hub's links from disk. So once the server listens, each
 * explorer request runs once, in the background, on the two best-attested entities: a neighbourhood (the hub cache
 * then keeps it), node details, a search for the name, the papers behind their link and a path between them.
 * It never delays readiness and never fails the server: a failure is logged, and the next request is tried.
 */
import type { FastifyInstance } from 'fastify';
import type { GraphDatabase } from './database.ts';
import { primaryLabel } from './dto.ts';

/** One warm-up request and what it answered (status 0: it threw). */
export interface WarmUpStep {
  path: string;
  status: number;
  ms: number;
}

export interface WarmUpReport {
  steps: WarmUpStep[];
  /** Why nothing or only part ran, when that is so. */
  error: string | null;
}

/** The entities most papers name: hubs, the costliest and most visited neighbourhoods. */
const BEST_ATTESTED = `
  MATCH (e:Entity) WHERE e.paperCount IS NOT NULL
  RETURN labels(e) AS labels, e.key AS key, e.name AS name ORDER BY e.paperCount DESC LIMIT 2`;

interface EntityRef {
  id: string;
  path: string;
  name: string;
}

async function bestAttested(db: GraphDatabase): Promise<EntityRef[]> {
  const result = await db.readStatement<{ labels: string[]; key: string; name: string | null }>(BEST_ATTESTED, {});
  return result.records.map((record) => {
    const label = primaryLabel(record.get('labels'));
    const key = record.get('key');
    return { id: `${label}:${key}`, path: `${encodeURIComponent(label)}/${encodeURIComponent(key)}`, name: record.get('name') ?? key };
  });
}

function warmUpPaths([first, second]: EntityRef[]): string[] {
  const paths = [`/api/neighbourhood/${first.path}`, `/api/node/${first.path}`, `/api/search?${new URLSearchParams({ q: first.name })}`];
  if (second) {
    paths.push(`/api/edge-papers?${new URLSearchParams({ a: first.id, b: second.id })}`);
    paths.push(`/api/paths?${new URLSearchParams({ from: first.id, to: second.id })}`);
  }
  return paths;
}

/**
 * Runs the warm-up requests one after another through the app (its validation, caches and error handling), until
 * done or `stopped()` says the server is closing. Resolves, never rejects.
 */
export async function warmExplorer(
  app: FastifyInstance,
  db: GraphDatabase,
  token: string | null,
  stopped: () => boolean,
): Promise<WarmUpReport> {
  const report: WarmUpReport = { steps: [], error: null };
  try {
    const entities = await bestAttested(db);
    if (entities.length === 0) return report;
    const headers = token ? { authorization: `Bearer ${token}` } : {};
    for (const path of warmUpPaths(entities)) {
      if (stopped()) break;
      const began = performance.now();
      const status = await app.inject({ method: 'GET', url: path, headers }).then(
        (response) => response.statusCode,
        () => 0,
      );
      report.steps.push({ path, status, ms: Math.round(performance.now() - began) });
      if (status !== 200) app.log.warn({ path, status }, `explorer warm-up: GET ${path} answered ${status}`);
    }
  } catch (error) {
    report.error = error instanceof Error ? error.message : String(error);
    app.log.warn({ err: error }, `explorer warm-up failed: ${report.error}`);
  }
  return report;
}
