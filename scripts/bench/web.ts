/**
 * `npm run bench:web`: the explorer in headless Chromium. Time to the first drawn overview frame and to the
 * overview being ready (layout settled or restored from cache, a frame drawn after that), cold (fresh profile)
 * and warm (reload, cached layout), plus frames per second while panning; for the bundled corpus through the
 * real API and for synthetic 5,000- and 20,000-node overviews served by a small local server.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { GraphEdgeDTO, GraphNodeDTO, OverviewResponse } from '../../web/shared/api.ts';
import { ENTITY_LABELS } from '../../graph-schema/model.ts';
import { launchBrowser } from '../../test/helpers/browser.ts';
import { ensureClientBuilt } from '../client-build.ts';
import { PROJECT_ROOT } from '../neo4j/paths.ts';

const TARGET_READY_MS = 3000;
const PAN_SECONDS = 3;

interface Measure {
  scenario: string;
  nodes: number;
  edges: number;
  firstFrameMs: number;
  readyColdMs: number;
  readyWarmMs: number;
  panFps: number;
  /** Cold run: navigation → page scripts → overview request → data in → graph built (ms from navigation). */
  stages: string;
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

/** A preferential-attachment graph: a few hubs, many small entities, about two links per node. */
export function syntheticOverview(order: number): OverviewResponse {
  const random = seededRandom(order);
  const nodes: GraphNodeDTO[] = [];
  const edges: GraphEdgeDTO[] = [];
  const endpoints: number[] = [];
  for (let i = 0; i < order; i++) {
    const label = ENTITY_LABELS[Math.floor(random() * ENTITY_LABELS.length)];
    nodes.push({ id: `${label}:synthetic${i}`, label, key: `synthetic${i}`, name: `${label} ${i}`, paperCount: 1, props: {} });
    const links = i === 0 ? 0 : Math.min(i, 2);
    const seen = new Set<number>();
    for (let l = 0; l < links; l++) {
      const target = endpoints.length > 0 && random() < 0.8 ? endpoints[Math.floor(random() * endpoints.length)] : Math.floor(random() * i);
      if (target === i || seen.has(target)) continue;
      seen.add(target);
      edges.push({ id: `e${i}-${target}`, source: nodes[i].id, target: nodes[target].id, type: 'CO_OCCURS', weight: 1 + Math.floor(random() * 5) });
      endpoints.push(i, target);
    }
  }
  const degree = new Map<string, number>();
  for (const edge of edges) for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  for (const node of nodes) node.paperCount = degree.get(node.id) ?? 1;
  return { nodes, edges, truncated: false, total: order };
}

const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

