import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TIME_STATE,
  MAX_TREND_IDS,
  decodeTimeState,
  encodeTimeState,
  type TimeViewState,
} from '../../../web/client/src/state/time-url-state.ts';
import { timeStateArb } from './time-state-arb.ts';
import { decodeUrlState, encodeUrlState } from '../../../web/client/src/state/url-state.ts';

function roundTrip(state: TimeViewState): TimeViewState {
  const params = new URLSearchParams();
  encodeTimeState(state, params);
  return decodeTimeState(new URLSearchParams(params.toString()));
}

describe('time views in the URL', () => {
  it('round-trips every valid state', () => {
    fc.assert(
      fc.property(timeStateArb, (state) => {
        expect(roundTrip(state)).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it('writes nothing for the defaults and opens a trend comparison from a link', () => {
    expect(roundTrip(DEFAULT_TIME_STATE)).toEqual(DEFAULT_TIME_STATE);
    const state = decodeUrlState('?view=trends&trend=Method:lora,Dataset:imagenet&bucket=year');
    expect(state.view).toBe('trends');
    expect(state.time).toEqual({ ...DEFAULT_TIME_STATE, trendIds: ['Method:lora', 'Dataset:imagenet'], bucket: 'year' });
    expect(encodeUrlState(state)).toBe('?view=trends&trend=Method%3Alora%2CDataset%3Aimagenet&bucket=year');
  });

  it('drops what it does not understand: papers, unknown labels, duplicates, too many ids', () => {
    const many = Array.from({ length: 20 }, (_, i) => `Method:m${i}`).join(',');
    expect(decodeTimeState(new URLSearchParams(`trend=Paper:x,Nope:y,Method:a,Method:a&bucket=week&hw=Paper:z`))).toEqual({
      ...DEFAULT_TIME_STATE,
      trendIds: ['Method:a'],
    });
    expect(decodeTimeState(new URLSearchParams(`trend=${many}`)).trendIds).toHaveLength(MAX_TREND_IDS);
  });
});
