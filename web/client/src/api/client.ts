/**
 * Typed access to the papergraph HTTP API. Every call rejects with an ApiError whose `kind` tells
 * the UI whether the server was unreachable, Neo4j was down, or the request itself was refused.
 */
import type {
  ApiErrorBody,
  CypherRequest,
  CypherResponse,
  EdgePapersResponse,
  GraphFilters,
  HealthResponse,
  NeighbourhoodResponse,
  AnyNodeDetail,
  OverviewResponse,
  PathsResponse,
  SearchResponse,
} from '../../../shared/api.ts';
import type { NodeLabel } from '../../../../graph-schema/model.ts';
import { parseNodeId } from '../../../../graph-schema/keys.ts';
import type { NeighbourhoodQuery as NeighbourhoodRequest } from '../../../shared/requests.ts';

export type ApiErrorKind = 'network' | 'unavailable' | 'refused' | 'syntax' | 'query' | 'timeout' | 'limit' | 'not-found' | 'busy' | 'http';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: ApiErrorKind,
    readonly status: number | null,
    readonly body: ApiErrorBody | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function kindForStatus(status: number): ApiErrorKind {
  if (status === 503 || status === 502 || status === 504) return 'unavailable';
  if (status === 403 || status === 401) return 'refused';
  if (status === 400) return 'syntax';
  if (status === 404) return 'not-found';
  if (status === 429) return 'busy';
  return 'http';
}

/** The console's own errors say what happened in `error`: a failed query, or a stop at its time or memory limit. */
const KIND_BY_ERROR: Record<string, ApiErrorKind> = { query_error: 'query', query_timeout: 'timeout', query_memory_limit: 'limit' };

function isErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as ApiErrorBody).message === 'string';
}

const TOKEN_KEY = 'papergraph:token';

/**
 * A server bound beyond loopback prints a link with `?token=`: keep the token for this tab and take it out
 * of the address bar, so shared links and history never carry it.
 */
export function adoptTokenFromUrl(): void {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (!token) return;
  try {
    window.sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Without session storage the token only lives in memory.
  }
  memoryToken = token;
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
}

let memoryToken: string | null = null;

function accessToken(): string | null {
  if (memoryToken) return memoryToken;
  try {
    return window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  const token = accessToken();
  const headers: Record<string, string> = { accept: 'application/json', ...((init.headers as Record<string, string>) ?? {}) };
  if (token) headers.authorization = `Bearer ${token}`;
  try {
    response = await fetch(path, { ...init, headers });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('The papergraph server cannot be reached. Is it running?', 'network', null, null);
  }
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  if (!response.ok) {
    const body = isErrorBody(parsed) ? parsed : null;
    const kind = (body && KIND_BY_ERROR[body.error]) || kindForStatus(response.status);
    const fallback =
      kind === 'unavailable'
        ? 'The graph database is unavailable right now.'
        : `The server answered ${response.status} ${response.statusText}`.trim();
    throw new ApiError(body?.message || fallback, kind, response.status, body);
  }
  if (parsed === null) throw new ApiError('The server sent an answer that is not JSON.', 'http', response.status, null);
  return parsed as T;
}

export function filtersToParams(filters: GraphFilters, params = new URLSearchParams()): URLSearchParams {
  if (filters.types && filters.types.length > 0) params.set('types', filters.types.join(','));
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.minPapers !== undefined && filters.minPapers > 0) params.set('minPapers', String(filters.minPapers));
  if (filters.includeUndated) params.set('undated', 'true');
  return params;
}

function nodePath(id: string): string {
  const parsed = parseNodeId(id);
  if (!parsed) throw new ApiError(`"${id}" is not a node id`, 'not-found', null, null);
  return `${encodeURIComponent(parsed.label)}/${encodeURIComponent(parsed.key)}`;
}

/** The neighbourhood request: the API's query fields (web/shared/requests.ts) with the filters as the client holds them. */
export type NeighbourhoodQuery = Pick<NeighbourhoodRequest, 'depth' | 'minWeight'> &
  Partial<Pick<NeighbourhoodRequest, 'limit'>> & {
    filters: GraphFilters;
    /** Types to show more of. */
    more?: NodeLabel[];
  };

function overviewPath(filters: GraphFilters, limit?: number): string {
  const params = filtersToParams(filters);
  if (limit) params.set('limit', String(limit));
  return `/api/overview?${params}`;
}

