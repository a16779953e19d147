/**
 * The explorer's view as a URL query string, so a link reopens the same view and back/forward work.
 * decodeUrlState never throws: anything it does not understand falls back to the default.
 */
import type { GraphFilters } from '../../../shared/api.ts';
import { NODE_LABELS, isNodeLabel, type NodeLabel } from '../../../../graph-schema/model.ts';
import { parseNodeId } from '../../../../graph-schema/keys.ts';
import { DEFAULT_TIME_STATE, TIME_VIEWS, decodeTimeState, encodeTimeState, type TimeViewState } from './time-url-state.ts';

export const VIEWS = ['overview', 'neighbourhood', 'connections', 'cypher', 'leaderboard', 'compare', ...TIME_VIEWS] as const;
export type ViewName = (typeof VIEWS)[number];
export type ColourMode = 'type' | 'community';
/** A graph view drawn as a graph, or as tables of its nodes and links (web/client/src/tables/). */
export type GraphDisplay = 'graph' | 'table';
export type TableTab = 'nodes' | 'links';

export interface ExplorerState {
  view: ViewName;
  /** Selected node id (`Label:key`): details panel, neighbourhood centre. */
  node: string | null;
  /** Neighbourhood centre; the selected node when absent. */
  centre: string | null;
  filters: GraphFilters;
  depth: 1 | 2 | 3;
  minWeight: number;
  pathFrom: string | null;
  pathTo: string | null;
  colour: ColourMode;
  /** Trends, rising, what's new and hardware views (time-url-state.ts). */
  time: TimeViewState;
  /** Results views: the leaderboard's dataset and metric, or the two entities compared (`a`, `b` in the URL). */
  resultA: string | null;
  resultB: string | null;
  display: GraphDisplay;
  tableTab: TableTab;
}

export const DEFAULT_STATE: ExplorerState = {
  view: 'overview',
  node: null,
  centre: null,
  filters: {},
  depth: 1,
  minWeight: 1,
  pathFrom: null,
  pathTo: null,
  colour: 'type',
  time: DEFAULT_TIME_STATE,
  resultA: null,
  resultB: null,
  display: 'graph',
  tableTab: 'nodes',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validNodeId(value: string | null): string | null {
  if (!value) return null;
  const parsed = parseNodeId(value);
  return parsed && isNodeLabel(parsed.label) ? value : null;
}

function validDate(value: string | null): string | undefined {
  if (!value || !ISO_DATE.test(value)) return undefined;
  return Number.isNaN(Date.parse(value)) ? undefined : value;
}

function positiveInt(value: string | null, fallback: number, max: number): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  return Math.min(Number(value), max);
}

export function decodeUrlState(search: string): ExplorerState {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const types = (params.get('types') ?? '').split(',').filter((t): t is NodeLabel => isNodeLabel(t));
  const filters: GraphFilters = {};
  if (types.length > 0) filters.types = NODE_LABELS.filter((label) => types.includes(label));
  const from = validDate(params.get('from'));
  const to = validDate(params.get('to'));
  if (from) filters.from = from;
  if (to) filters.to = to;
  const minPapers = positiveInt(params.get('minPapers'), 0, 100_000);
  if (minPapers > 0) filters.minPapers = minPapers;
  if (params.get('undated') === '1') filters.includeUndated = true;
  const depth = positiveInt(params.get('depth'), 1, 3);
  return {
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as ViewName) : DEFAULT_STATE.view,
    node: validNodeId(params.get('node')),
    // `center` was never written by the explorer, but hand-made links may use the American spelling.
    centre: validNodeId(params.get('centre') ?? params.get('center')),
    filters,
    depth: Math.max(1, depth) as 1 | 2 | 3,
    minWeight: Math.max(1, positiveInt(params.get('minWeight'), 1, 100_000)),
    pathFrom: validNodeId(params.get('from_node')),
    pathTo: validNodeId(params.get('to_node')),
    colour: params.get('colour') === 'community' ? 'community' : 'type',
    time: decodeTimeState(params),
    resultA: validNodeId(params.get('a')),
    resultB: validNodeId(params.get('b')),
    display: params.get('display') === 'table' ? 'table' : 'graph',
    tableTab: params.get('table') === 'links' ? 'links' : 'nodes',
  };
}

/** Only non-default values are written, so links stay short and stable. */
export function encodeUrlState(state: ExplorerState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_STATE.view) params.set('view', state.view);
  if (state.node) params.set('node', state.node);
  if (state.centre) params.set('centre', state.centre);
  if (state.filters.types && state.filters.types.length > 0) params.set('types', state.filters.types.join(','));
  if (state.filters.from) params.set('from', state.filters.from);
  if (state.filters.to) params.set('to', state.filters.to);
  if (state.filters.minPapers && state.filters.minPapers > 0) params.set('minPapers', String(state.filters.minPapers));
  if (state.filters.includeUndated) params.set('undated', '1');
  if (state.depth !== DEFAULT_STATE.depth) params.set('depth', String(state.depth));
  if (state.minWeight > 1) params.set('minWeight', String(state.minWeight));
  if (state.pathFrom) params.set('from_node', state.pathFrom);
  if (state.pathTo) params.set('to_node', state.pathTo);
  if (state.colour !== DEFAULT_STATE.colour) params.set('colour', state.colour);
  encodeTimeState(state.time, params);
  if (state.resultA) params.set('a', state.resultA);
  if (state.resultB) params.set('b', state.resultB);
  if (state.display !== DEFAULT_STATE.display) params.set('display', state.display);
  if (state.tableTab !== DEFAULT_STATE.tableTab) params.set('table', state.tableTab);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function sameState(a: ExplorerState, b: ExplorerState): boolean {
  return encodeUrlState(a) === encodeUrlState(b);
}
