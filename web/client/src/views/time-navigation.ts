/**
 * Opening a time or hardware view from outside the views (the details panel has no navigate): the new URL is
 * pushed and announced as a history move, which the explorer state already follows.
 */
import { decodeUrlState, encodeUrlState, type ExplorerState } from '../state/url-state.ts';
import type { TimeViewState } from '../state/time-url-state.ts';

export function openExplorerState(patch: Partial<Omit<ExplorerState, 'time'>> & { time?: Partial<TimeViewState> }): void {
  const current = decodeUrlState(window.location.search);
  const next: ExplorerState = { ...current, ...patch, time: { ...current.time, ...patch.time } };
  window.history.pushState(null, '', `${window.location.pathname}${encodeUrlState(next)}${window.location.hash}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
