/** GET /api/overview: the most connected entities and the strongest co-occurrence links among them. */
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../context.ts';
import { GraphCache } from '../graph-cache.ts';
import { LayoutMemo } from '../layout/layout-memo.ts';
import { LayoutWorker } from '../layout/layout-worker-client.ts';
import { layoutInput } from '../layout/overview-layout.ts';
import { DEFAULT_OVERVIEW_LIMIT, OverviewQuery, parseTypes } from '../../shared/requests.ts';
import { overview } from '../queries/overview.ts';

/** Below Fastify's 10 s limit for start-up hooks. */
const WARM_UP_WAIT_MS = 8_000;

/** A computed overview, serialised once, with how long its parts took (sent as Server-Timing). */
interface CachedOverview {
  body: string;
  queryMs: number;
  layoutMs: number;
}

/**
 * The overview with every node's position, so browsers draw it at once instead of each running ForceAtlas2.
 * Without a layout (the worker failed) the answer is still good: the client lays it out itself.
 */
async function computeOverview(
  context: ApiContext,
  layouts: LayoutMemo,
  query: OverviewQuery,
  log: FastifyInstance['log'],
): Promise<CachedOverview> {
  const began = performance.now();
  let graph = await overview(context, query);
  const queried = performance.now();
  if (graph.nodes.length > 0) {
    try {
      const positions = await layouts.layout(layoutInput(graph));
      graph = { ...graph, nodes: graph.nodes.map((node, i) => ({ ...node, x: positions[2 * i], y: positions[2 * i + 1] })) };
    } catch (error) {
      log.warn({ err: error }, 'overview layout failed; answering without positions');
    }
  }
  return { body: JSON.stringify(graph), queryMs: queried - began, layoutMs: performance.now() - queried };
}

/** The same for every visitor until the graph changes, and costly on big graphs (hubs have many links): cached. */
function cacheKey(query: OverviewQuery): string {
  const types = parseTypes(query.types)?.sort() ?? null;
  return JSON.stringify([query.limit, types, query.from ?? null, query.to ?? null, query.minPapers ?? null, query.undated ?? false]);
}

function serverTiming(answer: CachedOverview, cached: boolean): string {
  const dur = (ms: number) => ms.toFixed(1);
  return `overview-query;dur=${dur(answer.queryMs)}, overview-layout;dur=${dur(answer.layoutMs)}, cache;desc=${cached ? 'hit' : 'miss'}`;
}

export function registerOverview(app: FastifyInstance, context: ApiContext): void {
  const cache = new GraphCache<CachedOverview>(context.db);
  const worker = new LayoutWorker();
  const layouts = new LayoutMemo((input) => worker.layout(input));
  const positioned = (query: OverviewQuery) => {
    let computed = false;
    const answer = cache.get(cacheKey(query), () => {
      computed = true;
      return computeOverview(context, layouts, query, app.log);
    });
    return answer.then((value) => ({ value, cached: !computed }));
  };
  app.get<{ Querystring: OverviewQuery }>('/api/overview', { schema: { querystring: OverviewQuery } }, async (request, reply) => {
    const { value, cached } = await positioned(request.query);
    // Timings of the computation that made this answer, however long ago: what the first visitor waited for.
    return reply.type('application/json; charset=utf-8').header('server-timing', serverTiming(value, cached)).send(value.body);
  });
  // Warm the default overview, the client's first view, before the server listens, so the URL a user is given
  // answers at once. Bounded: past WARM_UP_WAIT_MS (a cold, big graph) the server starts and the warm-up goes
  // on in the background; failure (Neo4j down) just means no warm cache.
  app.addHook('onReady', async () => {
    worker.start();
    const warmUp = positioned({ limit: DEFAULT_OVERVIEW_LIMIT }).catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([warmUp, new Promise((resolve) => (timer = setTimeout(resolve, WARM_UP_WAIT_MS)))]);
    clearTimeout(timer);
  });
  app.addHook('onClose', () => worker.close());
}