/** The overview request, with the performance marks the web benchmark reads (request sent, data in). */
function markedOverview(path: string, signal?: AbortSignal): Promise<OverviewResponse> {
  performance.mark('pg:overview:request');
  return request<OverviewResponse>(path, { signal }).then((response) => {
    performance.mark('pg:overview:data');
    return response;
  });
}

/** Requests sent before React rendered, by path, for the first view to adopt instead of asking again. */
const EARLY_REQUEST_KEPT_MS = 10_000;
const earlyRequests = new Map<string, Promise<unknown>>();

/**
 * Sends the overview request for a page that opens on the overview while the app's scripts are still starting,
 * so the server's answer and the client's start-up overlap.
 */
export function requestOverviewEarly(filters: GraphFilters): void {
  const path = overviewPath(filters);
  const pending = markedOverview(path);
  earlyRequests.set(path, pending);
  // Unclaimed (the app went elsewhere first), it would go stale: a later visit asks afresh.
  const forget = () => window.setTimeout(() => earlyRequests.get(path) === pending && earlyRequests.delete(path), EARLY_REQUEST_KEPT_MS);
  pending.then(forget, forget);
}

/**
 * The early request for `path`, if any, for one caller. An aborted caller (a view unmounted, React's strict
 * double effects) leaves it for the next; it is forgotten once delivered or failed.
 */
function adoptEarlyRequest<T>(path: string, signal?: AbortSignal): Promise<T> | null {
  const pending = earlyRequests.get(path) as Promise<T> | undefined;
  if (!pending) return null;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DOMException('The request was aborted.', 'AbortError'));
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    pending.then(
      (value) => {
        if (signal?.aborted) return;
        earlyRequests.delete(path);
        resolve(value);
      },
      (error: unknown) => {
        earlyRequests.delete(path);
        reject(error);
      },
    );
  });
}

export const api = {
  health: (signal?: AbortSignal) => request<HealthResponse>('/api/health', { signal }),

  search(query: string, options: { types?: NodeLabel[]; limit?: number; signal?: AbortSignal } = {}) {
    const params = new URLSearchParams({ q: query, limit: String(options.limit ?? 10) });
    if (options.types && options.types.length > 0) params.set('types', options.types.join(','));
    return request<SearchResponse>(`/api/search?${params}`, { signal: options.signal });
  },

  overview(filters: GraphFilters, options: { limit?: number; signal?: AbortSignal } = {}) {
    const path = overviewPath(filters, options.limit);
    return adoptEarlyRequest<OverviewResponse>(path, options.signal) ?? markedOverview(path, options.signal);
  },

  node(id: string, options: { offset?: number; limit?: number; signal?: AbortSignal } = {}) {
    const params = new URLSearchParams();
    if (options.offset) params.set('offset', String(options.offset));
    if (options.limit) params.set('limit', String(options.limit));
    const query = params.size > 0 ? `?${params}` : '';
    return request<AnyNodeDetail>(`/api/node/${nodePath(id)}${query}`, { signal: options.signal });
  },

  neighbourhood(id: string, query: NeighbourhoodQuery, signal?: AbortSignal) {
    const params = filtersToParams(query.filters);
    params.set('depth', String(query.depth));
    if (query.minWeight > 1) params.set('minWeight', String(query.minWeight));
    if (query.limit) params.set('limit', String(query.limit));
    if (query.more && query.more.length > 0) params.set('more', query.more.join(','));
    return request<NeighbourhoodResponse>(`/api/neighbourhood/${nodePath(id)}?${params}`, { signal });
  },

  paths(
    from: string,
    to: string,
    filters: GraphFilters,
    options: { max?: number; k?: number; avoidHubs?: boolean; signal?: AbortSignal } = {},
  ) {
    const params = filtersToParams(filters);
    params.set('from', from);
    params.set('to', to);
    if (options.max) params.set('max', String(options.max));
    if (options.k) params.set('k', String(options.k));
    if (options.avoidHubs) params.set('avoidHubs', 'true');
    return request<PathsResponse>(`/api/paths?${params}`, { signal: options.signal });
  },

  edgePapers(a: string, b: string, signal?: AbortSignal) {
    const params = new URLSearchParams({ a, b });
    return request<EdgePapersResponse>(`/api/edge-papers?${params}`, { signal });
  },

  cypher(body: CypherRequest, signal?: AbortSignal) {
    return request<CypherResponse>('/api/cypher', {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
      signal,
    });
  },
};

export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
