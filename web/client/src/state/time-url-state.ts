/**
 * The URL part of the time and hardware views: the entities a trend view compares, its bucket, the listing of
 * what's new, the entity of the hardware view. Date windows are the explorer's date filters (from/to).
 */
import type { TrendBucket } from '../../../shared/trends-api.ts';
import { isEntityLabel } from '../../../../graph-schema/model.ts';
import { parseNodeId } from '../../../../graph-schema/keys.ts';

export const TIME_VIEWS = ['trends', 'rising', 'whats-new', 'hardware'] as const;
export type TimeViewName = (typeof TIME_VIEWS)[number];

export interface TimeViewState {
  trendIds: string[];
  bucket: TrendBucket;
  listing: string | null;
  hardwareOf: string | null;
}

export const DEFAULT_TIME_STATE: TimeViewState = { trendIds: [], bucket: 'month', listing: null, hardwareOf: null };

export const MAX_TREND_IDS = 12;

function entityId(value: string): string | null {
  const parsed = parseNodeId(value);
  return parsed && isEntityLabel(parsed.label) && !value.includes(',') ? value : null;
}

export function isTimeView(view: string): view is TimeViewName {
  return (TIME_VIEWS as readonly string[]).includes(view);
}

export function decodeTimeState(params: URLSearchParams): TimeViewState {
  const trendIds = [
    ...new Set(
      (params.get('trend') ?? '')
        .split(',')
        .map(entityId)
        .filter((id): id is string => id !== null),
    ),
  ];
  const listing = params.get('listing');
  return {
    trendIds: trendIds.slice(0, MAX_TREND_IDS),
    bucket: params.get('bucket') === 'year' ? 'year' : 'month',
    listing: listing && listing.length <= 500 ? listing : null,
    hardwareOf: entityId(params.get('hw') ?? ''),
  };
}

/** Only non-default values are written. */
export function encodeTimeState(state: TimeViewState, params: URLSearchParams): void {
  if (state.trendIds.length > 0) params.set('trend', state.trendIds.join(','));
  if (state.bucket !== DEFAULT_TIME_STATE.bucket) params.set('bucket', state.bucket);
  if (state.listing) params.set('listing', state.listing);
  if (state.hardwareOf) params.set('hw', state.hardwareOf);
}
