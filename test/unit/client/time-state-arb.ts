/** Random valid time-view URL states, for the URL round-trip property tests. */
import fc from 'fast-check';
import { ENTITY_LABELS } from '../../../graph-schema/model.ts';
import { MAX_TREND_IDS, type TimeViewState } from '../../../web/client/src/state/time-url-state.ts';

const entityIdArb = fc
  .tuple(fc.constantFrom(...ENTITY_LABELS), fc.stringMatching(/^[a-z0-9]{1,16}$/))
  .map(([label, key]) => `${label}:${key}`);

export const timeStateArb: fc.Arbitrary<TimeViewState> = fc.record({
  trendIds: fc.uniqueArray(entityIdArb, { maxLength: MAX_TREND_IDS }),
  bucket: fc.constantFrom('month' as const, 'year' as const),
  listing: fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: null }),
  hardwareOf: fc.option(entityIdArb, { nil: null }),
});