/** Serves the built client plus the few endpoints the overview needs, answering a synthetic graph. */
async function startSyntheticServer(overview: OverviewResponse): Promise<{ url: string; server: Server }> {
  const body = JSON.stringify(overview);
  const clientDir = join(PROJECT_ROOT, 'dist/client');
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const json = (status: number, value: string) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(value);
    };
    if (path === '/api/overview') return json(200, body);
    if (path === '/api/health')
      return json(200, JSON.stringify({ status: 'ok', neo4j: { reachable: true, uri: 'synthetic' }, counts: {}, relationships: overview.edges.length, cypherConsole: { enabled: false } }));
    if (path.startsWith('/api/')) return json(404, JSON.stringify({ error: 'not_found', message: 'synthetic benchmark server' }));
    const file = normalize(join(clientDir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(clientDir)) return json(403, '{}');
    try {
      const content = await readFile(file);
      response.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
      response.end(content);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function readyTimes(page: Page): Promise<{ firstFrame: number; ready: number; nodes: number; edges: number; stages: string }> {
  await page.waitForSelector('[data-view=overview] .react-sigma[data-ready=true]', { timeout: 180_000 });
  return page.evaluate(() => {
    const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
    const root = document.querySelector<HTMLElement>('[data-view=overview] .react-sigma');
    return {
      firstFrame: mark('pg:overview:first-frame'),
      ready: mark('pg:overview:ready'),
      nodes: Number(root?.dataset.nodes ?? 0),
      edges: Number(root?.dataset.edges ?? 0),
      stages: ['pg:overview:request', 'pg:overview:data', 'pg:graph:built'].map((name) => Math.round(mark(name))).join(' / '),
    };
  });
}

/** Drags the canvas with the mouse in a slow circle, as a user pans, and counts the frames sigma rendered. */
async function panFps(page: Page): Promise<number> {
  const box = await page.locator('[data-view=overview] .sigma-container').boundingBox();
  if (!box) return Number.NaN;
  await page.evaluate(() => {
    const sigma = window.__papergraph?.sigma as { on(e: string, f: () => void): void } | undefined;
    const counter = window as unknown as { __frames: number };
    counter.__frames = 0;
    sigma?.on('afterRender', () => counter.__frames++);
  });
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  const began = Date.now();
  while (Date.now() - began < PAN_SECONDS * 1000) {
    const t = (Date.now() - began) / 1000;
    await page.mouse.move(centre.x + 120 * Math.sin(t * 2), centre.y + 80 * Math.cos(t * 2), { steps: 2 });
  }
  await page.mouse.up();
  const seconds = (Date.now() - began) / 1000;
  const frames = await page.evaluate(() => (window as unknown as { __frames: number }).__frames);
  return frames / seconds;
}

async function measure(scenario: string, url: string): Promise<Measure> {
  const browser = await launchBrowser({ width: 1280, height: 800 });
  // tsx keeps function names with an `__name` helper that page.evaluate'd functions then call in the page.
  await browser.context.addInitScript('window.__name = (fn) => fn;');
  try {
    await browser.page.goto(url);
    const cold = await readyTimes(browser.page);
    const fps = await panFps(browser.page);
    await browser.page.reload();
    const warm = await readyTimes(browser.page);
    if (browser.errors.length > 0) process.stderr.write(`${scenario}: page errors: ${browser.errors.join(' | ')}\n`);
    return { scenario, nodes: cold.nodes, edges: cold.edges, firstFrameMs: cold.firstFrame, readyColdMs: cold.ready, readyWarmMs: warm.ready, panFps: fps, stages: cold.stages };
  } finally {
    await browser.close();
  }
}

async function measureBundledCorpus(): Promise<Measure> {
  const { resolveNeo4j } = await import('../neo4j/manager.ts');
  const { startApiServer } = await import('../../web/server/server.ts');
  const neo4j = await resolveNeo4j();
  process.env.NEO4J_URI = neo4j.uri;
  process.env.NEO4J_USER = neo4j.user;
  process.env.NEO4J_PASSWORD = neo4j.password;
  process.env.NEO4J_DATABASE = neo4j.database;
  const { ensureCorpusLoaded } = await import('../../test/helpers/corpus.ts');
  await ensureCorpusLoaded();
  const server = await startApiServer({
    connection: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: neo4j.database },
    host: '127.0.0.1',
    port: 0,
    clientDir: 'dist/client',
    logger: false,
  });
  try {
    return await measure('bundled corpus (real API)', `${server.url}/`);
  } finally {
    await server.close();
    await neo4j.stop();
  }
}

async function measureSynthetic(order: number): Promise<Measure> {
  const { url, server } = await startSyntheticServer(syntheticOverview(order));
  try {
    return await measure(`synthetic ${order.toLocaleString('en')} nodes`, `${url}/`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

function printTable(rows: Measure[]): void {
  const fmt = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en') : 'n/a');
  const header = ['scenario', 'nodes', 'edges', 'first frame ms', 'ready (cold) ms', 'ready (cached) ms', 'pan FPS'];
  const lines = rows.map((r) => [r.scenario, fmt(r.nodes), fmt(r.edges), fmt(r.firstFrameMs), fmt(r.readyColdMs), fmt(r.readyWarmMs), r.panFps.toFixed(1)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(row(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(row(line));
  console.log('\nCold-run stages, ms from navigation (request sent / data in / graph built and seeded):');
  for (const r of rows) console.log(`  ${r.scenario}: ${r.stages}`);
}

async function main(): Promise<void> {
  ensureClientBuilt();
  const skipCorpus = process.argv.includes('--synthetic-only');
  const rows: Measure[] = [];
  if (!skipCorpus) rows.push(await measureBundledCorpus());
  for (const order of [5_000, 20_000]) rows.push(await measureSynthetic(order));
  console.log('\nExplorer overview in headless Chromium (1280×800, software WebGL); times from navigation start.\n');
  printTable(rows);
  const bundled = rows.find((r) => r.scenario.startsWith('bundled'));
  if (bundled) {
    const ratio = bundled.readyColdMs / TARGET_READY_MS;
    console.log(
      `\nBundled corpus overview ready (cold) ${Math.round(bundled.readyColdMs)} ms vs target ${TARGET_READY_MS} ms: ` +
        `${ratio.toFixed(2)}× the budget — ${ratio <= 1 ? 'MET' : 'NOT MET'}.`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : String(error));
  process.exit(1);
});
