/**
 * `node scripts/setup/run.mjs scripts/bench/api-snapshot.ts --url http://127.0.0.1:8080 [--out FILE]`: the JSON
 * answers of a fixed sample of API requests against a running server, one pretty-printed block per request, so two
 * servers (two branches on the same graph) can be compared with `diff`. The sample is chosen from the server's own
 * answers in a fixed way (the most connected entities of the overview, the first hits of fixed searches), so it
 * needs no knowledge of the corpus: search, node, neighbourhood at depth 1 and 2, edge papers, paths, overview,
 * result pairs, leaderboard, compare, trends, rising, what's new, listings, hardware and health.
 */
import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import type { NodeDetail, OverviewResponse, SearchResponse } from '../../web/shared/api.ts';
import type { ResultPairsResponse } from '../../web/shared/results-api.ts';

interface Answer {
  status: number;
  body: unknown;
}

interface Snapshot {
  answers: Map<string, Answer>;
  get<T>(path: string): Promise<T | null>;
}

function snapshotOf(baseUrl: string, token: string | undefined): Snapshot {
  const answers = new Map<string, Answer>();
  return {
    answers,
    async get<T>(path: string): Promise<T | null> {
      const response = await fetch(`${baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // Kept as text: a difference in an error page shows as well.
      }
      answers.set(path, { status: response.status, body });
      return response.ok ? (body as T) : null;
    },
  };
}

const nodePath = (route: string, id: string, query = '') => {
  const [label, ...key] = id.split(':');
  return `${route}/${label}/${encodeURIComponent(key.join(':'))}${query}`;
};

/** The overview's entities, most papers first, ties by id: the same on every server answering the same graph. */
function mostConnected(overview: OverviewResponse | null, label?: string): string[] {
  return (overview?.nodes ?? [])
    .filter((node) => label === undefined || node.label === label)
    .sort((a, b) => (b.paperCount ?? 0) - (a.paperCount ?? 0) || a.id.localeCompare(b.id))
    .map((node) => node.id);
}

async function takeSample(api: Snapshot): Promise<void> {
  await api.get('/api/health');
  const overview = await api.get<OverviewResponse>('/api/overview');
  await api.get('/api/overview?types=Method,Dataset,Task');
  await api.get('/api/overview?minPapers=2');
  const hits: string[] = [];
  for (const q of ['imagenet', 'transformer', 'bert&types=Method', 'gpu', 'language model'])
    hits.push(...((await api.get<SearchResponse>(`/api/search?q=${q}`))?.hits.slice(0, 1).map((hit) => hit.id) ?? []));
  const top = mostConnected(overview).slice(0, 4);
  const entities = [...new Set([...top, ...hits])];
  let paper: string | null = null;
  for (const id of entities) {
    const detail = await api.get<NodeDetail>(nodePath('/api/node', id));
    if (!paper && detail?.kind === 'entity') paper = detail.papers.items[0] ? `Paper:${detail.papers.items[0].key}` : null;
    await api.get(nodePath('/api/neighbourhood', id, '?depth=1'));
  }
  for (const id of top.slice(0, 2)) await api.get(nodePath('/api/neighbourhood', id, '?depth=2'));
  if (paper) {
    await api.get(nodePath('/api/node', paper));
    await api.get(nodePath('/api/neighbourhood', paper, '?depth=1'));
  }
  const edge = overview?.edges[0];
  if (edge) await api.get(`/api/edge-papers?a=${edge.source}&b=${edge.target}`);
  if (top.length >= 3) {
    await api.get(`/api/paths?from=${top[0]}&to=${top[2]}`);
    await api.get(`/api/paths?from=${top[1]}&to=${top[3] ?? top[2]}&max=3&k=3`);
  }
  await resultsSample(api, overview);
  await timeSample(api, overview, top);
}

async function resultsSample(api: Snapshot, overview: OverviewResponse | null): Promise<void> {
  for (const dataset of mostConnected(overview, 'Dataset').slice(0, 3)) {
    const pairs = await api.get<ResultPairsResponse>(`/api/result-pairs?of=${dataset}`);
    const pair = pairs?.pairs[0];
    if (pair) await api.get(`/api/leaderboard?dataset=${pair.dataset.id}&metric=${pair.metric.id}`);
  }
  const methods = mostConnected(overview, 'Method');
  if (methods.length >= 2) await api.get(`/api/compare?a=${methods[0]}&b=${methods[1]}`);
  const datasets = mostConnected(overview, 'Dataset');
  if (datasets.length >= 2) await api.get(`/api/compare?a=${datasets[0]}&b=${datasets[1]}`);
}

async function timeSample(api: Snapshot, overview: OverviewResponse | null, top: string[]): Promise<void> {
  await api.get(`/api/trends?ids=${top.slice(0, 3).join(',')}`);
  await api.get(`/api/trends?ids=${top.slice(0, 2).join(',')}&bucket=year`);
  await api.get('/api/rising');
  await api.get('/api/rising?types=Method&minCount=1');
  await api.get('/api/whats-new');
  await api.get('/api/listings');
  const hardware = mostConnected(overview, 'Hardware')[0];
  if (hardware) await api.get(`/api/hardware?of=${hardware}`);
  if (top[0]) await api.get(`/api/hardware?of=${top[0]}`);
}

function render(answers: Map<string, Answer>): string {
  return [...answers].map(([path, answer]) => `### ${path}\n${JSON.stringify(answer, null, 2)}\n`).join('\n');
}

const program = new Command('api-snapshot')
  .requiredOption('--url <url>', 'the running server, e.g. http://127.0.0.1:8080')
  .option('--out <file>', 'write here instead of stdout')
  .option('--token <token>', 'access token, when the server requires one (default: PAPERGRAPH_TOKEN)');
program.parse();
const options = program.opts<{ url: string; out?: string; token?: string }>();
const api = snapshotOf(options.url.replace(/\/$/, ''), options.token ?? process.env.PAPERGRAPH_TOKEN);
await takeSample(api);
const text = render(api.answers);
if (options.out) {
  writeFileSync(options.out, text);
  process.stderr.write(`api-snapshot: ${api.answers.size} answers written to ${options.out}\n`);
} else process.stdout.write(text);
