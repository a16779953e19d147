import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_STATE, decodeUrlState, encodeUrlState, type ExplorerState } from '../../../web/client/src/state/url-state.ts';
import { NODE_LABELS } from '../../../graph-schema/model.ts';
import { timeStateArb } from './time-state-arb.ts';

const nodeIdArb = fc
  .tuple(
    fc.constantFrom(...NODE_LABELS),
    fc.string({ minLength: 1, maxLength: 20 }).filter((key) => key.trim() === key && key.length > 0),
  )
  .map(([label, key]) => `${label}:${key}`);
const dateArb = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const stateArb: fc.Arbitrary<ExplorerState> = fc.record({
  view: fc.constantFrom('overview', 'neighbourhood', 'connections', 'cypher', 'leaderboard', 'compare'),
  node: fc.option(nodeIdArb, { nil: null }),
  centre: fc.option(nodeIdArb, { nil: null }),
  filters: fc.record(
    {
      types: fc.subarray([...NODE_LABELS], { minLength: 1 }),
      from: dateArb,
      to: dateArb,
      minPapers: fc.integer({ min: 1, max: 1000 }),
    },
    { requiredKeys: [] },
  ),
  depth: fc.constantFrom(1, 2, 3),
  minWeight: fc.integer({ min: 1, max: 500 }),
  pathFrom: fc.option(nodeIdArb, { nil: null }),
  pathTo: fc.option(nodeIdArb, { nil: null }),
  colour: fc.constantFrom('type', 'community'),
  time: timeStateArb,
  resultA: fc.option(nodeIdArb, { nil: null }),
  resultB: fc.option(nodeIdArb, { nil: null }),
  display: fc.constantFrom('graph', 'table'),
  tableTab: fc.constantFrom('nodes', 'links'),
}) as fc.Arbitrary<ExplorerState>;

describe('URL state', () => {
  it('round-trips every valid state through the query string', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(decodeUrlState(encodeUrlState(state))).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it('writes nothing for the default view, so the bare URL is the overview', () => {
    expect(encodeUrlState(DEFAULT_STATE)).toBe('');
    expect(decodeUrlState('')).toEqual(DEFAULT_STATE);
  });

  it('keeps a deep link to a node readable', () => {
    const search = encodeUrlState({ ...DEFAULT_STATE, view: 'neighbourhood', node: 'Dataset:imagenet', depth: 2 });
    expect(search).toBe('?view=neighbourhood&node=Dataset%3Aimagenet&depth=2');
    expect(decodeUrlState(search).node).toBe('Dataset:imagenet');
  });

  it('reads the centre from `centre`, or from `center` in a hand-made link, and writes `centre`', () => {
    expect(decodeUrlState('?view=neighbourhood&center=Dataset%3Aimagenet').centre).toBe('Dataset:imagenet');
    expect(decodeUrlState('?center=Dataset%3Amnist&centre=Dataset%3Aimagenet').centre).toBe('Dataset:imagenet');
    expect(encodeUrlState({ ...DEFAULT_STATE, view: 'neighbourhood', centre: 'Dataset:imagenet' })).toBe(
      '?view=neighbourhood&centre=Dataset%3Aimagenet',
    );
  });

  it('falls back to defaults for anything it does not understand', () => {
    const state = decodeUrlState(
      '?view=admin&node=Bogus:x&types=Method,Nope&from=yesterday&to=2024-13-45&minPapers=-3&depth=9&minWeight=abc&colour=red',
    );
    expect(state.view).toBe('overview');
    expect(state.node).toBeNull();
    expect(state.filters).toEqual({ types: ['Method'] });
    expect(state.depth).toBe(3);
    expect(state.minWeight).toBe(1);
    expect(state.colour).toBe('type');
  });

  it('never throws on arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const state = decodeUrlState(text);
        expect(['overview', 'neighbourhood', 'connections', 'cypher']).toContain(state.view);
      }),
    );
  });
});
