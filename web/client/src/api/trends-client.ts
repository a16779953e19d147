/** Typed calls to the time and hardware endpoints (trends, rising, what's new and its feed, listings, hardware). */
import type {
  HardwareResponse,
  ListingsResponse,
  RisingResponse,
  TrendBucket,
  TrendsResponse,
  WhatsNewResponse,
} from '../../../shared/trends-api.ts';
import { request } from './client.ts';

export interface WindowQuery {
  from?: string;
  to?: string;
}

function windowParams(window: WindowQuery, params = new URLSearchParams()): URLSearchParams {
  if (window.from) params.set('from', window.from);
  if (window.to) params.set('to', window.to);
  return params;
}

export interface WhatsNewQuery extends WindowQuery {
  listing?: string | null;
  follows: string[];
}

function whatsNewParams(query: WhatsNewQuery): URLSearchParams {
  const params = query.listing ? new URLSearchParams({ listing: query.listing }) : windowParams(query);
  if (query.follows.length > 0) params.set('follow', query.follows.join(','));
  return params;
}

/** The feed's address for a reader to subscribe to (absolute, so it can be copied). */
export function whatsNewFeedUrl(query: WhatsNewQuery): string {
  return new URL(`/api/whats-new/feed.json?${whatsNewParams(query)}`, window.location.href).toString();
}

export const timeApi = {
  trends(ids: string[], bucket: TrendBucket, window: WindowQuery, signal?: AbortSignal) {
    const params = windowParams(window, new URLSearchParams({ ids: ids.join(','), bucket }));
    return request<TrendsResponse>(`/api/trends?${params}`, { signal });
  },
  rising(window: WindowQuery, options: { types?: string[]; minCount?: number; signal?: AbortSignal } = {}) {
    const params = windowParams(window);
    if (options.types && options.types.length > 0) params.set('types', options.types.join(','));
    if (options.minCount) params.set('minCount', String(options.minCount));
    return request<RisingResponse>(`/api/rising?${params}`, { signal: options.signal });
  },
  whatsNew(query: WhatsNewQuery, signal?: AbortSignal) {
    return request<WhatsNewResponse>(`/api/whats-new?${whatsNewParams(query)}`, { signal });
  },
  listings(signal?: AbortSignal) {
    return request<ListingsResponse>('/api/listings', { signal });
  },
  hardware(of: string, signal?: AbortSignal) {
    return request<HardwareResponse>(`/api/hardware?${new URLSearchParams({ of })}`, { signal });
  },
};
